// dyad query --db F [filters] [--by KEYS]: lists stored mentions, events or stories, or
// aggregates them when --by names grouping keys. Results go to stdout as an aligned table,
// CSV or JSON; errors to stderr (exit status 2 for bad options and values).
#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "cli/filter_flags.h"
#include "cli/store_commands.h"
#include "dyad/clickhouse.h"
#include "dyad/query.h"
#include "dyad/store.h"

namespace dyad::cli {

namespace {

// Errors that come from what the user asked for (exit 2) rather than from the store (exit 1).
bool is_usage_error(const std::string& message) {
  for (const char* field : {"sort:", "limit:", "offset:", "by:", "level:", "text:"})
    if (message.rfind(field, 0) == 0) return true;
  return false;
}

}  // namespace

int cmd_query(int argc, char** argv) {
  CLI::App app{"Filter, list and aggregate the events of a store", "dyad query"};
  std::string db, level_text = "events", sort = "-date", format = "table";
  std::vector<std::string> by;
  int64_t limit = -1, offset = 0;
  FilterFlags flags;
  std::string clickhouse;
  auto* db_opt = app.add_option("--db", db, "the event store (SQLite file)");
  auto* ch_opt = app.add_option("--clickhouse", clickhouse,
                                "query ClickHouse instead: http://HOST:PORT[,URL...]"
                                "[?cluster=NAME&database=NAME] (docs/clickhouse.md)");
  db_opt->excludes(ch_opt);
  add_filter_flags(app, flags);
  app.add_option("--level", level_text, "mentions, events (merged, the default) or stories");
  app.add_option("--by", by,
                 "aggregate by these keys (comma-separated): day week month year dyad source "
                 "target country source_country target_country code root quad place")
      ->delimiter(',');
  app.add_option("--limit", limit, "rows to show: listings 1..10000 (100), aggregations (10000)");
  app.add_option("--offset", offset, "rows to skip (listings)");
  app.add_option("--sort", sort, "listings: date, -date (default), goldstein, -goldstein, "
                                 "mentions, -mentions");
  app.add_option("--format", format, "table (default), csv or json")
      ->check(CLI::IsMember({"table", "csv", "json"}));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int status = app.exit(e);
    return status == 0 ? 0 : 2;
  }
  auto filter = to_filter(flags);
  if (!filter) {
    std::fprintf(stderr, "dyad query: %s\n", filter.error().c_str());
    return 2;
  }
  auto level = parse_level(level_text);
  if (!level) {
    std::fprintf(stderr, "dyad query: %s\n", level.error().c_str());
    return 2;
  }

  if (db.empty() && clickhouse.empty()) {
    std::fprintf(stderr, "dyad query: --db FILE or --clickhouse URL is required\n");
    return 2;
  }
  // The same queries run on the SQLite store or on ClickHouse's Distributed tables.
  std::unique_ptr<Store> store;
  std::unique_ptr<ClickHouseBackend> cluster;
  if (!clickhouse.empty()) {
    auto opened = open_clickhouse(clickhouse);
    if (!opened) {
      std::fprintf(stderr, "dyad query: %s\n", opened.error().c_str());
      return 2;
    }
    cluster = std::move(*opened);
  } else {
    auto opened = Store::open(db, true);
    if (!opened) {
      std::fprintf(stderr, "dyad query: %s\n", opened.error().c_str());
      return 2;
    }
    store = std::move(*opened);
  }

  Result<Table> result = Table{};
  if (!by.empty()) {
    AggregateQuery q;
    q.filter = *filter;
    q.level = *level;
    q.by = by;
    if (limit >= 0) q.limit = limit;
    result = store ? aggregate_events(*store, q) : cluster->aggregate(q);
  } else {
    ListQuery q;
    q.filter = *filter;
    q.level = *level;
    q.sort = sort;
    q.offset = offset;
    if (limit >= 0) q.limit = limit;
    result = store ? list_events(*store, q) : cluster->list(q);
  }
  if (!result) {
    std::fprintf(stderr, "dyad query: %s\n", result.error().c_str());
    return is_usage_error(result.error()) ? 2 : 1;
  }
  std::ios::sync_with_stdio(false);
  if (format == "csv")
    write_table_csv(std::cout, *result);
  else if (format == "json")
    write_table_json(std::cout, *result);
  else
    write_table_text(std::cout, *result);
  std::cout.flush();
  return std::cout ? 0 : 1;
}

}  // namespace dyad::cli
