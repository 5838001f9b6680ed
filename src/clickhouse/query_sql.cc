#include "clickhouse/query_sql.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>

#include "clickhouse/sql_text.h"
#include "clickhouse/text_search.h"

namespace dyad::ch {

namespace {

constexpr int64_t kMaxListLimit = 10000;
constexpr int64_t kMaxAggregateLimit = 1000000;

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// "FRA*" / "fra" -> "FRA", as the SQLite store normalises actor and code prefixes.
std::string normalize_prefix(const std::string& s) {
  std::string out = s;
  if (!out.empty() && out.back() == '*') out.pop_back();
  return upper(out);
}

// col >= 'P' AND col < 'Q' (Q = P with its last byte incremented): a prefix match that the
// primary key (source, target, date, ...) can serve, which startsWith() cannot in 18.x.
std::string prefix_sql(const std::string& column, const std::string& prefix) {
  std::string upper_bound = prefix;
  upper_bound.back() = static_cast<char>(upper_bound.back() + 1);
  return "(" + column + " >= " + sql_quote(prefix) + " AND " + column + " < " +
         sql_quote(upper_bound) + ")";
}

std::string join(const std::vector<std::string>& parts, const char* sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) out += (i ? sep : "") + parts[i];
  return out;
}

bool all_letters(const std::string& s) {
  for (unsigned char c : s)
    if (!std::isalpha(c)) return false;
  return true;
}

// ClickHouse's Date holds 1970-01-01 .. 2105-12-31; validated ISO dates outside it are
// clamped (nothing is stored outside it: see rows.h).
std::string date_literal(const std::string& d) {
  std::string v = d < "1970-01-01" ? "1970-01-01" : d > "2105-12-31" ? "2105-12-31" : d;
  return "toDate(" + sql_quote(v) + ")";
}

}  // namespace

std::string live_mention_sql(const TableNames& t) {
  return "(article_key, version) NOT IN (SELECT article_key, version FROM " + t.replaced_local +
         ")";
}

Result<std::string> filter_sql(const EventFilter& f, Level level, const TableNames& t) {
  if (auto problem = validate(f)) return Error{*problem};
  if (level == Level::Stories)
    return Error{"level: stories are not kept in the ClickHouse backend (events or mentions)"};
  const bool mentions = level == Level::Mentions;
  std::vector<std::string> terms;
  if (mentions) terms.push_back(live_mention_sql(t));
  if (!f.source.empty()) terms.push_back(prefix_sql("source", normalize_prefix(f.source)));
  if (!f.target.empty()) terms.push_back(prefix_sql("target", normalize_prefix(f.target)));
  if (!f.actor.empty()) {
    std::string p = normalize_prefix(f.actor);
    terms.push_back("(" + prefix_sql("source", p) + " OR " + prefix_sql("target", p) + ")");
  }
  if (!f.country.empty()) {
    std::string c = sql_quote(upper(f.country));
    terms.push_back(f.country.size() == 3
                        ? "(source_country = " + c + " OR target_country = " + c + ")"
                        : "country = " + c);
  }
  if (!f.code.empty()) {
    terms.push_back(f.code.back() == '*' ? prefix_sql("code", normalize_prefix(f.code))
                                         : "code = " + sql_quote(upper(f.code)));
  }
  if (!f.root.empty()) terms.push_back("root = " + sql_quote(f.root));
  if (f.quad) terms.push_back("quad = " + std::to_string(*f.quad));
  if (!f.date_from.empty()) {
    if (f.date_from > "2105-12-31") return std::string("0");
    terms.push_back("date >= " + date_literal(f.date_from));
  }
  if (!f.date_to.empty()) {
    if (f.date_to < "1970-01-01") return std::string("0");
    terms.push_back("date <= " + date_literal(f.date_to));
  }
  if (!f.place.empty()) {
    // lower() folds ASCII only, like SQLite's NOCASE.
    std::string term = "(lower(place) = lower(" + sql_quote(f.place) + ")";
    if (f.place.size() == 2 && all_letters(f.place))
      term += " OR country = " + sql_quote(upper(f.place));
    terms.push_back(term + ")");
  }
  // Text and article select mentions; an event matches when one of its live mentions does.
  std::vector<std::string> mention_terms;
  if (!f.text.empty()) {
    auto c = text_condition(f.text, "sentence");
    if (!c) return Error{c.error()};
    mention_terms.push_back(*c);
  }
  if (!f.article.empty()) mention_terms.push_back("article_id = " + sql_quote(f.article));
  if (!mention_terms.empty()) {
    if (mentions) {
      for (auto& m : mention_terms) terms.push_back(m);
    } else {
      // GLOBAL: an event's mentions live on the shards of their articles, not on the event's.
      terms.push_back(std::string("id ") + (t.distributed ? "GLOBAL IN" : "IN") +
                      " (SELECT event_id FROM " + t.mentions + " WHERE " +
                      live_mention_sql(t) + " AND " + join(mention_terms, " AND ") + ")");
    }
  }
  if (f.event_id) terms.push_back((mentions ? "event_id = " : "id = ") + std::to_string(*f.event_id));
  return terms.empty() ? std::string("1") : join(terms, " AND ");
}

