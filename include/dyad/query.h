// Queries over an event store: filters, listings and aggregations, shared by `dyad query`,
// `dyad export`, the HTTP API and the ClickHouse backend.
#pragma once
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <variant>
#include <vector>

#include "dyad/result.h"

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
// Each row has the keys, then: count, mentions, goldstein_mean, goldstein_sum, and when
// "quad" is not a key, share of each quad class (quad1_share .. quad4_share).
struct AggregateQuery {
  EventFilter filter;
  Level level = Level::Events;  // count merged events (default) or mentions
  std::vector<std::string> by = {"month"};
  int64_t limit = 10000;
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

Result<Table> list_events(const Store& store, const ListQuery& q);
Result<Table> aggregate_events(const Store& store, const AggregateQuery& q);

// Output of a Table: aligned text columns, CSV (RFC 4180), or JSON (an array of objects,
// one per row, numbers as numbers, NULL as null).
void write_table_text(std::ostream& out, const Table& t);
void write_table_csv(std::ostream& out, const Table& t);
void write_table_json(std::ostream& out, const Table& t);

}  // namespace dyad
