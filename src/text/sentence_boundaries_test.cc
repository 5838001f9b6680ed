// Sentence boundaries, exercised through segment().
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/text.h"
#include "text/test_helpers.h"

namespace dyad {
namespace {

using text_testing::sentence_texts;
using V = std::vector<std::string>;

TEST(SentenceSplit, SplitsOnTerminalPunctuation) {
  EXPECT_EQ(sentence_texts("Troops left. Rebels attacked! Who won? Nobody knows."),
            (V{"Troops left.", "Rebels attacked!", "Who won?", "Nobody knows."}));
}

TEST(SentenceSplit, TitlesDoNotEndSentences) {
  EXPECT_EQ(sentence_texts("Gen. Smith met Mr. Doe and Lt. Col. Roe. Sen. Jones and Dr. Who "
                           "agreed with Prof. Brown and St. Peter."),
            (V{"Gen. Smith met Mr. Doe and Lt. Col. Roe.",
               "Sen. Jones and Dr. Who agreed with Prof. Brown and St. Peter."}));
}

TEST(SentenceSplit, InitialsDoNotEndSentences) {
  EXPECT_EQ(sentence_texts("George W. Bush met John F. Kennedy Jr. in 1999. It rained."),
            (V{"George W. Bush met John F. Kennedy Jr. in 1999.", "It rained."}));
}

TEST(SentenceSplit, AcronymsInsideSentencesDoNotSplit) {
  EXPECT_EQ(sentence_texts("The U.S. State Department and the U.N. Security Council met "
                           "E.U. and K.U. leaders at 5 p.m. Tuesday."),
            (V{"The U.S. State Department and the U.N. Security Council met E.U. and K.U. "
               "leaders at 5 p.m. Tuesday."}));
}

TEST(SentenceSplit, AbbreviationAtSentenceEndKeepsPeriodAndEndsSentence) {
  const std::string text = "Troops returned to the U.S. The war was over.";
  const SegmentResult r = segment(text);
  ASSERT_EQ(r.sentences.size(), 2u);
  EXPECT_EQ(r.sentences[0].tokens.back().text, "U.S.");
  EXPECT_EQ(r.sentences[1].tokens.front().text, "The");
}

TEST(SentenceSplit, CompanySuffixesAndEtcEndOnlyBeforeOpeners) {
  EXPECT_EQ(sentence_texts("He sold Acme Inc. The deal closed. Apples, pears, etc. But "
                           "Acme Inc. Chairman Roe and Widget Co. officials stayed."),
            (V{"He sold Acme Inc.", "The deal closed.", "Apples, pears, etc.",
               "But Acme Inc. Chairman Roe and Widget Co. officials stayed."}));
}

TEST(SentenceSplit, MonthsAndNumberAbbreviation) {
  EXPECT_EQ(sentence_texts("On Feb. 17 and Sept. 3 they met at No. 10 Downing Street. Talks "
                           "went on."),
            (V{"On Feb. 17 and Sept. 3 they met at No. 10 Downing Street.", "Talks went on."}));
  // "No." that is not before a number is the word "no" and a period.
  EXPECT_EQ(sentence_texts("He said No. The vote failed."), (V{"He said No.", "The vote failed."}));
}

TEST(SentenceSplit, SplitsAfterClosingQuote) {
  EXPECT_EQ(sentence_texts("Officials said \"we don't share the goals.\" Troops left."),
            (V{"Officials said \"we don't share the goals.\"", "Troops left."}));
  EXPECT_EQ(sentence_texts("He said \u201Cit is over.\u201D Then he left."),
            (V{"He said \u201Cit is over.\u201D", "Then he left."}));
  EXPECT_EQ(sentence_texts("(This was new.) It changed."), (V{"(This was new.)", "It changed."}));
}

TEST(SentenceSplit, QuoteFollowedByAttributionStaysOneSentence) {
  EXPECT_EQ(sentence_texts("\"We will leave,\" he said. \"Why?\" she asked."),
            (V{"\"We will leave,\" he said.", "\"Why?\" she asked."}));
}

TEST(SentenceSplit, LowerCaseAfterPeriodContinues) {
  EXPECT_EQ(sentence_texts("Prices rose 2.5 pct. in March."),
            (V{"Prices rose 2.5 pct. in March."}));
}

TEST(SentenceSplit, BlankLineAlwaysEndsSentence) {
  EXPECT_EQ(sentence_texts("Troops left the city\n\nand rebels moved in"),
            (V{"Troops left the city", "and rebels moved in"}));
  EXPECT_EQ(sentence_texts("Gen.\r\n\r\nSmith"), (V{"Gen.", "Smith"}));
}

TEST(SentenceSplit, SingleNewlineAfterTerminalPunctuationEndsSentence) {
  EXPECT_EQ(sentence_texts("Troops left.\nthey said so"), (V{"Troops left.", "they said so"}));
  EXPECT_EQ(sentence_texts("He left the U.S.\nTreasury officials said so."),
            (V{"He left the U.S.", "Treasury officials said so."}));
}

TEST(SentenceSplit, WrappedLinesJoin) {
  EXPECT_EQ(sentence_texts("President Macron says France will withdraw\nits troops from Mali.\n"
                           "It was announced in Paris by the president\nOn Thursday."),
            (V{"President Macron says France will withdraw\nits troops from Mali.",
               "It was announced in Paris by the president\nOn Thursday."}));
}

TEST(SentenceSplit, ShortTitleLikeLinesStandAlone) {
  EXPECT_EQ(sentence_texts("France Pulls Troops From Mali\nPresident Macron spoke."),
            (V{"France Pulls Troops From Mali", "President Macron spoke."}));
  EXPECT_EQ(sentence_texts("MALI WITHDRAWAL\nThe president spoke."),
            (V{"MALI WITHDRAWAL", "The president spoke."}));
}

TEST(SentenceSplit, EllipsisInsideLineDoesNotSplit) {
  EXPECT_EQ(sentence_texts("We will... Maybe leave."), (V{"We will... Maybe leave."}));
  EXPECT_EQ(sentence_texts("We will...\nMaybe leave."), (V{"We will...", "Maybe leave."}));
}

}  // namespace
}  // namespace dyad