namespace {

const char* const kMentionColumns =
    "id, event_id, date, article_date, source, target, code, root, quad, goldstein, status, "
    "place, country, lat, lon, confidence, plover_event, article_id, sentence_idx, sentence, "
    "url, title, outlet";

Result<std::string> order_by(const ListQuery& q, const char* goldstein, const char* mentions) {
  std::string key = q.sort.empty() ? "-date" : q.sort;
  bool desc = key[0] == '-';
  std::string name = desc ? key.substr(1) : key;
  const char* column = nullptr;
  if (name == "date") column = "date";
  else if (name == "goldstein") column = goldstein;
  else if (name == "mentions") column = mentions;
  else
    return Error{"sort: '" + key + "' is not one of date, -date, goldstein, -goldstein, "
                 "mentions, -mentions"};
  if (!column)
    return Error{"sort: '" + key + "' is not available for " +
                 (q.level == Level::Mentions ? "mentions" : "stories")};
  // SQLite puts NULLs first in ascending order and last in descending order.
  const char* dir = desc ? " DESC NULLS LAST" : " ASC NULLS FIRST";
  return std::string(" ORDER BY ") + column + dir + ", id" + (desc ? " DESC" : " ASC");
}

}  // namespace

Result<ListSql> list_sql(const ListQuery& q, const TableNames& t) {
  if (q.limit < 1 || q.limit > kMaxListLimit)
    return Error{"limit: " + std::to_string(q.limit) + " is not in 1.." +
                 std::to_string(kMaxListLimit)};
  if (q.offset < 0) return Error{"offset: must be 0 or more"};
  auto where = filter_sql(q.filter, q.level, t);
  if (!where) return Error{where.error()};
  std::string page = " LIMIT " + std::to_string(q.offset) + ", " + std::to_string(q.limit);
  ListSql out;
  if (q.level == Level::Mentions) {
    auto order = order_by(q, "goldstein", nullptr);
    if (!order) return Error{order.error()};
    out.rows = std::string("SELECT ") + kMentionColumns + " FROM " + t.mentions + " WHERE " +
               *where + *order + page;
    out.total = "SELECT count() AS total FROM " + t.mentions + " WHERE " + *where;
    return out;
  }
  auto order = order_by(q, "e_goldstein", "tupleElement(s, 5)");
  if (!order) return Error{order.error()};
  // An event's state is its newest +1 row; cancelled rows make the sum of signs 0. No
  // Nullable inside the tuple (ClickHouse 18 garbles those between shards): NULL as NaN.
  // Each shard returns its first offset + limit events in order; the outer query pages.
  out.rows =
      "SELECT id, date, source, target, code, e_root AS root, e_quad AS quad, "
      "e_goldstein AS goldstein, tupleElement(s, 1) AS place, tupleElement(s, 2) AS country, "
      "if(isNaN(tupleElement(s, 3)), NULL, tupleElement(s, 3)) AS lat, "
      "if(isNaN(tupleElement(s, 4)), NULL, tupleElement(s, 4)) AS lon, "
      "tupleElement(s, 5) AS num_mentions, "
      "tupleElement(s, 6) AS num_sources, tupleElement(s, 7) AS num_articles, "
      "CAST(NULL AS Nullable(Int64)) AS story_id, tupleElement(s, 8) AS source_url FROM ("
      "SELECT id, date, source, target, code, any(root) AS e_root, any(quad) AS e_quad, "
      "any(goldstein) AS e_goldstein, argMaxIf(tuple(place, country, ifNull(lat, nan), "
      "ifNull(lon, nan), num_mentions, "
      "num_sources, num_articles, source_url), version, sign = 1) AS s, sum(sign) AS live FROM " +
      t.events + " WHERE " + *where +
      " GROUP BY id, date, source, target, code HAVING live > 0" + *order + " LIMIT " +
      std::to_string(q.offset + q.limit) + ")" + *order + page;
  out.total = "SELECT sum(sign) AS total FROM " + t.events + " WHERE " + *where;
  if (t.distributed) out.settings = kNoMerge;
  return out;
}

