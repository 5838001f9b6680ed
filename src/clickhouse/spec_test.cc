#include <gtest/gtest.h>

#include "dyad/clickhouse.h"

namespace dyad {
namespace {

TEST(ClickHouseSpec, OneServerWithDefaults) {
  auto c = parse_clickhouse_spec("http://127.0.0.1:8123/");
  ASSERT_TRUE(c.ok()) << c.error();
  EXPECT_EQ(c->shards, std::vector<std::string>{"http://127.0.0.1:8123"});
  EXPECT_EQ(c->database, "dyad");
  EXPECT_EQ(c->cluster, "");
}

TEST(ClickHouseSpec, ShardsWithDatabaseAndCluster) {
  auto c = parse_clickhouse_spec("http://h1:8123?database=events&cluster=two,http://h2:9123");
  ASSERT_TRUE(c.ok()) << c.error();
  EXPECT_EQ(c->shards, (std::vector<std::string>{"http://h1:8123", "http://h2:9123"}));
  EXPECT_EQ(c->database, "events");
  EXPECT_EQ(c->cluster, "two");
}

TEST(ClickHouseSpec, ErrorsNameTheProblem) {
  auto bad = [](const std::string& spec) {
    auto c = parse_clickhouse_spec(spec);
    EXPECT_FALSE(c.ok()) << spec;
    return c.ok() ? std::string() : c.error();
  };
  EXPECT_NE(bad("").find("empty"), std::string::npos);
  EXPECT_NE(bad("127.0.0.1:8123").find("http://"), std::string::npos);
  EXPECT_NE(bad("ftp://h:1").find("scheme"), std::string::npos);
  EXPECT_NE(bad("http://h:80x").find("port"), std::string::npos);
  EXPECT_NE(bad("http://h1:1,http://h2:2").find("cluster"), std::string::npos);
  EXPECT_NE(bad("http://h:1?database=x;DROP").find("database"), std::string::npos);
  EXPECT_NE(bad("http://h:1?cluster=a`b").find("cluster"), std::string::npos);
  EXPECT_NE(bad("http://h:1?user=x").find("unknown option"), std::string::npos);
  EXPECT_NE(bad("http://h1:1?cluster=c,http://h2:2?database=d").find("first URL"),
            std::string::npos);
  EXPECT_NE(bad("http://h:1/path").find("HOST:PORT"), std::string::npos);
}

}  // namespace
}  // namespace dyad
