#include <gtest/gtest.h>

#include <string>

#include "dyad/text.h"

namespace dyad {
namespace {

// The text that follows the dateline.
std::string after_dateline(const std::string& text) { return text.substr(dateline_length(text)); }

TEST(Dateline, RecognisesWireDatelines) {
  EXPECT_EQ(after_dateline("BAMAKO, Mali (AP) -- Troops left."), "Troops left.");
  EXPECT_EQ(after_dateline("PARIS (Reuters) - France said"), "France said");
  EXPECT_EQ(after_dateline("WASHINGTON, Feb. 17 (AFP) - The talks"), "The talks");
  EXPECT_EQ(after_dateline("CEBU CITY: -- Police said"), "Police said");
  EXPECT_EQ(after_dateline("NEW YORK \u2014 Stocks fell"), "Stocks fell");
  EXPECT_EQ(after_dateline("SPRINGFIELD, Ill. (AP) \u2013 A man"), "A man");
  EXPECT_EQ(after_dateline("  BOGOT\u00C1, Colombia (AP) --\nRebels"), "Rebels");
  EXPECT_EQ(after_dateline("GAO, Mali (dyad sample wire) \u2014 The last"), "The last");
}

TEST(Dateline, OrdinaryOpeningsAreNotDatelines) {
  EXPECT_EQ(dateline_length("President Macron says France will withdraw."), 0u);
  EXPECT_EQ(dateline_length("PARIS-based groups said"), 0u);
  EXPECT_EQ(dateline_length("NATO said on Monday"), 0u);
  EXPECT_EQ(dateline_length("WASHINGTON, the capital, is calm - mostly"), 0u);
  EXPECT_EQ(dateline_length("I - we - left"), 0u);
  EXPECT_EQ(dateline_length("WARNING: the file is large"), 0u);
  EXPECT_EQ(dateline_length(""), 0u);
  EXPECT_EQ(dateline_length("PARIS (Reuters"), 0u);
}

TEST(Dateline, SegmentLeavesTheDatelineOutOfTheFirstSentence) {
  const std::string text = "BAMAKO, Mali (AP) -- France will withdraw its troops. Mali agreed.";
  const SegmentResult r = segment(text);
  ASSERT_EQ(r.sentences.size(), 2u);
  const Sentence& first = r.sentences[0];
  EXPECT_EQ(first.begin, text.find("France"));
  EXPECT_EQ(first.tokens.front().text, "France");
  for (const Token& t : first.tokens) EXPECT_NE(t.text, "BAMAKO");
}

TEST(Dateline, OnlyAtTheStartOfTheText) {
  const std::string text = "Troops left. PARIS (Reuters) - France said so.";
  const SegmentResult r = segment(text);
  ASSERT_FALSE(r.sentences.empty());
  EXPECT_EQ(r.sentences[0].tokens.front().text, "Troops");
  bool saw_paris = false;
  for (const Sentence& s : r.sentences)
    for (const Token& t : s.tokens) saw_paris = saw_paris || t.text == "PARIS";
  EXPECT_TRUE(saw_paris);
}

}  // namespace
}  // namespace dyad
