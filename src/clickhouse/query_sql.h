// SQL for listings and aggregations over the ClickHouse tables, with the same filters,
// output columns, sorting and limits as the SQLite store's list_events / aggregate_events
// (include/dyad/query.h). Every value is validated, then quoted by sql_quote().
#pragma once
#include <string>
#include <vector>

#include "clickhouse/schema.h"
#include "dyad/query.h"
#include "dyad/result.h"

namespace dyad::ch {

// The filter as a condition over the events table (level Events) or the live mentions
// (level Mentions: the liveness test included). Stories are not kept in ClickHouse.
Result<std::string> filter_sql(const EventFilter& f, Level level, const TableNames& t);

// A mention is live while its article version has not been replaced.
std::string live_mention_sql(const TableNames& t);

// Merged events and their rollup live on their dyad's shard (rows.h), so queries that group
// by event or by dyad let each shard finish its groups: distributed_group_by_no_merge, and an
// outer ORDER BY / LIMIT over what the shards return.
inline const char* const kNoMerge = "distributed_group_by_no_merge=1";

struct ListSql {
  std::string rows;   // the page, columns as list_events names them
  std::string total;  // one row, one column: rows matching
  std::string settings;  // URL settings for `rows`
};
Result<ListSql> list_sql(const ListQuery& q, const TableNames& t);

// An aggregation: the query returns the keys (as k0, k1 ...) and raw sums, which
// finish_aggregate() turns into aggregate_events-style columns. Like the SQLite store, a
// query the monthly dyad rollup can answer (rollup_applies(), and no quad key or filter)
// reads rollup_local; use_rollup = false forces the events table.
struct AggregateSql {
  std::string sql;
  std::string settings;  // URL settings for `sql`
  std::vector<std::string> by;
  bool quad_key = false;
};
Result<AggregateSql> aggregate_sql(const AggregateQuery& q, const TableNames& t);
Result<Table> finish_aggregate(const AggregateSql& a, Table raw);

}  // namespace dyad::ch
