// The ClickHouse backend behind dyad::ClickHouseBackend (include/dyad/clickhouse.h).
#pragma once
#include <mutex>
#include <vector>

#include "clickhouse/connection.h"
#include "clickhouse/schema.h"
#include "dyad/clickhouse.h"

namespace dyad::ch {

class Backend final : public ClickHouseBackend {
 public:
  Backend(ClickHouseConfig cfg, std::vector<Connection> shards)
      : cfg_(std::move(cfg)),
        shards_(std::move(shards)),
        tables_(table_names(cfg_.database, cfg_.cluster)) {}

  Result<PutStats> put(const std::vector<CodedArticle>& batch) override;
  Result<Table> list(const ListQuery& q) override;
  Result<Table> aggregate(const AggregateQuery& q) override;

 private:
  // A version newer than every one this process handed out and than `floor`.
  uint64_t next_version(uint64_t floor);

  ClickHouseConfig cfg_;
  std::vector<Connection> shards_;
  TableNames tables_;
  std::mutex version_mutex_;
  uint64_t last_version_ = 0;
  // One put at a time per process: two puts touching the same event would otherwise read
  // the same stored state and both write a state row for it.
  std::mutex put_mutex_;
};

}  // namespace dyad::ch
