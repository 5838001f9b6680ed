// Throw-away ClickHouse servers for tests and benchmarks: N clickhouse-server processes on
// free loopback ports, configured (in a temp dir) as the N shards of one cluster, with
// modest memory (the machine is shared). The destructor stops them and removes the dir; the
// servers also die with the process that started them (PR_SET_PDEATHSIG), so a crashed test
// leaves none behind.
#pragma once
#include <sys/types.h>

#include <memory>
#include <string>
#include <vector>

#include "dyad/result.h"

namespace dyad::ch {

struct TestClusterOptions {
  int shards = 2;
  std::string cluster = "dyad_test";
  int64_t max_memory_usage = int64_t(1) << 30;  // per query, bytes
  int max_threads = 2;                          // per query
  int startup_timeout_s = 90;
};

class TestCluster {
 public:
  // The server binary: $DYAD_CLICKHOUSE_SERVER, else /usr/sbin/clickhouse-server or
  // /usr/bin/clickhouse-server; "" when none is installed.
  static std::string server_path();
  static Result<std::unique_ptr<TestCluster>> start(const TestClusterOptions& opts = {});
  ~TestCluster();
  TestCluster(const TestCluster&) = delete;
  TestCluster& operator=(const TestCluster&) = delete;

  // "http://127.0.0.1:P1?database=DB&cluster=C,http://127.0.0.1:P2" (for
  // parse_clickhouse_spec); a one-shard cluster gets no cluster option.
  std::string spec(const std::string& database = "dyad") const;
  const std::vector<std::string>& urls() const { return urls_; }
  const std::string& cluster() const { return cluster_; }
  const std::string& dir() const { return dir_; }
  // Stops the servers (SIGTERM, then SIGKILL after 15 s) and removes the temp dir unless
  // $DYAD_KEEP_CLICKHOUSE is set.
  void stop();

 private:
  TestCluster() = default;
  std::vector<pid_t> pids_;
  std::vector<std::string> urls_;
  std::string cluster_, dir_;
};

}  // namespace dyad::ch