namespace {

const std::vector<std::string>& all_keys() {
  static const std::vector<std::string> kKeys = {
      "day",  "week", "month", "year", "dyad",  "source", "target", "country", "source_country",
      "target_country", "code", "root", "quad", "place"};
  return kKeys;
}

bool has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// Output columns of one key (as the SQLite store names them).
std::vector<std::string> key_columns(const std::string& key, const std::vector<std::string>& by) {
  if (key == "dyad") return {"source", "target"};
  if (key == "place") {
    if (has(by, "country")) return {"place", "lat", "lon"};
    return {"place", "country", "lat", "lon"};
  }
  return {key};
}

// SQL of each output column of a key. Dates group as numbers (fast) and are formatted by
// finish_aggregate().
std::vector<std::string> key_sql(const std::string& key, const std::vector<std::string>& by) {
  if (key == "day") return {"date"};
  if (key == "week") return {"toISOYear(date) * 100 + toISOWeek(date)"};
  if (key == "month") return {"toYYYYMM(date)"};
  if (key == "year") return {"toYear(date)"};
  return key_columns(key, by);
}

std::optional<std::string> check(const AggregateQuery& q) {
  if (auto problem = validate(q.filter)) return problem;
  if (q.level == Level::Stories)
    return std::string("level: aggregations count events or mentions, not stories");
  if (q.limit < 1 || q.limit > kMaxAggregateLimit)
    return "limit: " + std::to_string(q.limit) + " is not in 1.." +
           std::to_string(kMaxAggregateLimit);
  if (q.by.empty()) return std::string("by: name at least one grouping key");
  std::set<std::string> seen;
  for (const std::string& key : q.by) {
    if (!has(all_keys(), key))
      return "by: '" + key +
             "' is not one of day, week, month, year, dyad, source, target, country, "
             "source_country, target_country, code, root, quad, place";
    for (const std::string& c : key_columns(key, q.by))
      if (!seen.insert(c).second) return "by: '" + key + "' repeats the column '" + c + "'";
  }
  return std::nullopt;
}

std::string two_digits(int64_t v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", static_cast<int>(v % 100));
  return buf;
}

Value format_key(const std::string& key, Value v) {
  const int64_t* n = std::get_if<int64_t>(&v);
  if (!n) return v;
  if (key == "week") return std::to_string(*n / 100) + "-W" + two_digits(*n);
  if (key == "month") return std::to_string(*n / 100) + "-" + two_digits(*n);
  if (key == "year") return std::to_string(*n);
  return v;
}

double number(const Value& v) {
  if (auto i = std::get_if<int64_t>(&v)) return static_cast<double>(*i);
  if (auto d = std::get_if<double>(&v)) return *d;
  return 0;
}

}  // namespace

// The rollup answers what the SQLite store's rollup answers (rollup_applies), except the
// quad class: here it is a column per class, not a key.
bool use_rollup(const AggregateQuery& q) {
  return rollup_applies(q) && !has(q.by, "quad") && !q.filter.quad;
}

// Groups that each live on one shard: the keys name the dyad (events and rollup rows are
// placed by dyad; mentions by article).
bool groups_by_dyad(const AggregateQuery& q) {
  return q.level == Level::Events &&
         (has(q.by, "dyad") || (has(q.by, "source") && has(q.by, "target")));
}

// With groups that live on one shard, each shard finishes (and orders and limits) its own;
// the outer query orders and limits the union.
void finish_sql(AggregateSql& a, const std::string& inner, const std::string& order,
                const AggregateQuery& q, const TableNames& t) {
  const std::string limit = " LIMIT " + std::to_string(q.limit);
  if (t.distributed && groups_by_dyad(q)) {
    a.sql = "SELECT * FROM (" + inner + " ORDER BY " + order + limit + ") ORDER BY " + order +
            limit;
    a.settings = kNoMerge;
  } else {
    a.sql = inner + " ORDER BY " + order + limit;
  }
}

AggregateSql rollup_sql(const AggregateQuery& q, const TableNames& t) {
  AggregateSql a;
  a.by = q.by;
  std::vector<std::string> select, keys, order;
  for (const std::string& key : q.by) {
    std::vector<std::string> exprs;
    if (key == "month") exprs = {"toYYYYMM(month)"};
    else if (key == "year") exprs = {"toYear(month)"};
    else exprs = key_columns(key, q.by);  // dyad, source, target
    for (const std::string& expr : exprs) {
      std::string alias = "k" + std::to_string(keys.size());
      select.push_back(expr + " AS " + alias);
      keys.push_back(alias);
      order.push_back(alias + " ASC");
    }
  }
  const EventFilter& f = q.filter;
  std::vector<std::string> terms;
  if (!f.source.empty()) terms.push_back(prefix_sql("source", normalize_prefix(f.source)));
  if (!f.target.empty()) terms.push_back(prefix_sql("target", normalize_prefix(f.target)));
  if (!f.actor.empty()) {
    std::string p = normalize_prefix(f.actor);
    terms.push_back("(" + prefix_sql("source", p) + " OR " + prefix_sql("target", p) + ")");
  }
  // rollup_applies() guarantees whole months: from is a first day, to a last day.
  if (!f.date_from.empty()) terms.push_back("month >= " + date_literal(f.date_from));
  if (!f.date_to.empty()) terms.push_back("month <= " + date_literal(f.date_to));
  std::string inner = "SELECT " + join(select, ", ") +
                      ", sum(events) AS n, sum(mentions) AS m, sum(goldstein_sum) AS gs, "
                      "sum(goldstein_n) AS gn, sum(quad1) AS q1, sum(quad2) AS q2, "
                      "sum(quad3) AS q3, sum(quad4) AS q4 FROM " + t.rollup + " WHERE " +
                      (terms.empty() ? std::string("1") : join(terms, " AND ")) +
                      " GROUP BY " + join(keys, ", ") + " HAVING n > 0";
  finish_sql(a, inner, join(order, ", "), q, t);
  return a;
}

