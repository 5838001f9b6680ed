#include "dyad/article.h"

#include <gtest/gtest.h>

#include "dyad/pos.h"

namespace dyad {

TEST(ParseDate, AcceptsIsoCompactAndTwoDigitYears) {
  EXPECT_EQ(parse_date("2022-02-17"), 20220217);
  EXPECT_EQ(parse_date("20220217"), 20220217);
  EXPECT_EQ(parse_date("950601"), 19950601);
  EXPECT_EQ(parse_date("170514"), 20170514);
}

TEST(ParseDate, RejectsImpossibleDates) {
  EXPECT_EQ(parse_date("2022-02-30"), 0);
  EXPECT_EQ(parse_date("2004017"), 0);
  EXPECT_EQ(parse_date(""), 0);
  EXPECT_EQ(parse_date("2022-13-01"), 0);
  EXPECT_EQ(parse_date("2024-02-29"), 20240229);
  EXPECT_EQ(parse_date("2023-02-29"), 0);
}

TEST(FormatDate, PadsFields) {
  EXPECT_EQ(format_date(20220217), "2022-02-17");
  EXPECT_EQ(format_date(991231), "0099-12-31");
  EXPECT_EQ(format_date(0), "0000-00-00");
  EXPECT_EQ(format_date(99991231), "9999-12-31");
}

TEST(FormatDate, OutOfRangeValuesPrintLikePrintf) {
  EXPECT_EQ(format_date(123456789), "12345-67-89");
  EXPECT_EQ(format_date(-20220217), "-2022--2--17");
}

TEST(Pos, RoundTripsNames) {
  EXPECT_EQ(pos_from_string("PRP$"), Pos::PRPS);
  EXPECT_EQ(pos_name(Pos::VBD), "VBD");
  EXPECT_EQ(pos_from_string(","), Pos::COMMA);
  EXPECT_EQ(pos_from_string("nonsense"), Pos::UNK);
}

}  // namespace dyad
