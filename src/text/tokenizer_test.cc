#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/text.h"
#include "text/test_helpers.h"

namespace dyad {
namespace {

using text_testing::token_texts;
using V = std::vector<std::string>;

TEST(Tokenize, SplitsNegativeContractionsPennStyle) {
  EXPECT_EQ(token_texts("didn't won't can't isn't"),
            (V{"did", "n't", "wo", "n't", "ca", "n't", "is", "n't"}));
  EXPECT_EQ(token_texts("DIDN'T"), (V{"DID", "N'T"}));
}

TEST(Tokenize, SplitsPossessivesAndVerbClitics) {
  EXPECT_EQ(token_texts("France's countries' armies"),
            (V{"France", "'s", "countries", "'", "armies"}));
  EXPECT_EQ(token_texts("we'll they're I've she'd I'm"),
            (V{"we", "'ll", "they", "'re", "I", "'ve", "she", "'d", "I", "'m"}));
  EXPECT_EQ(token_texts("shouldn't've"), (V{"should", "n't", "'ve"}));
  EXPECT_EQ(token_texts("cannot"), (V{"can", "not"}));
}

TEST(Tokenize, KeepsNamesWithInnerApostrophesWhole) {
  EXPECT_EQ(token_texts("O'Brien in Cote d'Ivoire"), (V{"O'Brien", "in", "Cote", "d'Ivoire"}));
}

TEST(Tokenize, CurlyApostrophesAndQuotesBehaveLikeAscii) {
  EXPECT_EQ(token_texts("France\u2019s \u201Callies\u201D don\u2019t"),
            (V{"France", "\u2019s", "\u201C", "allies", "\u201D", "do", "n\u2019t"}));
  EXPECT_EQ(token_texts("\u2018no\u2019"), (V{"\u2018", "no", "\u2019"}));
}

TEST(Tokenize, NumbersStayWhole) {
  EXPECT_EQ(token_texts("4,300 troops, 2.5 percent, 10:30, 1,000."),
            (V{"4,300", "troops", ",", "2.5", "percent", ",", "10:30", ",", "1,000", "."}));
}

TEST(Tokenize, HyphenatedWordsStayWhole) {
  EXPECT_EQ(token_texts("a 12-year-old al-Qaeda e-mail from Barad-dur U.S.-led"),
            (V{"a", "12-year-old", "al-Qaeda", "e-mail", "from", "Barad-dur", "U.S.-led"}));
}

TEST(Tokenize, DashesAreTokens) {
  EXPECT_EQ(token_texts("war--and peace \u2014 or - not"),
            (V{"war", "--", "and", "peace", "\u2014", "or", "-", "not"}));
}

TEST(Tokenize, CurrencyAndPercentSplitOff) {
  EXPECT_EQ(token_texts("$5 and 5% and \u20AC3"),
            (V{"$", "5", "and", "5", "%", "and", "\u20AC", "3"}));
}

TEST(Tokenize, UrlsAndEmailsStayWhole) {
  EXPECT_EQ(token_texts("visit https://www.npr.org."), (V{"visit", "https://www.npr.org", "."}));
  EXPECT_EQ(token_texts("(see http://x.com/a_b?q=1&r=2#top)"),
            (V{"(", "see", "http://x.com/a_b?q=1&r=2#top", ")"}));
  EXPECT_EQ(token_texts("www.example.org/news, or jane.doe@npr.org."),
            (V{"www.example.org/news", ",", "or", "jane.doe@npr.org", "."}));
  EXPECT_EQ(token_texts("http:// nothing"), (V{"http", ":", "/", "/", "nothing"}));
}

TEST(Tokenize, AbbreviationsKeepTheirPeriod) {
  EXPECT_EQ(token_texts("Gen. Smith of the U.S. met Mr. Doe, Acme Inc. and George W. Bush"),
            (V{"Gen.", "Smith", "of", "the", "U.S.", "met", "Mr.", "Doe", ",", "Acme", "Inc.",
               "and", "George", "W.", "Bush"}));
  EXPECT_EQ(token_texts("No. 10 and Feb. 17 at 5 p.m. etc."),
            (V{"No.", "10", "and", "Feb.", "17", "at", "5", "p.m.", "etc."}));
}

TEST(Tokenize, SentenceFinalPeriodIsItsOwnToken) {
  EXPECT_EQ(token_texts("He said no. Then"), (V{"He", "said", "no", ".", "Then"}));
  EXPECT_EQ(token_texts("goals.\""), (V{"goals", ".", "\""}));
  EXPECT_EQ(token_texts("Wait... what?!"), (V{"Wait", "...", "what", "?", "!"}));
}

TEST(Tokenize, UnknownAbbreviationBeforeLowerCaseWordKeepsPeriod) {
  EXPECT_EQ(token_texts("approx. three and Calif. officials"),
            (V{"approx.", "three", "and", "Calif.", "officials"}));
}

TEST(Tokenize, MultibyteLettersAreWordCharacters) {
  EXPECT_EQ(
      token_texts("Assimi Go\u00EFta in Bogot\u00E1 and \u041C\u043E\u0441\u043A\u0432\u0430"),
      (V{"Assimi", "Go\u00EFta", "in", "Bogot\u00E1", "and",
         "\u041C\u043E\u0441\u043A\u0432\u0430"}));
}

TEST(Tokenize, OffsetsPointIntoTheText) {
  const std::string text = "  Macron said, \u201CWe don\u2019t share\u201D France's goals.";
  const auto tokens = tokenize(text, 100);
  ASSERT_FALSE(tokens.empty());
  for (const Token& t : tokens) {
    ASSERT_GE(t.begin, 100u);
    ASSERT_LE(t.end, 100 + text.size());
    EXPECT_EQ(text.substr(t.begin - 100, t.end - t.begin), t.text);
  }
  EXPECT_EQ(tokens[0].begin, 102u);
}

TEST(Tokenize, UpperIsAsciiUppercaseOnly) {
  const auto tokens = tokenize("Go\u00EFta's u.s. n't");
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[0].upper, "GO\u00EFTA");  // the multibyte ï is kept as is
  EXPECT_EQ(tokens[1].upper, "'S");
  EXPECT_EQ(tokens[2].upper, "U.S.");
  EXPECT_EQ(tokens[3].upper, "N'T");
}

TEST(Tokenize, SpaceBeforeMarksWhitespace) {
  const auto tokens = tokenize("He didn't (really).");
  ASSERT_EQ(tokens.size(), 7u);
  EXPECT_FALSE(tokens[0].space_before);  // He
  EXPECT_TRUE(tokens[1].space_before);   // did
  EXPECT_FALSE(tokens[2].space_before);  // n't
  EXPECT_TRUE(tokens[3].space_before);   // (
  EXPECT_FALSE(tokens[4].space_before);  // really
  EXPECT_FALSE(tokens[5].space_before);  // )
  EXPECT_FALSE(tokens[6].space_before);  // .
}

TEST(Tokenize, AmpersandBetweenCapitalsStaysInside) {
  EXPECT_EQ(token_texts("AT&T and Procter & Gamble"), (V{"AT&T", "and", "Procter", "&", "Gamble"}));
}

}  // namespace
}  // namespace dyad
