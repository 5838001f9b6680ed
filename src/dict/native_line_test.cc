#include "dict/native_line.h"

#include <gtest/gtest.h>

namespace dyad::dict {
namespace {

using Views = std::vector<std::string_view>;

TEST(NativeLines, NumbersLinesAndStripsLineEnds) {
  NativeLines lines("\xEF\xBB\xBF" "a\r\nb\n\nc");
  NativeLine l;
  std::vector<std::pair<std::string, int>> got;
  while (lines.next(l)) got.push_back({std::string(l.text), l.number});
  EXPECT_EQ(got, (std::vector<std::pair<std::string, int>>{{"a", 1}, {"b", 2}, {"", 3}, {"c", 4}}));
}

TEST(NativeFields, SplitsAtTabsAndTrims) {
  EXPECT_EQ(native_fields("actor\tFRA\t France; French "), (Views{"actor", "FRA", "France; French"}));
  EXPECT_EQ(native_fields("actor\t\t\tFRA\tFrance"), (Views{"actor", "FRA", "France"}))
      << "a run of TABs aligns columns";
  EXPECT_EQ(native_fields("verb\tX\t087\twithdraw  # the usual sense"),
            (Views{"verb", "X", "087", "withdraw"}));
}

TEST(NativeFields, BlankAndCommentLinesHaveNoFields) {
  EXPECT_TRUE(native_fields("").empty());
  EXPECT_TRUE(native_fields(" \t  ").empty());
  EXPECT_TRUE(native_fields("# actor\tFRA\tFrance").empty());
  EXPECT_TRUE(native_fields("   # indented comment").empty());
}

TEST(SplitList, SplitsAtSemicolonsOutsideBraces) {
  EXPECT_EQ(split_list("France; French Republic ;French"),
            (Views{"France", "French Republic", "French"}));
  EXPECT_EQ(split_list("a;;b; ;"), (Views{"a", "b"}));
  EXPECT_EQ(split_list("man{men; menfolk}; soldier{}"), (Views{"man{men; menfolk}", "soldier{}"}));
  EXPECT_TRUE(split_list("").empty());
  EXPECT_EQ(split_list("x}; y"), (Views{"x}", "y"})) << "a stray '}' does not confuse the split";
}

TEST(UnreadableLine, RefusesBinaryAndHugeLines) {
  EXPECT_EQ(unreadable_line("actor\tFRA\tFrance; Élysée"), "");
  EXPECT_NE(unreadable_line(std::string("a\0b", 3)), "");
  EXPECT_NE(unreadable_line("a\x7f"), "");
  EXPECT_NE(unreadable_line("bad \xff utf8"), "");
  EXPECT_NE(unreadable_line(std::string(kMaxNativeLineBytes + 1, 'a')), "");
  EXPECT_EQ(unreadable_line(std::string(kMaxNativeLineBytes, 'a')), "");
}

}  // namespace
}  // namespace dyad::dict
