// Listings of mentions, merged events or stories: filter, sort, page, and count the total.
#include <sqlite3.h>

#include <optional>
#include <string>
#include <utility>

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

// A page: the rowids of the page are chosen first, from the filter's table alone (often
// through a covering index: a few bytes per candidate row to sort), and only those rows are
// read in full and joined. Sorting every matching row with all its columns (and, for
// mentions, its sentence and article) to keep 100 was two thirds of a listing's time.
struct PageSql {
  std::string page;    // parameters: the filter's, then limit and offset
  std::string recent;  // the same through events_recent ("" when it does not apply)
  std::string count;   // parameters: the filter's
};

// Events newest (or oldest) first filtered on actors and dates only: the page can be read in
// date order from events_recent (date, id, source, target), checking the actors in the
// index and stopping at the page's end, instead of sorting every match. That wins when the
// matches are many (USA: 100 of 1,900 found in the first 600 entries), loses when they are
// few (the whole index is read): list_page chooses by the filter's total.
bool recent_index_applies(const ListQuery& q) {
  const EventFilter& f = q.filter;
  std::string sort = q.sort.empty() ? "-date" : q.sort;
  return q.level == Level::Events && (sort == "-date" || sort == "date") && f.country.empty() &&
         f.code.empty() && f.root.empty() && !f.quad && f.place.empty() && f.text.empty() &&
         f.article.empty() && !f.event_id;
}

Result<PageSql> page_sql(const ListQuery& q, SqlCondition& cond) {
  if (auto problem = validate(q.filter)) return Error{*problem};
  if (q.offset < 0) return Error{"offset: must be 0 or more"};
  auto order = order_by(q);
  if (!order) return Error{order.error()};
  cond = filter_condition(q.filter, q.level);
  const LevelSql& l = level_sql(q.level);
  const char* alias = q.level == Level::Mentions ? "m" : q.level == Level::Stories ? "s" : "e";
  std::string rowid = std::string(alias) + ".rowid";
  PageSql out;
  out.page = std::string(l.select) + " WHERE " + rowid + " IN (SELECT " + rowid + " FROM " +
             l.table + " WHERE " + cond.sql + *order + " LIMIT ? OFFSET ?)" + *order;
  if (recent_index_applies(q))
    out.recent = std::string(l.select) + " WHERE e.rowid IN (SELECT e.rowid FROM events e "
                 "INDEXED BY events_recent WHERE " + cond.sql + *order + " LIMIT ? OFFSET ?)" +
                 *order;
  out.count = std::string("SELECT count(*) FROM ") + l.table + " WHERE " + cond.sql;
  return out;
}

// A statement for one call: from the cache (reset when done, so that it holds no read
// transaction open), or prepared for this call and finalized.
class Statement {
 public:
  static Result<Statement> open(const Store& store, StatementCache* cache, const std::string& sql,
                                const std::vector<Value>& params) {
    Statement s;
    s.cached_ = cache != nullptr;
    if (cache) {
      auto st = cache->statement(store, sql);
      if (!st) return Error{st.error()};
      s.stmt_ = *st;
    } else if (sqlite3_prepare_v2(store.db(), sql.c_str(), static_cast<int>(sql.size()), &s.stmt_,
                                  nullptr) != SQLITE_OK) {
      return Error{std::string(sqlite3_errmsg(store.db()))};
    }
    std::string error;
    if (!bind_params(s.stmt_, params, error)) return Error{error};
    return s;
  }
  Statement() = default;
  Statement(Statement&& o) noexcept : stmt_(std::exchange(o.stmt_, nullptr)), cached_(o.cached_) {}
  Statement& operator=(Statement&&) = delete;
  ~Statement() {
    if (cached_)
      sqlite3_reset(stmt_);
    else
      sqlite3_finalize(stmt_);
  }
  sqlite3_stmt* get() const { return stmt_; }

 private:
  sqlite3_stmt* stmt_ = nullptr;
  bool cached_ = false;
};

// count(*) of `sql`, from the cache's totals when it has them.
Result<int64_t> count_rows(const Store& store, StatementCache* cache, const std::string& sql,
                           const std::vector<Value>& params) {
  std::string key;
  if (cache) {
    key = sql;
    for (const Value& v : params) {
      key += '\x1f';
      key += static_cast<char>('0' + v.index());
      key += value_text(v);
    }
    if (auto total = cache->total(store, key)) return *total;
  }
  auto count = Statement::open(store, cache, sql, params);
  if (!count) return Error{count.error()};
  if (sqlite3_step(count->get()) != SQLITE_ROW)
    return Error{std::string(sqlite3_errmsg(sqlite3_db_handle(count->get())))};
  int64_t n = sqlite3_column_int64(count->get(), 0);
  if (cache) cache->keep_total(key, n);
  return n;
}

// True when reading events_recent in date order costs less than sorting all `total` matches:
// about (offset + limit) * events / total index entries read against `total` sorted, a
// sorted entry costing about three read ones (measured on the Reuters store).
bool recent_index_pays(const ListQuery& q, int64_t total, int64_t events) {
  if (total <= 0) return false;
  double read = static_cast<double>(q.offset + q.limit) * static_cast<double>(events) /
                static_cast<double>(total);
  return read < 3.0 * static_cast<double>(total);
}

Result<Table> list_page(const Store& store, const ListQuery& q, StatementCache* cache) {
  if (q.limit < 1 || q.limit > kMaxListLimit)
    return Error{"limit: " + std::to_string(q.limit) + " is not in 1.." +
                 std::to_string(kMaxListLimit)};
  SqlCondition cond;
  auto sql = page_sql(q, cond);
  if (!sql) return Error{sql.error()};
  std::vector<Value> params = cond.params;
  params.emplace_back(q.limit);
  params.emplace_back(q.offset);

  // The total is the count of the filter, whatever the page; the cache keeps the totals of
  // an unchanged store.
  int64_t total = -1;
  std::optional<Statement> page;
  if (!sql->recent.empty()) {
    auto counted = count_rows(store, cache, sql->count, cond.params);
    if (!counted) return Error{explain_sql_error(counted.error(), q.filter)};
    total = *counted;
    auto events = count_rows(store, cache, "SELECT count(*) FROM events", {});
    if (!events) return Error{events.error()};
    if (recent_index_pays(q, total, *events)) {
      // A store opened read-only from before the index existed: the usual plan.
      auto recent = Statement::open(store, cache, sql->recent, params);
      if (recent) page.emplace(std::move(*recent));
    }
  }
  if (!page) {
    auto usual = Statement::open(store, cache, sql->page, params);
    if (!usual) return Error{explain_sql_error(usual.error(), q.filter)};
    page.emplace(std::move(*usual));
  }
  std::string error;
  Table table;
  if (!collect_rows(page->get(), table, error)) return Error{explain_sql_error(error, q.filter)};
  // Given back before another statement is taken: the cache may drop its statements then.
  page.reset();
  if (total >= 0) {
    table.total = total;
  } else if (q.offset == 0 && static_cast<int64_t>(table.rows.size()) < q.limit) {
    table.total = static_cast<int64_t>(table.rows.size());  // the first page holds them all
  } else {
    auto counted = count_rows(store, cache, sql->count, cond.params);
    if (!counted) return Error{explain_sql_error(counted.error(), q.filter)};
    table.total = *counted;
  }
  return table;
}

}  // namespace

Result<Table> list_events(const Store& store, const ListQuery& q) {
  return list_page(store, q, nullptr);
}

Result<Table> list_events(const Store& store, const ListQuery& q, StatementCache& cache) {
  return list_page(store, q, &cache);
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
