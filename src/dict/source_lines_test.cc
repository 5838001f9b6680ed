#include "dict/source_lines.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad::dict {
namespace {

std::vector<std::pair<int, std::string>> read_all(std::string_view text) {
  std::vector<std::pair<int, std::string>> out;
  LineReader r(text);
  SourceLine l;
  while (r.next(l)) out.emplace_back(l.number, std::string(l.text));
  return out;
}

TEST(LineReader, DropsHashCommentsAndBlankLines) {
  auto lines = read_all("# header\n\nALPHA [X] # note\n   \n\tBETA\n");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], std::make_pair(3, std::string("ALPHA [X]")));
  EXPECT_EQ(lines[1], std::make_pair(5, std::string("BETA")));
}

TEST(LineReader, KeepsHashInsideBrackets) {
  auto lines = read_all("- * WORD  [###]  # comment\n");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].second, "- * WORD  [###]");
}

TEST(LineReader, SemicolonIsAnOldComment) {
  auto lines = read_all("SCRAP {SCRAPS SCRAPPED};someone 8/30/93\n");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].second, "SCRAP {SCRAPS SCRAPPED}");
}

TEST(LineReader, XmlCommentsSingleInlineAndMultiLine) {
  auto lines = read_all(
      "<!-- one line -->\n"
      "KEEP <!-- inline --> MORE\n"
      "<!-- \n"
      "# inside\n"
      "STILL INSIDE\n"
      "# -->\n"
      "AFTER\n"
      "<! -- stray form -->\n"
      "BEFORE <!-- open\n"
      "x --> TAIL\n");
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0], std::make_pair(2, std::string("KEEP  MORE")));
  EXPECT_EQ(lines[1], std::make_pair(7, std::string("AFTER")));
  EXPECT_EQ(lines[2], std::make_pair(9, std::string("BEFORE")));
  EXPECT_EQ(lines[3], std::make_pair(10, std::string("TAIL")));
}

TEST(LineReader, ByteOrderMarkAndCarriageReturns) {
  auto lines = read_all("\xEF\xBB\xBFONE\r\nTWO\r\n");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].second, "ONE");
  EXPECT_EQ(lines[1].second, "TWO");
}

TEST(LineReader, UnterminatedCommentSwallowsTheRest) {
  auto lines = read_all("A\n<!-- never closed\nB\nC\n");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].second, "A");
}

TEST(LineReader, EmptyText) { EXPECT_TRUE(read_all("").empty()); }

}  // namespace
}  // namespace dyad::dict
