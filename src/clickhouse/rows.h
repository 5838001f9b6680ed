// Coded articles as ClickHouse rows (TabSeparated, in the column order of schema.h), and the
// hashes that place them: articles and their mentions on the shard of their article id,
// merged events on the shard of their dyad.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/store.h"

namespace dyad::ch {

// FNV-1a 64: stable across platforms and releases (std::hash is not).
uint64_t fnv1a64(std::string_view s);
// Article id -> articles.article_key / mentions.article_key.
inline uint64_t article_key(std::string_view id) { return fnv1a64(id); }
inline size_t article_shard(std::string_view id, size_t shards) {
  return shards ? article_key(id) % shards : 0;
}

// A merged event's identity: one a day per dyad and code.
struct EventKey {
  std::string date, source, target, code;
  // events.id: 63 bits of a hash of the key, so the same event has the same id on every
  // ingest and in every process.
  int64_t id() const;
  std::string encoded() const;  // "date\x1Fsource\x1Ftarget\x1Fcode"
  static std::optional<EventKey> decode(std::string_view s);
  bool operator==(const EventKey&) const = default;
  auto operator<=>(const EventKey&) const = default;
};
// Merged events (and their rollup rows) live on the shard of their dyad: every row of an
// event on one shard, and every group of an aggregation by dyad too, so shards can answer
// those without the initiator merging their partial results.
inline size_t dyad_shard(std::string_view source, std::string_view target, size_t shards) {
  if (shards <= 1) return 0;
  std::string dyad;
  dyad.reserve(source.size() + target.size() + 1);
  dyad.append(source).append(1, '\x1f').append(target);
  return fnv1a64(dyad) % shards;
}

// A YYYY-MM-DD date ClickHouse's Date type can hold (1970-01-01 .. 2105-12-31); otherwise
// `fallback` when it can, else 1970-01-01.
std::string storable_date(const std::string& date, const std::string& fallback);

// The date a mention is stored under (its own date, else the article's).
std::string mention_date(const CodedArticle& a, const Event& e);
EventKey event_key(const CodedArticle& a, const Event& e);

// The events of an article that are stored: a coder never repeats a mention id inside an
// article; should it, the first one counts (as in the SQLite store).
std::vector<const Event*> stored_events(const CodedArticle& a);

// One TabSeparated line (with '\n') per row.
// What an article row remembers of its mentions, for the next ingest of the same article.
struct ArticleMemory {
  std::vector<std::string> event_keys;    // EventKey::encoded(), this and earlier versions
  std::vector<std::string> mention_ids;   // this version's, with their codes
  std::vector<std::string> mention_codes;
};
void append_article_row(std::string& out, const CodedArticle& a, uint64_t version,
                        int64_t ingested_at, const ArticleMemory& memory);
void append_mention_row(std::string& out, const CodedArticle& a, const Event& e,
                        uint64_t version);
void append_replaced_row(std::string& out, uint64_t key, uint64_t version,
                         const std::string& article_id, int64_t replaced_at);

}  // namespace dyad::ch
