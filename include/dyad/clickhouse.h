// The ClickHouse backend: mentions and merged events in MergeTree tables partitioned by
// month, spread over shards through a Distributed table, spoken to over ClickHouse's HTTP
// interface. For when one SQLite file is not enough. Design, tables and limits:
// docs/clickhouse.md.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "dyad/query.h"
#include "dyad/result.h"
#include "dyad/store.h"

namespace dyad {

// Where the cluster is. Parsed from "--clickhouse URL[,URL...]" where each URL is
// http://HOST:PORT of one shard's HTTP interface; optional query parameters on the first
// URL: database=NAME (default dyad), cluster=NAME (the <remote_servers> cluster the servers
// are configured with; without it a single server is used with no Distributed table).
struct ClickHouseConfig {
  std::vector<std::string> shards;  // "http://127.0.0.1:8123"
  std::string database = "dyad";
  std::string cluster;
};
Result<ClickHouseConfig> parse_clickhouse_spec(const std::string& spec);

class ClickHouseBackend {
 public:
  // Connects, creates the database, the local MergeTree tables on every shard and the
  // Distributed tables (when a cluster is named). Errors name the shard and ClickHouse's
  // message.
  static Result<std::unique_ptr<ClickHouseBackend>> open(const ClickHouseConfig& cfg);
  virtual ~ClickHouseBackend() = default;
  // Inserts a batch of coded articles: articles and their mentions go to one shard chosen
  // by a hash of the article id; re-ingesting an article replaces it (its earlier versions
  // are marked replaced, ReplacingMergeTree on the version drops their copies), and the
  // merged events it touches are recomputed. PutStats as Store::put fills it. One put at a
  // time per backend (calls are serialised).
  virtual Result<PutStats> put(const std::vector<CodedArticle>& batch) = 0;
  // The same filters, columns and aggregations as the SQLite store (list_events,
  // aggregate_events), over the Distributed tables; thread-safe. Stories are not kept in
  // ClickHouse (level stories is an error, story_id is NULL).
  virtual Result<Table> list(const ListQuery& q) = 0;
  virtual Result<Table> aggregate(const AggregateQuery& q) = 0;
};

// parse_clickhouse_spec + ClickHouseBackend::open: the backend a --clickhouse SPEC names.
Result<std::unique_ptr<ClickHouseBackend>> open_clickhouse(const std::string& spec);

}  // namespace dyad
