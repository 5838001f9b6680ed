#include "tag/news_overrides.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace dyad::tag {
namespace {

TEST(NewsOverrides, WellFormed) {
  std::set<std::string_view> seen;
  ASSERT_FALSE(news_overrides().empty());
  for (const NewsOverride& o : news_overrides()) {
    EXPECT_TRUE(seen.insert(o.word).second) << "listed twice: " << o.word;
    for (char c : o.word) EXPECT_FALSE(c >= 'A' && c <= 'Z') << o.word << " must be lower case";
    float total = 0;
    for (const OverrideTag& t : o.tags) {
      if (t.weight == 0) continue;
      EXPECT_NE(t.tag, Pos::UNK) << o.word;
      EXPECT_FALSE(is_punct(t.tag)) << o.word;
      total += t.weight;
    }
    EXPECT_NEAR(total, 100, 0.5) << o.word;
  }
}

TEST(NewsOverrides, RegularPastFormsAllowBothReadings) {
  for (const NewsOverride& o : news_overrides()) {
    if (!o.word.ends_with("ed") || o.word == "overthrew") continue;
    bool vbd = false, vbn = false;
    for (const OverrideTag& t : o.tags) {
      vbd |= t.tag == Pos::VBD && t.weight > 0;
      vbn |= t.tag == Pos::VBN && t.weight > 0;
    }
    EXPECT_TRUE(vbd && vbn) << o.word;
  }
}

}  // namespace
}  // namespace dyad::tag
