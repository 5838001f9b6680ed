#include <gtest/gtest.h>

#include "store/store_test_support.h"

namespace dyad {
namespace {

using store_test::article;
using store_test::count;
using store_test::event;

TEST(BatchWriter, ABadArticleCostsOnlyItself) {
  auto path = store_test::temp_db("batch_writer");
  auto s = Store::open(path);
  ASSERT_TRUE(s.ok());
  std::vector<std::string> refused;
  BatchWriter w(**s, 2, [&](const Article& a, const std::string&) { refused.push_back(a.id); });
  auto a = article("a", "2022-02-17", "NPR", {event("2022-02-17", "FRA", "MLI", "0874")});
  auto clash = article("clash", "2022-02-17", "BBC", {event("2022-02-17", "FRA", "MLI", "0874")});
  clash.result.events[0].id = a.result.events[0].id;
  EXPECT_TRUE(w.add(a));
  EXPECT_TRUE(w.add(clash));  // the batch fails, then a alone gets in and clash is refused
  EXPECT_TRUE(w.add(article("c", "2022-02-17", "", {})));
  EXPECT_EQ(count(**s, "SELECT count(*) FROM articles"), 1);  // c still queued
  EXPECT_TRUE(w.flush());
  EXPECT_EQ(count(**s, "SELECT count(*) FROM articles"), 2);
  EXPECT_EQ(refused, std::vector<std::string>{"clash"});
  EXPECT_EQ(w.failed(), 1u);
  EXPECT_EQ(w.totals().articles, 2u);
  EXPECT_EQ(w.totals().mentions, 1u);
  EXPECT_EQ(w.fatal_error(), "");
}

TEST(BatchWriter, AStoreThatRefusesEverythingStopsTheRun) {
  auto path = store_test::temp_db("batch_writer_ro");
  ASSERT_TRUE(Store::open(path).ok());  // create it
  auto ro = Store::open(path, /*read_only=*/true);
  ASSERT_TRUE(ro.ok());
  size_t blamed = 0;
  BatchWriter w(**ro, 2, [&](const Article&, const std::string&) { ++blamed; });
  EXPECT_TRUE(w.add(article("a", "2022-02-17", "NPR", {})));
  EXPECT_FALSE(w.add(article("b", "2022-02-17", "NPR", {})));
  EXPECT_NE(w.fatal_error(), "");
  EXPECT_EQ(blamed, 0u);  // the articles are not to blame
  EXPECT_FALSE(w.add(article("c", "2022-02-17", "NPR", {})));
}

}  // namespace
}  // namespace dyad