Result<AggregateSql> aggregate_sql(const AggregateQuery& q, const TableNames& t) {
  if (auto problem = check(q)) return Error{*problem};
  auto where = filter_sql(q.filter, q.level, t);
  if (!where) return Error{where.error()};
  if (use_rollup(q)) return rollup_sql(q, t);
  AggregateSql a;
  a.by = q.by;
  a.quad_key = has(q.by, "quad");
  std::vector<std::string> select, keys, order;
  for (const std::string& key : q.by) {
    for (const std::string& expr : key_sql(key, q.by)) {
      std::string alias = "k" + std::to_string(keys.size());
      select.push_back(expr + " AS " + alias);
      keys.push_back(alias);
      order.push_back(alias + " ASC NULLS FIRST");  // SQLite's order: NULL first
    }
  }
  std::string sql = "SELECT " + join(select, ", ");
  if (q.level == Level::Mentions) {
    sql += ", count() AS n, count() AS m, sum(goldstein) AS gs, count(goldstein) AS gn";
    for (int k = 1; k <= 4; ++k)
      sql += ", countIf(ifNull(quad, 0) = " + std::to_string(k) + ") AS q" + std::to_string(k);
    sql += " FROM " + t.mentions + " WHERE " + *where + " GROUP BY " + join(keys, ", ");
  } else {
    // Linear in the signs: a cancel row (-1) takes back exactly what its state row added.
    sql += ", sum(sign) AS n, sum(sign * num_mentions) AS m, sum(sign * goldstein) AS gs, "
           "sum(if(isNull(goldstein), 0, sign)) AS gn";
    for (int k = 1; k <= 4; ++k)
      sql += ", sum(if(ifNull(quad, 0) = " + std::to_string(k) + ", sign, 0)) AS q" +
             std::to_string(k);
    sql += " FROM " + t.events + " WHERE " + *where + " GROUP BY " + join(keys, ", ") +
           " HAVING n > 0";
  }
  finish_sql(a, sql, join(order, ", "), q, t);
  return a;
}

Result<Table> finish_aggregate(const AggregateSql& a, Table raw) {
  Table out;
  std::vector<std::string> key_of_column;
  for (const std::string& key : a.by)
    for (const std::string& c : key_columns(key, a.by)) {
      out.columns.push_back(c);
      key_of_column.push_back(key);
    }
  const size_t nkeys = out.columns.size();
  if (raw.columns.size() != nkeys + 8)
    return Error{"ClickHouse aggregation: unexpected answer of " +
                 std::to_string(raw.columns.size()) + " columns"};
  for (const char* c : {"count", "mentions", "goldstein_mean", "goldstein_sum"})
    out.columns.push_back(c);
  if (!a.quad_key)
    for (int k = 1; k <= 4; ++k) out.columns.push_back("quad" + std::to_string(k) + "_share");
  out.rows.reserve(raw.rows.size());
  for (auto& r : raw.rows) {
    std::vector<Value> row;
    row.reserve(out.columns.size());
    for (size_t i = 0; i < nkeys; ++i) row.push_back(format_key(key_of_column[i], std::move(r[i])));
    const Value& n = r[nkeys];
    double count = number(n);
    row.push_back(n);
    row.push_back(r[nkeys + 1]);
    double gsum = number(r[nkeys + 2]);
    double gn = number(r[nkeys + 3]);
    row.push_back(gn > 0 ? Value(gsum / gn) : Value(std::monostate{}));
    row.push_back(gsum);
    if (!a.quad_key)
      for (int k = 0; k < 4; ++k)
        row.push_back(count > 0 ? number(r[nkeys + 4 + k]) / count : 0.0);
    out.rows.push_back(std::move(row));
  }
  return out;
}

}  // namespace dyad::ch
