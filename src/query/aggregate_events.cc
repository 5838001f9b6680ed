// Aggregations: GROUP BY the requested keys over events or mentions, or over the monthly
// dyad rollup when it can answer the query (rollup_applies).
#include <algorithm>
#include <set>
#include <unordered_map>
#include <string>
#include <vector>

#include "dyad/query.h"
#include "dyad/store.h"
#include "query/query_internal.h"

namespace dyad {

using namespace query_detail;

namespace {

constexpr int64_t kMaxAggregateLimit = 1000000;

// The ISO 8601 week of a YYYY-MM-DD column: the week belongs to the year of its Thursday
// (the Thursday of date's Monday-to-Sunday week is date - 3 days, then the next Thursday on
// or after it), and is numbered from that year's first Thursday. SQLite 3.40 has no %V.
std::string iso_week_sql(const std::string& date) {
  std::string thu = "date(" + date + ", '-3 days', 'weekday 4')";
  return "printf('%s-W%02d', strftime('%Y', " + thu + "), (CAST(strftime('%j', " + thu +
         ") AS INTEGER) - 1) / 7 + 1)";
}

const std::vector<std::string>& all_keys() {
  static const std::vector<std::string> kKeys = {
      "day",  "week", "month", "year", "dyad",  "source", "target", "country", "source_country",
      "target_country", "code", "root", "quad", "place"};
  return kKeys;
}

// Output columns of one key, given the other keys (place names its country only when
// "country" is not a key of its own).
std::vector<std::string> key_columns(const std::string& key, const std::vector<std::string>& by) {
  if (key == "dyad") return {"source", "target"};
  if (key == "place") {
    bool country_key = std::find(by.begin(), by.end(), "country") != by.end();
    if (country_key) return {"place", "lat", "lon"};
    return {"place", "country", "lat", "lon"};
  }
  return {key};
}

// Expressions (aliased) for one key over events or mentions (alias p).
std::vector<std::string> row_key_sql(const std::string& key, const std::string& p,
                                     const std::vector<std::string>& by) {
  std::vector<std::string> out;
  if (key == "day") return {p + ".date AS day"};
  if (key == "week") return {iso_week_sql(p + ".date") + " AS week"};
  if (key == "month") return {"substr(" + p + ".date, 1, 7) AS month"};
  if (key == "year") return {"substr(" + p + ".date, 1, 4) AS year"};
  for (const std::string& c : key_columns(key, by)) out.push_back(p + "." + c + " AS " + c);
  return out;
}

std::optional<std::string> check_query(const AggregateQuery& q) {
  if (auto problem = validate(q.filter)) return problem;
  if (q.level == Level::Stories)
    return std::string("level: aggregations count events or mentions, not stories");
  if (q.limit < 1 || q.limit > kMaxAggregateLimit)
    return "limit: " + std::to_string(q.limit) + " is not in 1.." +
           std::to_string(kMaxAggregateLimit);
  if (q.by.empty()) return std::string("by: name at least one grouping key");
  std::set<std::string> seen;
  for (const std::string& key : q.by) {
    if (std::find(all_keys().begin(), all_keys().end(), key) == all_keys().end())
      return "by: '" + key +
             "' is not one of day, week, month, year, dyad, source, target, country, "
             "source_country, target_country, code, root, quad, place";
    for (const std::string& c : key_columns(key, q.by))
      if (!seen.insert(c).second) return "by: '" + key + "' repeats the column '" + c + "'";
  }
  return std::nullopt;
}

std::string join(const std::vector<std::string>& parts, const char* sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) out += (i ? sep : "") + parts[i];
  return out;
}

std::string positions(size_t n) {
  std::vector<std::string> p;
  for (size_t i = 1; i <= n; ++i) p.push_back(std::to_string(i));
  return join(p, ", ");
}

bool has_key(const AggregateQuery& q, const char* key) {
  return std::find(q.by.begin(), q.by.end(), key) != q.by.end();
}

Result<Table> aggregate_rows(const Store& store, const AggregateQuery& q) {
  const bool mentions = q.level == Level::Mentions;
  const std::string p = mentions ? "m" : "e";
  std::vector<std::string> select;
  for (const std::string& key : q.by)
    for (std::string& s : row_key_sql(key, p, q.by)) select.push_back(std::move(s));
  size_t nkeys = select.size();
  select.push_back("count(*) AS count");
  select.push_back(mentions ? "count(*) AS mentions" : "sum(e.num_mentions) AS mentions");
  select.push_back("avg(" + p + ".goldstein) AS goldstein_mean");
  select.push_back("total(" + p + ".goldstein) AS goldstein_sum");
  if (!has_key(q, "quad"))
    for (int k = 1; k <= 4; ++k)
      select.push_back("total(" + p + ".quad = " + std::to_string(k) + ") / count(*) AS quad" +
                       std::to_string(k) + "_share");
  SqlCondition cond = filter_condition(q.filter, q.level);
  std::string sql = "SELECT " + join(select, ", ") + " FROM " +
                    (mentions ? "mentions m" : "events e") + " WHERE " + cond.sql +
                    " GROUP BY " + positions(nkeys) + " ORDER BY " + positions(nkeys) +
                    " LIMIT ?";
  cond.params.emplace_back(q.limit);
  auto t = run_table(store, sql, cond.params);
  if (!t) return Error{explain_sql_error(t.error(), q.filter)};
  return t;
}

// The rollup path, aggregated in C++: SQLite only scans rollup_dyad_month (about a row per
// dyad, month and quad class) and the sums are added up here, which is several times faster
// than SQLite's per-row aggregate functions on a million rows.
struct RollupGroup {
  std::vector<Value> keys;
  int64_t events = 0, mentions = 0, goldstein_n = 0;
  double goldstein_sum = 0;
  int64_t quad_events[5] = {0, 0, 0, 0, 0};  // by quad class; 0 = outside the table
};

// SQLite's ORDER BY on the key columns: NULL first, then integers, then text (memcmp).
bool key_less(const std::vector<Value>& a, const std::vector<Value>& b) {
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i] == b[i]) continue;
    if (a[i].index() != b[i].index()) {
      auto rank = [](const Value& v) {
        return std::holds_alternative<std::monostate>(v) ? 0 : std::holds_alternative<int64_t>(v) ? 1 : 2;
      };
      return rank(a[i]) < rank(b[i]);
    }
    return a[i] < b[i];
  }
  return false;
}

