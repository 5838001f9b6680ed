#include <gtest/gtest.h>

#include "store/store_test_support.h"

namespace dyad {
namespace {

using store_test::article;
using store_test::count;
using store_test::event;
using store_test::open_store;
using store_test::scalar;

TEST(Rollup, CountsEventsAndMentionsPerMonthDyadAndQuad) {
  auto s = open_store("rollup");
  ASSERT_TRUE(s);
  Event outside = event("2022-02-20", "FRA", "MLI", "999");  // not in the CAMEO table
  outside.quad.reset();
  outside.goldstein.reset();
  ASSERT_TRUE(s->put({article("a", "2022-02-17", "NPR",
                              {event("2022-02-17", "FRA", "MLI", "0874"),
                               event("2022-02-28", "FRA", "MLI", "042", 1), outside}),
                      article("b", "2022-02-17", "BBC",
                              {event("2022-02-17", "FRA", "MLI", "0874"),
                               event("2022-03-01", "FRA", "MLI", "0874", 1)})})
                  .ok());
  const char* row = "SELECT events||'/'||mentions||'/'||goldstein_sum||'/'||goldstein_n "
                    "FROM rollup_dyad_month WHERE month='%s' AND quad=%d";
  auto get = [&](const char* month, int quad) {
    char sql[256];
    std::snprintf(sql, sizeof sql, row, month, quad);
    return scalar(*s, sql);
  };
  EXPECT_EQ(get("2022-02", 2), "1/2/1.0/1");  // 0874, two mentions
  EXPECT_EQ(get("2022-02", 1), "1/1/1.0/1");  // 042
  EXPECT_EQ(get("2022-02", 0), "1/1/0.0/0");  // the code outside the table
  EXPECT_EQ(get("2022-03", 2), "1/1/1.0/1");
  EXPECT_EQ(count(*s, "SELECT count(*) FROM rollup_dyad_month"), 4);
  // The rollup agrees with the events table.
  EXPECT_EQ(count(*s, "SELECT sum(events) FROM rollup_dyad_month"),
            count(*s, "SELECT count(*) FROM events"));
  EXPECT_EQ(count(*s, "SELECT sum(mentions) FROM rollup_dyad_month"),
            count(*s, "SELECT count(*) FROM mentions"));
  // Removing article b drops March and one February mention.
  ASSERT_TRUE(s->put({article("b", "2022-02-17", "BBC", {})}).ok());
  EXPECT_EQ(get("2022-02", 2), "1/1/1.0/1");
  EXPECT_EQ(get("2022-03", 2), "");
  EXPECT_EQ(count(*s, "SELECT count(*) FROM rollup_dyad_month"), 3);
}

}  // namespace
}  // namespace dyad
