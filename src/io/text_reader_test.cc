#include <gtest/gtest.h>

#include "io/reader_test_support.h"

namespace dyad {

using testing_support::read_all;

TEST(TextReader, WholeInputIsOneArticleNamedAfterTheFile) {
  auto r =
      read_all("Line one.\nLine two.\n", "/tmp/news/story.txt", InputFormat::Text, "2022-02-17");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].id, "story.txt");
  EXPECT_EQ(r.articles[0].date, "2022-02-17");
  EXPECT_EQ(r.articles[0].text, "Line one.\nLine two.\n");
  EXPECT_EQ(r.articles[0].origin, "/tmp/news/story.txt:1");
  EXPECT_TRUE(r.problems.empty());
}

TEST(TextReader, NeedsADefaultDate) {
  auto r = read_all("Some text.", "story.txt", InputFormat::Text);
  EXPECT_TRUE(r.articles.empty());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].record, "story.txt:1 (id=story.txt)");
}

TEST(TextReader, RejectsInvalidUtf8AndEmptyInput) {
  auto bad = read_all("caf\xC3 x", "-", InputFormat::Text, "2022-02-17");
  EXPECT_TRUE(bad.articles.empty());
  ASSERT_EQ(bad.problems.size(), 1u);
  EXPECT_NE(bad.problems[0].message.find("UTF-8"), std::string::npos);
  EXPECT_EQ(bad.problems[0].record, "-:1 (id=stdin)");

  auto empty = read_all("  \n", "e.txt", InputFormat::Text, "2022-02-17");
  EXPECT_TRUE(empty.articles.empty());
  EXPECT_EQ(empty.problems.size(), 1u);
}

TEST(TextReader, OverlongInputIsSkipped) {
  ReaderOptions opts;
  opts.format = InputFormat::Text;
  opts.default_date = "2022-02-17";
  opts.max_record_bytes = 10;
  auto r = read_all(std::string(200000, 'z'), "big.txt", opts);
  EXPECT_TRUE(r.articles.empty());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_NE(r.problems[0].message.find("longer than 10"), std::string::npos);
}

}  // namespace dyad
