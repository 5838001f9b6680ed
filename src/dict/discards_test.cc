#include <gtest/gtest.h>

#include "dyad/dictionary.h"

namespace dyad {
namespace {

TEST(ParseDiscards, SentenceAndStoryLevel) {
  DictionarySet s;
  parse_discards("# comment\nYEARS LATER\n+Quidditch World Cup   # sport\n\tPIPE_WEED\n+\n",
                 "t.discards", s);
  ASSERT_EQ(s.discards.size(), 3u);
  EXPECT_FALSE(s.discards[0].story);
  EXPECT_EQ(s.discards[0].phrase.words, (std::vector<std::string>{"YEARS", "LATER"}));
  EXPECT_TRUE(s.discards[1].story);
  EXPECT_EQ(s.discards[1].phrase.words, (std::vector<std::string>{"QUIDDITCH", "WORLD", "CUP"}));
  EXPECT_EQ(s.discards[1].phrase.origin, "t.discards:3");
  EXPECT_EQ(s.discards[2].phrase.words, (std::vector<std::string>{"PIPE", "WEED"}));
  ASSERT_EQ(s.diagnostics.size(), 1u);  // the lone '+'
  EXPECT_EQ(s.diagnostics[0].origin, "t.discards:5");
}

}  // namespace
}  // namespace dyad
