// Queries over an event store: filters, listings and aggregations, shared by `dyad query`,
// `dyad export`, the HTTP API and the ClickHouse backend.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "dyad/result.h"

struct sqlite3_stmt;

namespace dyad {

class Store;

// Filters; empty fields do not filter. Actor codes match by prefix: source "FRA" matches
// FRA, FRAGOV, FRAMIL ("FRA*" is accepted too).
struct EventFilter {
  std::string source;     // source actor code prefix
  std::string target;     // target actor code prefix
  std::string actor;      // either side
  std::string country;    // CAMEO country of either actor ("MLI") or ISO2 of the place ("ML")
  std::string code;       // event code, exact ("0874"); "19*" = prefix
  std::string root;       // root code ("19")
  std::optional<int> quad;  // 1..4
  std::string date_from;  // YYYY-MM-DD, inclusive
  std::string date_to;    // YYYY-MM-DD, inclusive
  std::string place;      // place name (case-insensitive) or ISO2 country of the location
  std::string text;       // SQLite FTS5 query over sentence text ("withdraw*", "\"Malian army\"")
  std::string article;    // article id, exact
  std::optional<int64_t> event_id;  // events.id: its mentions, or the event itself
};

// What a row is: one mention (a coded sentence), one merged event (one-a-day: date, source,
// target, code), or one story cluster.
enum class Level { Mentions, Events, Stories };

struct ListQuery {
  EventFilter filter;
  Level level = Level::Events;
  int64_t limit = 100;  // 1..10000
  int64_t offset = 0;
  // "date", "-date" (newest first, the default), "goldstein", "-goldstein", "mentions",
  // "-mentions" (events and stories only).
  std::string sort = "-date";
};

// Aggregations. `by` lists the grouping keys in order, from: "day", "week" (ISO week,
// YYYY-Www), "month", "year", "dyad" (source and target), "source", "target", "country"
// (of the location), "source_country", "target_country", "code", "root", "quad", "place"
// (place name with its country, lat and lon: points for a map).
// Key columns: day (YYYY-MM-DD), week ("2022-W07"), month ("2022-02"), year ("2022") as
// text; dyad gives source and target; place gives place, country (unless "country" is a key
// too), lat, lon; quad is NULL for codes outside the CAMEO table.
// Each row has the keys, then: count (events, or mentions at the mentions level), mentions
// (sum of the events' num_mentions), goldstein_mean (NULL when no event has a score),
// goldstein_sum, and when "quad" is not a key, the share of each quad class among all
// counted rows (quad1_share .. quad4_share).
// Rows are ordered by the keys. limit: 1..1,000,000 rows.
// Fast path: when level is Events, every key is one of month, year, dyad, source, target,
// quad, and the filter uses only source, target, actor, quad and a date range on month
// boundaries (from = first day of a month, to = last day of a month), the rows are read
// from rollup_dyad_month instead of events. The results are the same (Goldstein sums up to
// floating-point rounding); use_rollup = false forces the events table (tests, benchmarks).
struct AggregateQuery {
  EventFilter filter;
  Level level = Level::Events;  // count merged events (default) or mentions
  std::vector<std::string> by = {"month"};
  int64_t limit = 10000;
  bool use_rollup = true;
};

// A result table: named columns, rows of values.
using Value = std::variant<std::monostate, int64_t, double, std::string>;
struct Table {
  std::vector<std::string> columns;
  std::vector<std::vector<Value>> rows;
  int64_t total = -1;  // listings: rows matching before limit/offset (-1 = not counted)
};

// Parses a text form of a Level ("mentions", "events", "stories"); error for anything else.
Result<Level> parse_level(const std::string& s);
// Checks a filter (dates are YYYY-MM-DD, quad 1..4, codes are digits/letters, the FTS query
// is non-empty when given ...) and returns an error message naming the bad field.
std::optional<std::string> validate(const EventFilter& f);

// Listing columns:
//  mentions: id, event_id, date, article_date, source, target, code, root, quad, goldstein,
//            status, place, country, lat, lon, confidence, plover_event, article_id,
//            sentence_idx, sentence (its text), url, title, outlet
//  events:   id, date, source, target, code, root, quad, goldstein, place, country, lat, lon,
//            num_mentions, num_sources, num_articles, story_id, source_url
//  stories:  id, source, target, root, country, date_first, date_last, num_events,
//            num_mentions, num_sources, num_articles
// Stories match source/target/actor/root on their own columns, the date range when their
// span overlaps it, and every other filter when one of their events matches it.
// Errors: validate()'s messages, a bad sort or limit, SQLite's message (a bad FTS5 query
// gives "text: ...").
Result<Table> list_events(const Store& store, const ListQuery& q);

// Prepared statements kept for reuse on ONE connection (a server's read connection answers
// the same few query shapes again and again; preparing costs as much as a small query), and
// the listing totals counted on it, kept until the store changes (PRAGMA data_version).
// Not thread-safe: one per connection, used by one thread at a time. Destroy it before the
// Store whose statements it holds; used with another Store it drops everything first.
class StatementCache {
 public:
  explicit StatementCache(size_t max_statements = 64);
  ~StatementCache();
  StatementCache(const StatementCache&) = delete;
  StatementCache& operator=(const StatementCache&) = delete;

