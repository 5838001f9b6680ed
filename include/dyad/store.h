// The event store: articles, sentences, mentions (one coded event in one sentence) and
// merged events in one SQLite file (schema: src/store/schema.cc, documented in docs/store.md).
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "dyad/article.h"
#include "dyad/coder.h"
#include "dyad/result.h"

struct sqlite3;

namespace dyad {

// The DDL, idempotent (CREATE ... IF NOT EXISTS).
const char* store_schema_sql();

// One coded article ready to be stored.
struct CodedArticle {
  Article article;
  ArticleResult result;
};

// What one batch changed.
struct PutStats {
  size_t articles = 0;           // articles written (new or replaced)
  size_t replaced = 0;           // of which already present
  size_t mentions = 0;           // mentions written
  size_t events_touched = 0;     // merged events created or updated
};

class Store {
 public:
  // Opens (creating if needed) the SQLite file at `path`: WAL journal, foreign keys on,
  // schema applied. read_only opens without creating or writing.
  static Result<std::unique_ptr<Store>> open(const std::string& path, bool read_only = false);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // True when the article is stored with this text hash and coder string: ingesting it
  // again would change nothing (used to resume an interrupted ingest quickly).
  bool has_article(const std::string& id, const std::string& text_hash,
                   const std::string& coder) const;

  // Stores a batch in ONE transaction: each article replaces any earlier version of itself
  // (its sentences and mentions are deleted first), then the merged events, stories and
  // rollups its old and new mentions touch are recomputed. On error nothing of the batch
  // is kept.
  Result<PutStats> put(const std::vector<CodedArticle>& batch);

  // The raw handle, for queries and exports (read-only use outside this class).
  sqlite3* db() const { return db_; }
  const std::string& path() const { return path_; }

 private:
  Store(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_ = nullptr;
  std::string path_;
};

// 16 lowercase hex digits of a 64-bit FNV-1a hash of `text` (articles.text_hash).
std::string text_hash(const std::string& text);

// CAMEO country part of an actor code: the first three letters when they name a country
// ("FRAGOV" -> "FRA"), else "" ("IGOUNO", "---", "REB").
std::string actor_country(const std::string& actor_code);

}  // namespace dyad
