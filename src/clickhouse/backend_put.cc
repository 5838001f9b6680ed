// Backend::put: articles, their mentions and the replaced versions to the articles' shards,
// then the merged events they touched recomputed (event_merge.h).
//
// Order matters for a put that fails half-way: the article row (with every event key this
// and earlier versions touched) goes first, then the replaced markers, then the mentions,
// then the events. Whatever step fails, ingesting the article again reads that row, marks
// every version found as replaced and recomputes every key, which repairs the state.
#include <chrono>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "clickhouse/backend_impl.h"
#include "clickhouse/event_merge.h"
#include "clickhouse/rows.h"
#include "clickhouse/sql_text.h"

namespace dyad::ch {

namespace {

constexpr size_t kIdsPerQuery = 20000;

// A stored version of an article.
struct Prior {
  uint64_t version = 0;
  std::vector<std::string> event_keys, mention_ids, mention_codes;
};

using Priors = std::unordered_map<std::string, std::vector<Prior>>;

// The stored versions of `articles` (an out-parameter: GCC 12 reports a false
// -Wfree-nonheap-object on a Result of this map).
std::optional<std::string> read_priors(const Connection& shard, const std::string& database,
                                       const std::vector<const CodedArticle*>& articles,
                                       Priors& out) {
  for (size_t b = 0; b < articles.size(); b += kIdsPerQuery) {
    std::string ids;
    for (size_t i = b; i < std::min(articles.size(), b + kIdsPerQuery); ++i) {
      append_tsv(ids, articles[i]->article.id);
      ids += '\n';
    }
    auto t = shard.select_with_table(
        "SELECT id, version, event_keys, mention_ids, mention_codes FROM " + database +
            ".articles_local WHERE id IN ids",
        "ids", "id String", ids);
    if (!t) return t.error();
    for (const auto& row : t->rows) {
      Prior p;
      p.version = static_cast<uint64_t>(std::get<int64_t>(row[1]));
      auto keys = parse_string_array(std::get<std::string>(row[2]));
      auto mids = parse_string_array(std::get<std::string>(row[3]));
      auto codes = parse_string_array(std::get<std::string>(row[4]));
      if (!keys) return keys.error();
      if (!mids) return mids.error();
      if (!codes) return codes.error();
      p.event_keys = std::move(*keys);
      p.mention_ids = std::move(*mids);
      p.mention_codes = std::move(*codes);
      out[std::get<std::string>(row[0])].push_back(std::move(p));
    }
  }
  return std::nullopt;
}

// PutStats against the newest stored version.
void count_changes(const std::vector<const Event*>& events, const std::vector<Prior>& priors,
                   PutStats& stats) {
  ++stats.articles;
  if (priors.empty()) {
    stats.mentions_added += events.size();
    for (const Event* e : events) ++stats.code_changes[e->code].added;
    return;
  }
  ++stats.replaced;
  const Prior* last = &priors.front();
  for (const auto& p : priors)
    if (p.version > last->version) last = &p;
  std::unordered_map<std::string, std::string> old;
  for (size_t i = 0; i < last->mention_ids.size(); ++i)
    old.emplace(last->mention_ids[i], i < last->mention_codes.size() ? last->mention_codes[i] : "");
  bool changed = false;
  for (const Event* e : events) {
    if (old.erase(e->id) == 0) {
      ++stats.mentions_added;
      ++stats.code_changes[e->code].added;
      changed = true;
    }
  }
  if (!old.empty()) changed = true;
  stats.mentions_removed += old.size();
  for (const auto& [id, code] : old) ++stats.code_changes[code].removed;
  if (changed) ++stats.articles_changed;
}

}  // namespace

uint64_t Backend::next_version(uint64_t floor) {
  std::lock_guard lock(version_mutex_);
  auto now = std::chrono::duration_cast<std::chrono::microseconds>(
                 std::chrono::system_clock::now().time_since_epoch())
                 .count();
  uint64_t v = std::max<uint64_t>({static_cast<uint64_t>(now), last_version_ + 1, floor});
  last_version_ = v;
  return v;
}

Result<PutStats> Backend::put(const std::vector<CodedArticle>& batch) {
  std::lock_guard lock(put_mutex_);
  PutStats stats;
  // The last copy of an article in the batch wins.
  std::unordered_map<std::string_view, size_t> last;
  for (size_t i = 0; i < batch.size(); ++i) {
    if (batch[i].article.id.empty())
      return Error{"an article without an id cannot be stored"};
    last[batch[i].article.id] = i;
  }
  const size_t n = shards_.size();
  std::vector<std::vector<const CodedArticle*>> by_shard(n);
  for (size_t i = 0; i < batch.size(); ++i)
    if (last[batch[i].article.id] == i)
      by_shard[article_shard(batch[i].article.id, n)].push_back(&batch[i]);

  std::vector<Priors> priors(n);
  uint64_t floor = 0;
  for (size_t s = 0; s < n; ++s) {
    if (by_shard[s].empty()) continue;
    if (auto error = read_priors(shards_[s], cfg_.database, by_shard[s], priors[s]))
      return Error{*error};
    for (const auto& [id, versions] : priors[s])
      for (const auto& v : versions) floor = std::max(floor, v.version + 1);
  }
  const uint64_t version = next_version(floor);
  const int64_t now = std::chrono::duration_cast<std::chrono::seconds>(
                          std::chrono::system_clock::now().time_since_epoch())
                          .count();

  std::set<std::string> touched;
  const std::string& db = cfg_.database;
  for (size_t s = 0; s < n; ++s) {
    if (by_shard[s].empty()) continue;
    std::string articles, replaced, mentions;
    for (const CodedArticle* a : by_shard[s]) {
      static const std::vector<Prior> kNone;
      auto it = priors[s].find(a->article.id);
      const std::vector<Prior>& old = it == priors[s].end() ? kNone : it->second;
      auto events = stored_events(*a);
      count_changes(events, old, stats);

      ArticleMemory memory;
      std::set<std::string> keys;
      for (const Event* e : events) {
        keys.insert(event_key(*a, *e).encoded());
        memory.mention_ids.push_back(e->id);
        memory.mention_codes.push_back(e->code);
        append_mention_row(mentions, *a, *e, version);
      }
      stats.mentions += events.size();
      for (const Prior& p : old) {
        keys.insert(p.event_keys.begin(), p.event_keys.end());
        append_replaced_row(replaced, article_key(a->article.id), p.version, a->article.id, now);
      }
      memory.event_keys.assign(keys.begin(), keys.end());
      touched.insert(keys.begin(), keys.end());
      append_article_row(articles, *a, version, now, memory);
    }
    const struct {
      const char* table;
      const std::vector<Column>& columns;
      const std::string& rows;
    } inserts[] = {{"articles_local", article_columns(), articles},
                   {"replaced_local", replaced_columns(), replaced},
                   {"mentions_local", mention_columns(), mentions}};
    for (const auto& ins : inserts) {
      if (ins.rows.empty()) continue;
      auto r = shards_[s].insert("INSERT INTO " + db + "." + ins.table + " (" +
                                     column_list(ins.columns) + ") FORMAT TabSeparated",
                                 ins.rows);
      if (!r) return Error{r.error()};
    }
  }

  std::vector<EventKey> keys;
  keys.reserve(touched.size());
  for (const auto& k : touched)
    if (auto key = EventKey::decode(k)) keys.push_back(std::move(*key));
  auto changes = update_events(shards_, db, keys, version);
  if (!changes) return Error{changes.error()};
  stats.events_touched = changes->touched;
  stats.events_created = changes->created;
  stats.events_deleted = changes->deleted;
  return stats;
}

}  // namespace dyad::ch
