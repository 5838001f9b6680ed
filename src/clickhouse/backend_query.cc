// Listings and aggregations: SQL from query_sql.h, run on the first shard (over the
// Distributed tables when there is a cluster).
#include "clickhouse/backend_impl.h"
#include "clickhouse/query_sql.h"

namespace dyad::ch {

Result<Table> Backend::list(const ListQuery& q) {
  auto sql = list_sql(q, tables_);
  if (!sql) return Error{sql.error()};
  auto rows = shards_.front().select(sql->rows, sql->settings);
  if (!rows) return Error{rows.error()};
  auto total = shards_.front().select(sql->total);
  if (!total) return Error{total.error()};
  rows->total = 0;
  if (!total->rows.empty())
    if (auto n = std::get_if<int64_t>(&total->rows[0][0])) rows->total = *n;
  return rows;
}

Result<Table> Backend::aggregate(const AggregateQuery& q) {
  auto sql = aggregate_sql(q, tables_);
  if (!sql) return Error{sql.error()};
  auto raw = shards_.front().select(sql->sql, sql->settings);
  if (!raw) return Error{raw.error()};
  return finish_aggregate(*sql, std::move(*raw));
}

}  // namespace dyad::ch
