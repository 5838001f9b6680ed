#include <gtest/gtest.h>

#include "io/reader_test_support.h"
#include "io/readers.h"

namespace dyad {

using io_detail::sniff_format;
using testing_support::read_all;

TEST(SniffFormat, LooksAtTheFirstNonBlankBytes) {
  EXPECT_EQ(sniff_format("  \n{\"id\":1}"), InputFormat::Jsonl);
  EXPECT_EQ(sniff_format("<Sentences>"), InputFormat::PetrXml);
  EXPECT_EQ(sniff_format("\n950101 DEMO-01\ntext"), InputFormat::Tabari);
  EXPECT_EQ(sniff_format("20080804 AFP-1\ntext"), InputFormat::Tabari);
  EXPECT_EQ(sniff_format("President Macron said"), InputFormat::Text);
  EXPECT_EQ(sniff_format("1995 was a year"), InputFormat::Text);
  EXPECT_EQ(sniff_format(""), InputFormat::Text);
}

TEST(OpenReader, AutoPicksTheReader) {
  auto jsonl = read_all("\xEF\xBB\xBF{\"id\":\"a\",\"date\":\"2020-01-01\",\"text\":\"x\"}\n", "in",
                        InputFormat::Auto);
  ASSERT_EQ(jsonl.articles.size(), 1u);
  EXPECT_EQ(jsonl.articles[0].id, "a");

  auto tabari = read_all("950101 T-1\nSome text.\n", "in", InputFormat::Auto);
  ASSERT_EQ(tabari.articles.size(), 1u);
  EXPECT_EQ(tabari.articles[0].id, "T-1");

  auto text = read_all("Plain words.", "story.txt", InputFormat::Auto, "2021-03-04");
  ASSERT_EQ(text.articles.size(), 1u);
  EXPECT_EQ(text.articles[0].id, "story.txt");
}

TEST(OpenReader, ExplicitFormatOverridesSniffing) {
  // Looks like JSON, but the caller says it is plain text.
  auto r = read_all("{not json}", "x.txt", InputFormat::Text, "2021-03-04");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].text, "{not json}");
}

}  // namespace dyad
