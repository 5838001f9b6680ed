#include "clickhouse/event_merge.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <unordered_map>

#include "clickhouse/sql_text.h"

namespace dyad::ch {

namespace {

// Keys per query, sent as the external table "keys" (see Connection::select_with_table).
constexpr size_t kKeysPerQuery = 20000;
const char* const kKeysStructure = "source String, target String, date Date, code String";

// The state columns, in event_columns() order.
const char* const kStateColumns[] = {
    "date",  "source", "target",    "code",    "source_country", "target_country", "root",
    "quad",  "goldstein", "place", "country", "admin1",         "lat",            "lon",
    "precision", "num_mentions", "num_sources", "num_articles", "first_article", "source_url"};
constexpr size_t kStateSize = sizeof kStateColumns / sizeof kStateColumns[0];

// Columns of key_mentions_sql(), by position.
enum MentionColumn {
  kEventId, kDate, kSource, kTarget, kCode, kSourceCountry, kTargetCountry, kRoot, kQuad,
  kGoldstein, kOutlet, kArticleId, kArticleDate, kSentenceIdx, kPlace, kCountry, kAdmin1, kLat,
  kLon, kPrecision, kUrl, kMentionColumns
};

std::string key_rows(const std::vector<EventKey>& keys) {
  std::string s;
  for (const EventKey& k : keys) {
    append_tsv(s, k.source);
    s += '\t';
    append_tsv(s, k.target);
    s += '\t';
    append_tsv(s, k.date);
    s += '\t';
    append_tsv(s, k.code);
    s += '\n';
  }
  return s;
}

std::string nan_to_null(const std::string& x) { return "if(isNaN(" + x + "), NULL, " + x + ")"; }

// Higher is more precise; an unknown precision ranks below every known one (as in SQLite).
int precision_rank(const Value& v) {
  const std::string* p = std::get_if<std::string>(&v);
  if (!p) return 0;
  if (*p == "city") return 5;
  if (*p == "admin2") return 4;
  if (*p == "admin1") return 3;
  if (*p == "country") return 2;
  if (*p == "region") return 1;
  return 0;
}

const std::string& text(const Value& v) {
  static const std::string kEmpty;
  const std::string* s = std::get_if<std::string>(&v);
  return s ? *s : kEmpty;
}

int64_t integer(const Value& v) {
  const int64_t* i = std::get_if<int64_t>(&v);
  return i ? *i : 0;
}

void field(std::string& out, const Value& v) {
  if (std::holds_alternative<std::monostate>(v)) {
    append_tsv_null(out);
  } else if (auto i = std::get_if<int64_t>(&v)) {
    out += std::to_string(*i);
  } else if (auto d = std::get_if<double>(&v)) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", *d);
    out += buf;
  } else {
    append_tsv(out, std::get<std::string>(v));
  }
  out += '\t';
}

Result<std::vector<EventState>> read_stored(const Table& t) {
  std::vector<EventState> out;
  if (t.columns.size() != 3 + kStateSize)
    return Error{"ClickHouse events: unexpected answer of " + std::to_string(t.columns.size()) +
                 " columns"};
  for (const auto& row : t.rows) {
    EventState s;
    s.id = integer(row[0]);
    s.values.assign(row.begin() + 1, row.begin() + 1 + kStateSize);
    s.version = static_cast<uint64_t>(integer(row[1 + kStateSize]));
    s.newest_version = static_cast<uint64_t>(integer(row[2 + kStateSize]));
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace

std::string key_mentions_sql(const std::string& db) {
  return "SELECT event_id, date, source, target, code, source_country, target_country, root, "
         "quad, goldstein, outlet, article_id, article_date, sentence_idx, place, country, "
         "admin1, lat, lon, precision, url FROM " + db + ".mentions_local WHERE "
         "(source, target, date, code) IN keys AND (article_key, version) NOT IN "
         "(SELECT article_key, version FROM " + db + ".replaced_local)";
}

std::string stored_events_sql(const std::string& db) {
  // No Nullable inside the tuple (ClickHouse 18 garbles such NULLs in aggregate states):
  // NULL travels as NaN or -1 and comes back as NULL.
  std::string tuple, select;
  for (size_t i = 0; i < kStateSize; ++i) {
    std::string c = kStateColumns[i];
    std::string element = "tupleElement(s, " + std::to_string(i + 1) + ")";
    if (i) tuple += ", ";
    if (c == "goldstein" || c == "lat" || c == "lon") {
      tuple += "ifNull(" + c + ", nan)";
      element = nan_to_null(element);
    } else if (c == "quad") {
      tuple += "ifNull(toInt16(quad), -1)";
      element = "if(" + element + " < 0, NULL, " + element + ")";
    } else {
      tuple += c;
    }
    select += ", " + element + " AS " + c;
  }
  return "SELECT id" + select + ", sv AS state_version, mv AS max_version FROM (SELECT id, "
         "argMaxIf(tuple(" + tuple + "), version, sign = 1) AS s, maxIf(version, sign = 1) AS sv, "
         "max(version) AS mv, sum(sign) AS live FROM " + db + ".events_local WHERE "
         "(source, target, date, code) IN keys GROUP BY id HAVING live > 0)";
}

Result<std::vector<EventState>> merge_mentions(const std::vector<Table>& tables) {
  // Each event's mention rows, earliest (article date, article id, sentence) first.
  std::map<int64_t, std::vector<const std::vector<Value>*>> by_event;
  for (const Table& t : tables) {
    if (t.columns.size() != kMentionColumns)
      return Error{"ClickHouse mentions: unexpected answer of " + std::to_string(t.columns.size()) +
                   " columns"};
    for (const auto& row : t.rows) by_event[integer(row[kEventId])].push_back(&row);
  }
  std::vector<EventState> out;
  out.reserve(by_event.size());
  for (auto& [id, rows] : by_event) {
    std::sort(rows.begin(), rows.end(), [](const auto* a, const auto* b) {
      return std::tie(text((*a)[kArticleDate]), text((*a)[kArticleId]), std::get<int64_t>((*a)[kSentenceIdx])) <
             std::tie(text((*b)[kArticleDate]), text((*b)[kArticleId]), std::get<int64_t>((*b)[kSentenceIdx]));
    });
    const auto& first = *rows.front();
    std::set<std::string> articles, outlets, unnamed;
    const std::vector<Value>* place = nullptr;
    int rank = -1;
    for (const auto* r : rows) {
      const std::string& article = text((*r)[kArticleId]);
      const std::string& outlet = text((*r)[kOutlet]);
      (outlet.empty() ? unnamed : outlets).insert(outlet.empty() ? article : outlet);
      articles.insert(article);
      int k = precision_rank((*r)[kPrecision]);
      if (k > rank) {  // the most precise place wins; among equals, the earliest mention's
        rank = k;
        place = r;
      }
    }
    EventState s;
    s.id = id;
    s.values = {first[kDate], first[kSource], first[kTarget], first[kCode],
                first[kSourceCountry], first[kTargetCountry], first[kRoot], first[kQuad],
                first[kGoldstein], (*place)[kPlace], (*place)[kCountry], (*place)[kAdmin1],
                (*place)[kLat], (*place)[kLon], (*place)[kPrecision],
                int64_t(rows.size()), int64_t(outlets.size() + unnamed.size()),
                int64_t(articles.size()), first[kArticleId], first[kUrl]};
    out.push_back(std::move(s));
  }
  return out;
}

void append_event_row(std::string& out, const EventState& s, int sign, uint64_t version) {
  out += std::to_string(s.id);
  out += '\t';
  for (size_t i = 0; i < kStateSize; ++i) field(out, s.values[i]);
  out += std::to_string(sign);
  out += '\t';
  out += std::to_string(version);
  out += '\n';
}

Result<EventChanges> update_events(const std::vector<Connection>& shards,
                                   const std::string& database, const std::vector<EventKey>& keys,
                                   uint64_t version) {
  EventChanges changes;
  const size_t n = shards.size();
  auto shard_of = [n](const Value& source, const Value& target) {
    return dyad_shard(text(source), text(target), n);
  };
  std::vector<std::string> rows(n);
  for (size_t b = 0; b < keys.size(); b += kKeysPerQuery) {
    std::vector<EventKey> chunk(keys.begin() + b,
                                keys.begin() + std::min(keys.size(), b + kKeysPerQuery));
    // The live mentions of these keys, wherever their articles are.
    const std::string all_keys = key_rows(chunk);
    std::vector<Table> mention_tables;
    for (const Connection& shard : shards) {
      auto t = shard.select_with_table(key_mentions_sql(database), "keys", kKeysStructure, all_keys);
      if (!t) return Error{t.error()};
      mention_tables.push_back(std::move(*t));
    }
    auto fresh = merge_mentions(mention_tables);
    if (!fresh) return Error{fresh.error()};
    // The stored state of each key, on its dyad's shard.
    std::vector<std::vector<EventKey>> by_shard(n);
    for (const EventKey& k : chunk) by_shard[dyad_shard(k.source, k.target, n)].push_back(k);
    std::vector<EventState> stored;
    for (size_t s = 0; s < n; ++s) {
      if (by_shard[s].empty()) continue;
      auto t = shards[s].select_with_table(stored_events_sql(database), "keys", kKeysStructure,
                                           key_rows(by_shard[s]));
      if (!t) return Error{t.error()};
      auto states = read_stored(*t);
      if (!states) return Error{states.error()};
      for (auto& st : *states) stored.push_back(std::move(st));
    }

    std::unordered_map<int64_t, const EventState*> old_by_id;
    for (const auto& s : stored) old_by_id[s.id] = &s;
    std::unordered_map<int64_t, bool> seen;
    // The cancel row repeats the state row exactly, with its version, so that sums over
    // sign take it back and VersionedCollapsingMergeTree drops the pair when it merges.
    auto cancel = [&](const EventState& old) {
      append_event_row(rows[shard_of(old.values[1], old.values[2])], old, -1, old.version);
    };
    for (const auto& now : *fresh) {
      seen[now.id] = true;
      auto it = old_by_id.find(now.id);
      uint64_t v = version;
      if (it != old_by_id.end()) {
        const EventState& old = *it->second;
        if (old.values == now.values) continue;  // unchanged: nothing to write
        cancel(old);
        if (old.newest_version >= v) v = old.newest_version + 1;
      } else {
        ++changes.created;
      }
      ++changes.touched;
      append_event_row(rows[shard_of(now.values[1], now.values[2])], now, +1, v);
    }
    for (const auto& old : stored) {
      if (seen.count(old.id)) continue;
      cancel(old);  // its last mention is gone
      ++changes.deleted;
    }
  }
  const std::string insert = "INSERT INTO " + database + ".events_local (" +
                             column_list(event_columns()) + ") FORMAT TabSeparated";
  for (size_t s = 0; s < n; ++s) {
    if (rows[s].empty()) continue;
    auto r = shards[s].insert(insert, rows[s]);
    if (!r) return Error{r.error()};
  }
  return changes;
}

}  // namespace dyad::ch
