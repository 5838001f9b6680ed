// `dyad ingest --clickhouse` and `dyad query --clickhouse` end to end: two real ClickHouse
// servers on loopback as the two shards of a cluster; the seed article and a copy from
// another outlet go in through the CLI, queries over the Distributed tables find the merged
// withdrawal with both articles, and an ingest of the same input again does not duplicate.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "clickhouse/test_cluster.h"
#include "run_support.h"

namespace dyad::e2e {
namespace {

class ClickHouseCli : public ::testing::Test {
 protected:
  void SetUp() override {
    if (ch::TestCluster::server_path().empty())
      GTEST_SKIP() << "clickhouse-server is not installed (Debian: apt-get install "
                      "clickhouse-server)";
    if (!shared_available()) GTEST_SKIP() << "../shared not found";
    auto c = ch::TestCluster::start();
    ASSERT_TRUE(c.ok()) << c.error();
    cluster_ = std::move(*c);
    // The seed article and the same text under another id and outlet.
    nlohmann::json a = nlohmann::json::parse(read_file(shared("acceptance/seed-article.jsonl")));
    std::string both = a.dump() + "\n";
    a["id"] = a["id"].get<std::string>() + "-copy";
    a["source"] = "Reuters";
    both += a.dump() + "\n";
    input_ = temp_path("clickhouse-cli-seed.jsonl");
    write_file(input_, both);
  }

  nlohmann::json query(const std::string& args) {
    RunResult r = run_dyad("query --clickhouse '" + cluster_->spec() + "' --format json " + args);
    EXPECT_EQ(r.status, 0) << r.err;
    return nlohmann::json::parse(r.out, nullptr, false);
  }

  std::unique_ptr<ch::TestCluster> cluster_;
  std::string input_;
};

TEST_F(ClickHouseCli, IngestThroughBothShardsAndQueryTheDistributedTables) {
  RunResult r = run_dyad("ingest --clickhouse '" + cluster_->spec() + "' " + input_);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(r.out.empty());

  nlohmann::json rows = query("--source FRA --target MLI --code 0874");
  ASSERT_TRUE(rows.is_array()) << rows;
  ASSERT_EQ(rows.size(), 1u) << rows;
  EXPECT_EQ(rows[0]["code"], "0874");
  EXPECT_EQ(rows[0]["num_articles"], 2);
  EXPECT_EQ(rows[0]["num_sources"], 2);
  nlohmann::json months = query("--by month");
  ASSERT_EQ(months.size(), 1u) << months;
  EXPECT_EQ(months[0]["month"], "2022-02");
  const auto events = months[0]["count"].get<int64_t>();
  EXPECT_GT(events, 0);

  // Again: replaced, not duplicated.
  r = run_dyad("ingest --clickhouse '" + cluster_->spec() + "' " + input_);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(query("--by month")[0]["count"].get<int64_t>(), events);
  EXPECT_EQ(query("--source FRA --target MLI --code 0874")[0]["num_articles"], 2);
}

TEST_F(ClickHouseCli, DbAndClickhouseExcludeEachOther) {
  RunResult r = run_dyad("query --db x.db --clickhouse '" + cluster_->spec() + "'");
  EXPECT_NE(r.status, 0);
  r = run_dyad("query");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--db FILE or --clickhouse URL"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace dyad::e2e
