// ClickHouseBackend::open: check every shard answers, create the schema, check the cluster.
#include "clickhouse/backend_impl.h"
#include "clickhouse/sql_text.h"

namespace dyad {

Result<std::unique_ptr<ClickHouseBackend>> ClickHouseBackend::open(const ClickHouseConfig& cfg) {
  if (cfg.shards.empty()) return Error{"ClickHouse: no shard URL given"};
  if (cfg.shards.size() > 1 && cfg.cluster.empty())
    return Error{"ClickHouse: several shards need a cluster name (?cluster=NAME)"};
  std::vector<ch::Connection> shards;
  for (const auto& url : cfg.shards) shards.emplace_back(url);
  for (const auto& shard : shards) {
    for (const auto& ddl : ch::local_ddl(cfg.database)) {
      auto r = shard.execute(ddl);
      if (!r) return Error{r.error()};
    }
  }
  if (!cfg.cluster.empty()) {
    // The Distributed tables read the shards the server's <remote_servers> names; data put
    // through these URLs is only seen if they are the same servers, in number at least.
    auto n = shards.front().select("SELECT count() AS n FROM system.clusters WHERE cluster = " +
                                   ch::sql_quote(cfg.cluster) + " AND replica_num = 1");
    if (!n) return Error{n.error()};
    int64_t count = n->rows.empty() ? 0 : std::get<int64_t>(n->rows[0][0]);
    if (count == 0)
      return Error{"ClickHouse " + cfg.shards.front() + ": no cluster '" + cfg.cluster +
                   "' in its <remote_servers>"};
    if (static_cast<size_t>(count) != cfg.shards.size())
      return Error{"ClickHouse: cluster '" + cfg.cluster + "' has " + std::to_string(count) +
                   " shards but " + std::to_string(cfg.shards.size()) + " URLs were given"};
    for (const auto& ddl : ch::distributed_ddl(cfg.database, cfg.cluster)) {
      auto r = shards.front().execute(ddl);
      if (!r) return Error{r.error()};
    }
  }
  return std::unique_ptr<ClickHouseBackend>(new ch::Backend(cfg, std::move(shards)));
}

}  // namespace dyad