  // The statement for `sql` on `store`, reset with its bindings cleared, prepared on first
  // use; an error with SQLite's message when it does not compile. Valid until the next call
  // (past the budget that call finalizes the statements kept): reset it before then.
  Result<sqlite3_stmt*> statement(const Store& store, const std::string& sql);
  // Listing totals by count statement and parameters, valid while the store is unchanged.
  std::optional<int64_t> total(const Store& store, const std::string& key);
  void keep_total(const std::string& key, int64_t total);
  size_t size() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// list_events with its statements (and totals) from `cache`: the same rows and total.
Result<Table> list_events(const Store& store, const ListQuery& q, StatementCache& cache);
Result<Table> aggregate_events(const Store& store, const AggregateQuery& q);

// True when aggregate_events would read rollup_dyad_month for this query (see above).
bool rollup_applies(const AggregateQuery& q);

// Streams a listing: like list_events but without the limit (offset and sort kept), calling
// on_columns once, then on_row for each row as it is read, so that exports of millions of
// rows never sit in memory. on_row returns false to stop early. Returns the rows delivered.
Result<int64_t> scan_events(const Store& store, const ListQuery& q,
                            const std::function<void(const std::vector<std::string>&)>& on_columns,
                            const std::function<bool(const std::vector<Value>&)>& on_row);

// ---- SQL building blocks (exports, the HTTP API) -------------------------------------------

// A filter as an SQL condition with its parameters in order (values are always bound, never
// pasted into the text). The condition refers to the level's table under the alias `m`
// (mentions), `e` (events) or `s` (stories); "1" when nothing filters. Call validate() first:
// the condition of an invalid filter is unspecified.
struct SqlCondition {
  std::string sql;
  std::vector<Value> params;
};
SqlCondition filter_condition(const EventFilter& f, Level level);

// A prepared SELECT stepped row by row.
class RowCursor {
 public:
  // Prepares `sql` on the store's connection and binds `params` (?1, ?2 ... in order).
  static Result<RowCursor> open(const Store& store, const std::string& sql,
                                const std::vector<Value>& params = {});
  RowCursor(RowCursor&& other) noexcept;
  RowCursor& operator=(RowCursor&& other) noexcept;
  RowCursor(const RowCursor&) = delete;
  RowCursor& operator=(const RowCursor&) = delete;
  ~RowCursor();

  // Steps to the next row: false at the end or on an error (then error() is not empty).
  bool next();
  const std::string& error() const { return error_; }
  int columns() const;
  std::string column_name(int i) const;
  bool is_null(int i) const;
  int64_t integer(int i) const;
  double real(int i) const;
  std::string_view text(int i) const;  // "" for NULL; valid until the next step
  Value value(int i) const;            // typed as SQLite stored it

 private:
  explicit RowCursor(sqlite3_stmt* stmt) : stmt_(stmt) {}
  sqlite3_stmt* stmt_ = nullptr;
  std::string error_;
};

// Output of a Table: aligned text columns, CSV (RFC 4180), or JSON (an array of objects,
// one per row, numbers as numbers, NULL as null).
void write_table_text(std::ostream& out, const Table& t);
void write_table_csv(std::ostream& out, const Table& t);
void write_table_json(std::ostream& out, const Table& t);
// One CSV record (RFC 4180: fields with a comma, quote or line break are quoted, quotes
// doubled; CRLF line end), for writers that stream rows.
void write_csv_row(std::ostream& out, const std::vector<Value>& row);
// A value as text: "" for NULL, integers as written, reals in the shortest form that reads
// back the same.
std::string value_text(const Value& v);

}  // namespace dyad