Result<Table> aggregate_rollup(const Store& store, const AggregateQuery& q) {
  // Scan columns: 0 month, 1 source, 2 target, 3 quad, 4 events, 5 mentions,
  // 6 goldstein_sum, 7 goldstein_n.
  std::vector<std::string> terms;
  std::vector<Value> params;
  const EventFilter& f = q.filter;
  if (!f.source.empty()) add_prefix_condition(terms, params, "r.source", normalize_prefix(f.source));
  if (!f.target.empty()) add_prefix_condition(terms, params, "r.target", normalize_prefix(f.target));
  if (!f.actor.empty()) {
    std::vector<std::string> two;
    add_prefix_condition(two, params, "r.source", normalize_prefix(f.actor));
    add_prefix_condition(two, params, "r.target", normalize_prefix(f.actor));
    terms.push_back("(" + two[0] + " OR " + two[1] + ")");
  }
  if (f.quad) {
    terms.push_back("r.quad = ?");
    params.emplace_back(static_cast<int64_t>(*f.quad));
  }
  if (!f.date_from.empty()) {
    terms.push_back("r.month >= ?");
    params.emplace_back(f.date_from.substr(0, 7));
  }
  if (!f.date_to.empty()) {
    terms.push_back("r.month <= ?");
    params.emplace_back(f.date_to.substr(0, 7));
  }
  std::string sql =
      "SELECT r.month, r.source, r.target, r.quad, r.events, r.mentions, r.goldstein_sum, "
      "r.goldstein_n FROM rollup_dyad_month r WHERE " +
      (terms.empty() ? std::string("1") : join(terms, " AND ")) +
      " ORDER BY r.month, r.source, r.target, r.quad";
  auto c = RowCursor::open(store, sql, params);
  if (!c) return Error{c.error()};

  // Output key columns, each read from one scan column.
  struct KeyPart {
    std::string name;
    int column;
    size_t length;  // text prefix length (year = first 4 of month); 0 = whole
  };
  std::vector<KeyPart> parts;
  for (const std::string& key : q.by) {
    if (key == "month") parts.push_back({"month", 0, 0});
    else if (key == "year") parts.push_back({"year", 0, 4});
    else if (key == "dyad") {
      parts.push_back({"source", 1, 0});
      parts.push_back({"target", 2, 0});
    } else if (key == "source") parts.push_back({"source", 1, 0});
    else if (key == "target") parts.push_back({"target", 2, 0});
    else parts.push_back({"quad", 3, 0});
  }
  // When the keys are a prefix of the scan order (month, source, target, quad), the groups
  // arrive one after the other: no hash table, no sort.
  bool streamed = true;
  for (size_t i = 0; i < parts.size(); ++i)
    if (parts[i].column != static_cast<int>(i) || parts[i].length) streamed = false;

  std::vector<RollupGroup> groups;
  std::unordered_map<std::string, size_t> index;
  std::vector<Value> keys(parts.size());
  std::string hash_key;
  while (c->next()) {
    for (size_t i = 0; i < parts.size(); ++i) {
      const KeyPart& p = parts[i];
      if (p.column == 3) {
        int64_t quad = c->integer(3);
        keys[i] = quad == 0 ? Value{} : Value{quad};  // 0 there = NULL in events
      } else {
        std::string_view t = c->text(p.column);
        if (p.length && t.size() > p.length) t = t.substr(0, p.length);
        if (auto* s = std::get_if<std::string>(&keys[i]))
          s->assign(t);
        else
          keys[i] = std::string(t);
      }
    }
    RollupGroup* g = nullptr;
    if (streamed) {
      if (groups.empty() || groups.back().keys != keys) {
        groups.emplace_back();
        groups.back().keys = keys;
      }
      g = &groups.back();
    } else {
      hash_key.clear();
      for (const Value& v : keys) {
        hash_key += value_text(v);
        hash_key += '\x1f';
      }
      auto [it, added] = index.try_emplace(hash_key, groups.size());
      if (added) {
        groups.emplace_back();
        groups.back().keys = keys;
      }
      g = &groups[it->second];
    }
    int64_t events = c->integer(4);
    int64_t quad = c->integer(3);
    g->events += events;
    g->mentions += c->integer(5);
    g->goldstein_sum += c->real(6);
    g->goldstein_n += c->integer(7);
    if (quad >= 0 && quad <= 4) g->quad_events[quad] += events;
  }
  if (!c->error().empty()) return Error{c->error()};
  if (!streamed)
    std::sort(groups.begin(), groups.end(),
              [](const RollupGroup& a, const RollupGroup& b) { return key_less(a.keys, b.keys); });

  Table t;
  for (const KeyPart& p : parts) t.columns.push_back(p.name);
  for (const char* m : {"count", "mentions", "goldstein_mean", "goldstein_sum"})
    t.columns.push_back(m);
  const bool shares = !has_key(q, "quad");
  if (shares)
    for (const char* m : {"quad1_share", "quad2_share", "quad3_share", "quad4_share"})
      t.columns.push_back(m);
  size_t n = std::min<size_t>(groups.size(), static_cast<size_t>(q.limit));
  t.rows.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    RollupGroup& g = groups[i];
    std::vector<Value> row = std::move(g.keys);
    row.reserve(t.columns.size());
    row.emplace_back(g.events);
    row.emplace_back(g.mentions);
    row.push_back(g.goldstein_n ? Value{g.goldstein_sum / static_cast<double>(g.goldstein_n)}
                                : Value{});
    row.emplace_back(g.goldstein_sum);
    if (shares)
      for (int k = 1; k <= 4; ++k)
        row.emplace_back(static_cast<double>(g.quad_events[k]) / static_cast<double>(g.events));
    t.rows.push_back(std::move(row));
  }
  return t;
}

}  // namespace

bool rollup_applies(const AggregateQuery& q) {
  if (!q.use_rollup || q.level != Level::Events || q.by.empty()) return false;
  static const std::set<std::string> kRollupKeys = {"month", "year", "dyad", "source", "target",
                                                    "quad"};
  for (const std::string& key : q.by)
    if (!kRollupKeys.count(key)) return false;
  const EventFilter& f = q.filter;
  if (!f.country.empty() || !f.code.empty() || !f.root.empty() || !f.place.empty() ||
      !f.text.empty() || !f.article.empty() || f.event_id)
    return false;
  // The rollup knows months only: the range must cover whole months.
  if (!f.date_from.empty() && (!is_iso_date(f.date_from) || f.date_from.substr(8) != "01"))
    return false;
  if (!f.date_to.empty() && (!is_iso_date(f.date_to) ||
                             std::stoi(f.date_to.substr(8)) != days_in_month_of(f.date_to)))
    return false;
  return true;
}

Result<Table> aggregate_events(const Store& store, const AggregateQuery& q) {
  if (auto problem = check_query(q)) return Error{*problem};
  return rollup_applies(q) ? aggregate_rollup(store, q) : aggregate_rows(store, q);
}

}  // namespace dyad
