// The event store: articles, sentences, mentions (one coded event in one sentence) and
// merged events in one SQLite file (schema: src/store/schema.cc, documented in docs/store.md).
#pragma once
#include <cstdint>
#include <functional>
#include <map>
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
  // articles.coder: Coder::coder_id() of the run. When empty, the events' Event::coder is used
  // (an article without events then stores "").
  std::string coder;
};

// Mentions gained and lost by one event code in a batch (a re-ingest or recode).
struct CodeChange {
  size_t added = 0;
  size_t removed = 0;
};

// What one batch changed.
struct PutStats {
  size_t articles = 0;           // articles written (new or replaced)
  size_t replaced = 0;           // of which already present
  size_t mentions = 0;           // mentions written
  size_t events_touched = 0;     // merged events created or updated
  // Against the articles' previous versions (a new article's mentions are all "added"):
  size_t articles_changed = 0;   // replaced articles whose set of mention ids changed
  size_t mentions_added = 0;     // mention ids that were not stored before
  size_t mentions_removed = 0;   // stored mention ids the new version no longer has
  size_t events_created = 0;     // merged events (date, source, target, code) that appeared
  size_t events_deleted = 0;     // merged events left without mentions, deleted
  std::map<std::string, CodeChange> code_changes;  // by event code, added/removed mentions

  PutStats& operator+=(const PutStats& o);
};

// Row counts of the main tables.
struct StoreCounts {
  int64_t articles = 0, sentences = 0, mentions = 0, events = 0, stories = 0;
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

  // Ids of every stored article, in the order they were first stored (for `dyad recode`).
  Result<std::vector<std::string>> article_ids() const;
  // A stored article as it was given (origin = "DB (id=ID)"); an error when absent.
  Result<Article> load_article(const std::string& id) const;
  Result<StoreCounts> counts() const;

  // The raw handle, for queries and exports (read-only use outside this class).
  sqlite3* db() const { return db_; }
  const std::string& path() const { return path_; }

 private:
  struct Impl;  // cached prepared statements and the lock that guards them (store_impl.h)
  Store(sqlite3* db, std::string path);
  sqlite3* db_ = nullptr;
  std::string path_;
  std::unique_ptr<Impl> impl_;
};

// Writes coded articles in batches, one transaction (Store::put) each: `dyad ingest` and
// `dyad recode`. A batch the store refuses is written again article by article, so that one
// bad article costs only itself: it is reported to `on_error` and skipped.
class BatchWriter {
 public:
  using ErrorHandler = std::function<void(const Article&, const std::string& message)>;
  // Where batches go: Store::put, or another backend's put (ClickHouse).
  using PutFunction = std::function<Result<PutStats>(const std::vector<CodedArticle>&)>;
  BatchWriter(Store& store, size_t batch_size, ErrorHandler on_error);
  BatchWriter(PutFunction put, size_t batch_size, ErrorHandler on_error);
  // Queues one article and writes the batch once it is full. False once the store itself
  // has failed (it refused every article of a batch): see fatal_error(); stop writing.
  bool add(CodedArticle a);
  // Writes what is queued (call at the end). Same result as add().
  bool flush();
  const PutStats& totals() const { return totals_; }
  size_t failed() const { return failed_; }  // articles refused and skipped
  const std::string& fatal_error() const { return fatal_; }

 private:
  PutFunction put_;
  size_t batch_size_;
  ErrorHandler on_error_;
  std::vector<CodedArticle> batch_;
  PutStats totals_;
  size_t failed_ = 0;
  std::string fatal_;
};

// 16 lowercase hex digits of a 64-bit FNV-1a hash of `text` (articles.text_hash).
std::string text_hash(const std::string& text);

// CAMEO country part of an actor code: the first three letters when they name a country
// ("FRAGOV" -> "FRA"), else "" ("IGOUNO", "---", "REB"). The countries are the three-letter
// actor codes of dyad's country dictionaries (data/generated/countries.dyad and
// data/dict/countries-extra.dyad); docs/store.md explains the fallback without them.
std::string actor_country(const std::string& actor_code);

// mentions.confidence: how sure the text is of the event, 0..1 (formula in docs/store.md).
double mention_confidence(const Event& e);

}  // namespace dyad
