#include <gtest/gtest.h>

#include "io/reader_test_support.h"

namespace dyad {

using testing_support::read_all;

TEST(TabariReader, ReadsBlankLineSeparatedRecords) {
  auto r = read_all(
      "950101 DEMO-01 extra fields\n"
      "Arnor is about to restore full diplomatic ties with Gondor\n"
      "  almost five years after crowds trashed its embassy.\n"
      "\n\n"
      "20080804 AFP-2\r\n"
      "Second record.\r\n",
      "recs.txt", InputFormat::Tabari);
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_TRUE(r.problems.empty());
  EXPECT_EQ(r.articles[0].id, "DEMO-01");
  EXPECT_EQ(r.articles[0].date, "1995-01-01");
  EXPECT_EQ(r.articles[0].text,
            "Arnor is about to restore full diplomatic ties with Gondor almost five years after "
            "crowds trashed its embassy.");
  EXPECT_EQ(r.articles[0].origin, "recs.txt:1");
  EXPECT_EQ(r.articles[1].id, "AFP-2");
  EXPECT_EQ(r.articles[1].date, "2008-08-04");
  EXPECT_EQ(r.articles[1].origin, "recs.txt:6");
}

TEST(TabariReader, BadHeaderNamesTheLineAndSkipsTheRecord) {
  auto r = read_all(
      "not a header\n"
      "text of the bad record\n"
      "\n"
      "951399 BADDATE\n"
      "text\n"
      "\n"
      "950102 GOOD\n"
      "Good text.\n",
      "recs.txt", InputFormat::Tabari);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].id, "GOOD");
  ASSERT_EQ(r.problems.size(), 2u);
  EXPECT_EQ(r.problems[0].record, "recs.txt:1");
  EXPECT_NE(r.problems[0].message.find("not a header"), std::string::npos);
  EXPECT_EQ(r.problems[1].record, "recs.txt:4 (id=BADDATE)");
}

TEST(TabariReader, HeaderWithoutTextIsAProblem) {
  auto r = read_all("950101 EMPTY\n\n950102 X\nok\n", "r.txt", InputFormat::Tabari);
  ASSERT_EQ(r.articles.size(), 1u);
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].record, "r.txt:1 (id=EMPTY)");
}

// Found by fuzz/tabari_reader_fuzz.cc: a form feed after the date left an empty id.
TEST(TabariReader, HeaderWithoutAnIdIsNotAHeader) {
  auto r = read_all("950101 \t\f\v\ntext\n\n950102 OK\nGood text.\n", "recs.txt",
                    InputFormat::Tabari);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].id, "OK");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_NE(r.problems[0].record.find("recs.txt:1"), std::string::npos);
}

}  // namespace dyad
