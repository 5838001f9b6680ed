#include "code/time_expressions.h"

#include <gtest/gtest.h>

#include "code/test_tokens.h"

namespace dyad {
namespace {

std::vector<int> dates(const std::string& spec, int article) {
  auto tt = testing::tagged(spec);
  std::vector<int> out;
  for (const auto& t : find_time_expressions(tt.tokens, article)) out.push_back(t.date);
  return out;
}

using D = std::vector<int>;

TEST(TimeExpressions, WeekdaysAreTheLatestOnOrBeforeTheArticleDate) {
  // 2022-02-17 is a Thursday.
  EXPECT_EQ(dates("on/IN Thursday/NNP", 20220217), D{20220217});
  EXPECT_EQ(dates("Wednesday/NNP night/NN meeting/NN", 20220217), D{20220216});
  EXPECT_EQ(dates("on/IN Friday/NNP", 20220217), D{20220211});
  // Across a month and a year boundary: 2022-03-01 is a Tuesday, 2022-01-01 a Saturday.
  EXPECT_EQ(dates("on/IN Sunday/NNP", 20220301), D{20220227});
  EXPECT_EQ(dates("on/IN Wednesday/NNP", 20220101), D{20211229});
}

TEST(TimeExpressions, RelativeDays) {
  EXPECT_EQ(dates("yesterday/NN", 20220301), D{20220228});
  EXPECT_EQ(dates("yesterday/NN", 20220101), D{20211231});
  EXPECT_EQ(dates("today/NN", 20220217), D{20220217});
  EXPECT_EQ(dates("last/JJ week/NN", 20220103), D{20211227});
  EXPECT_EQ(dates("last/JJ month/NN", 20220115), D{20211201});
  EXPECT_EQ(dates("earlier/RBR this/DT month/NN", 20220217), D{20220201});
}

TEST(TimeExpressions, ExplicitDates) {
  EXPECT_EQ(dates("on/IN Feb./NNP 16/CD", 20220217), D{20220216});
  EXPECT_EQ(dates("16/CD February/NNP 2022/CD", 20220301), D{20220216});
  EXPECT_EQ(dates("March/NNP 3/CD ,/, 2021/CD", 20220217), D{20210303});
  // A month-day after the article date belongs to the previous year.
  EXPECT_EQ(dates("on/IN Dec./NNP 30/CD", 20220105), D{20211230});
  EXPECT_EQ(dates("in/IN March/NNP 2021/CD", 20220217), D{20210301});
  EXPECT_TRUE(dates("on/IN Feb./NNP 30/CD", 20220217).empty());
}

TEST(TimeExpressions, YearsBackAreHistorical) {
  auto tt = testing::tagged("have/VBP been/VBN active/JJ since/IN 2013/CD in/IN Mali/NNP");
  auto t = find_time_expressions(tt.tokens, 20220217);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].date, 20130101);
  EXPECT_TRUE(t[0].historical);
  EXPECT_EQ(t[0].precision, "year");
}

TEST(TimeExpressions, MayAsAVerbIsNotAMonth) {
  EXPECT_TRUE(dates("they/PRP may/MD leave/VB", 20220217).empty());
  EXPECT_EQ(dates("on/IN May/NNP 9/CD", 20220217), D{20210509});
}

}  // namespace
}  // namespace dyad
