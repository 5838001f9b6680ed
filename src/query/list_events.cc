// Listings of mentions, merged events or stories: filter, sort, page, and count the total.
#include <string>

#include "dyad/query.h"
#include "dyad/store.h"
#include "query/query_internal.h"

namespace dyad {

using namespace query_detail;

namespace {

constexpr int64_t kMaxListLimit = 10000;

struct LevelSql {
  const char* select;  // SELECT ... FROM ... (the level's table under its alias)
  const char* table;   // FROM clause for counting
  const char* date;    // column the date sorts use
  const char* goldstein;
  const char* mentions;
  const char* tiebreak;
};

const LevelSql& level_sql(Level level) {
  static const LevelSql kMentions{
      "SELECT m.id AS id, m.event_id AS event_id, m.date AS date, m.article_date AS article_date, "
      "m.source AS source, m.target AS target, m.code AS code, m.root AS root, m.quad AS quad, "
      "m.goldstein AS goldstein, m.status AS status, m.place AS place, m.country AS country, "
      "m.lat AS lat, m.lon AS lon, m.confidence AS confidence, m.plover_event AS plover_event, "
      "m.article_id AS article_id, m.sentence_idx AS sentence_idx, st.text AS sentence, "
      "a.url AS url, a.title AS title, m.outlet AS outlet "
      "FROM mentions m JOIN sentences st ON st.id = m.sentence_id "
      "JOIN articles a ON a.id = m.article_id",
      "mentions m", "m.date", "m.goldstein", nullptr, "m.rowid"};
  static const LevelSql kEvents{
      "SELECT e.id AS id, e.date AS date, e.source AS source, e.target AS target, e.code AS code, "
      "e.root AS root, e.quad AS quad, e.goldstein AS goldstein, e.place AS place, "
      "e.country AS country, e.lat AS lat, e.lon AS lon, e.num_mentions AS num_mentions, "
      "e.num_sources AS num_sources, e.num_articles AS num_articles, e.story_id AS story_id, "
      "e.source_url AS source_url FROM events e",
      "events e", "e.date", "e.goldstein", "e.num_mentions", "e.id"};
  static const LevelSql kStories{
      "SELECT s.id AS id, s.source AS source, s.target AS target, s.root AS root, "
      "s.country AS country, s.date_first AS date_first, s.date_last AS date_last, "
      "s.num_events AS num_events, s.num_mentions AS num_mentions, "
      "s.num_sources AS num_sources, s.num_articles AS num_articles FROM stories s",
      "stories s", "s.date_last", nullptr, "s.num_mentions", "s.id"};
  switch (level) {
    case Level::Mentions:
      return kMentions;
    case Level::Stories:
      return kStories;
    default:
      return kEvents;
  }
}

const char* level_name(Level level) {
  return level == Level::Mentions ? "mentions" : level == Level::Stories ? "stories" : "events";
}

// "ORDER BY ..." for a sort option, or an error naming it.
Result<std::string> order_by(const ListQuery& q) {
  const LevelSql& l = level_sql(q.level);
  std::string key = q.sort.empty() ? "-date" : q.sort;
  bool desc = key[0] == '-';
  std::string name = desc ? key.substr(1) : key;
  const char* column = nullptr;
  if (name == "date") column = l.date;
  else if (name == "goldstein") column = l.goldstein;
  else if (name == "mentions") column = l.mentions;
  else
    return Error{"sort: '" + key + "' is not one of date, -date, goldstein, -goldstein, "
                 "mentions, -mentions"};
  if (!column)
    return Error{"sort: '" + key + "' is not available for " + level_name(q.level)};
  const char* dir = desc ? " DESC" : " ASC";
  return std::string(" ORDER BY ") + column + dir + ", " + l.tiebreak + dir;
}

Result<std::string> listing_sql(const ListQuery& q, SqlCondition& cond) {
  if (auto problem = validate(q.filter)) return Error{*problem};
  if (q.offset < 0) return Error{"offset: must be 0 or more"};
  auto order = order_by(q);
  if (!order) return Error{order.error()};
  cond = filter_condition(q.filter, q.level);
  return std::string(level_sql(q.level).select) + " WHERE " + cond.sql + *order;
}

}  // namespace

Result<Table> list_events(const Store& store, const ListQuery& q) {
  if (q.limit < 1 || q.limit > kMaxListLimit)
    return Error{"limit: " + std::to_string(q.limit) + " is not in 1.." +
                 std::to_string(kMaxListLimit)};
  SqlCondition cond;
  auto sql = listing_sql(q, cond);
  if (!sql) return Error{sql.error()};
  std::vector<Value> params = cond.params;
  params.emplace_back(q.limit);
  params.emplace_back(q.offset);
  auto table = run_table(store, *sql + " LIMIT ? OFFSET ?", params);
  if (!table) return Error{explain_sql_error(table.error(), q.filter)};

  auto count = RowCursor::open(
      store, std::string("SELECT count(*) FROM ") + level_sql(q.level).table + " WHERE " + cond.sql,
      cond.params);
  if (!count) return Error{explain_sql_error(count.error(), q.filter)};
  if (!count->next()) return Error{explain_sql_error(count->error(), q.filter)};
  table->total = count->integer(0);
  return table;
}

Result<int64_t> scan_events(const Store& store, const ListQuery& q,
                            const std::function<void(const std::vector<std::string>&)>& on_columns,
                            const std::function<bool(const std::vector<Value>&)>& on_row) {
  SqlCondition cond;
  auto sql = listing_sql(q, cond);
  if (!sql) return Error{sql.error()};
  std::vector<Value> params = cond.params;
  std::string text = *sql;
  if (q.offset > 0) {
    text += " LIMIT -1 OFFSET ?";
    params.emplace_back(q.offset);
  }
  auto cursor = RowCursor::open(store, text, params);
  if (!cursor) return Error{explain_sql_error(cursor.error(), q.filter)};
  int n = cursor->columns();
  std::vector<std::string> columns;
  for (int i = 0; i < n; ++i) columns.push_back(cursor->column_name(i));
  on_columns(columns);
  int64_t rows = 0;
  std::vector<Value> row(n);
  while (cursor->next()) {
    for (int i = 0; i < n; ++i) row[i] = cursor->value(i);
    ++rows;
    if (!on_row(row)) break;
  }
  if (!cursor->error().empty()) return Error{explain_sql_error(cursor->error(), q.filter)};
  return rows;
}

}  // namespace dyad
