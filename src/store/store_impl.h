// Internals of the store's write path, shared by its steps: the cached prepared statements
// and the keys a batch touches. Not part of the public API.
#pragma once
#include <compare>
#include <cstdint>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "dyad/store.h"
#include "store/statement.h"

namespace dyad::store {

// Every statement the store runs more than once, prepared once per connection.
struct Statements {
  // articles
  Statement has_article, article_exists, upsert_article, load_article, article_url;
  // sentences and mentions of one article
  Statement old_mentions, delete_mentions, insert_mention;
  Statement stage_replaced, stage_sentence, delete_replaced_sentences, insert_staged_sentences,
      clear_staged_sentences, clear_replaced;
  // merged events
  Statement key_mentions, find_event, insert_event, update_event, delete_event, link_mentions;
  // stories
  Statement story_candidates, insert_story, extend_story, set_event_story, story_events,
      story_distinct, story_country, update_story, delete_story;
  // rollup_dyad_month
  Statement rollup_sum, rollup_put, rollup_delete;

  bool prepare_reads(sqlite3* db, std::string& error);  // has_article, load_article
  // The rest; also creates the connection's temporary staging tables.
  bool prepare_writes(sqlite3* db, std::string& error);
};

// A merged event's identity (events UNIQUE key); ordered by date first, so that a batch
// assigns stories in date order.
struct EventKey {
  std::string date, source, target, code;
  auto operator<=>(const EventKey&) const = default;
};

struct RollupKey {
  std::string month, source, target;
  int64_t quad = 0;  // 0 for codes outside the CAMEO table
  auto operator<=>(const RollupKey&) const = default;
};

// What a batch must recompute once its articles are written.
struct Touched {
  std::set<EventKey> events;
  std::set<RollupKey> rollups;
  std::set<int64_t> stories;
};

// A merged event that exists after the batch, for story clustering.
struct LiveEvent {
  int64_t id = 0;
  EventKey key;
  std::string root, country;
  std::optional<int64_t> story;
};

// One article between the steps of put().
struct StagedArticle {
  const CodedArticle* ca = nullptr;
  bool existed = false;
  std::unordered_map<std::string, std::string> old;  // previous mention id -> event code
  std::vector<const Event*> events;                  // to store (mention ids unique)
};

// The steps of put(); each throws SqlError on a database error (put rolls back).
// 1. Per article: its old mentions out (their keys noted in `touched`), the article row in,
//    its sentences staged.
StagedArticle stage_article(Statements& st, const CodedArticle& ca, const std::string& now,
                            Touched& touched);
// 2. Once per batch: the replaced articles' sentences out, the staged sentences in.
void write_sentences(Statements& st);
// 3. Per article: its mentions in; counts what changed against the old version.
void write_mentions(Statements& st, StagedArticle& staged, Touched& touched, PutStats& stats);
// Recomputes every touched merged event from its mentions; returns those that still exist.
std::vector<LiveEvent> merge_events(Statements& st, Touched& touched, PutStats& stats);
// Puts events without a story into one (or a new one), then recounts the touched stories.
void cluster_stories(Statements& st, const std::vector<LiveEvent>& events, Touched& touched);
// Recomputes the touched rows of rollup_dyad_month from the events table.
void update_rollups(Statements& st, const std::set<RollupKey>& keys);

// "YYYY-MM" of a date ("" when too short).
inline std::string month_of(const std::string& date) {
  return date.size() >= 7 ? date.substr(0, 7) : std::string();
}

}  // namespace dyad::store

namespace dyad {

struct Store::Impl {
  std::mutex mu;  // one Store may serve several threads; statements are not reentrant
  bool reads_prepared = false, writes_prepared = false;
  store::Statements st;
};

}  // namespace dyad
