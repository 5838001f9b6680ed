#include <gtest/gtest.h>

#include "dyad/dictionary.h"

namespace dyad {
namespace {

using Words = std::vector<std::string>;

TEST(PhraseWords, UnderscoresAndSpacesSeparateWords) {
  EXPECT_EQ(phrase_words("EMYN_MUIL"), (Words{"EMYN", "MUIL"}));
  EXPECT_EQ(phrase_words("BLUE  MOUNTAINS"), (Words{"BLUE", "MOUNTAINS"}));
  EXPECT_EQ(phrase_words("  OLD_FOREST  _ "), (Words{"OLD", "FOREST"}));
}

TEST(PhraseWords, TrailingUnderscoreIsDropped) {
  EXPECT_EQ(phrase_words("FANGORN_"), (Words{"FANGORN"}));
}

TEST(PhraseWords, Uppercases) {
  EXPECT_EQ(phrase_words("Grey Havens"), (Words{"GREY", "HAVENS"}));
  EXPECT_EQ(phrase_words("people's_army"), (Words{"PEOPLE", "'S", "ARMY"}));
}

TEST(PhraseWords, CliticsSplitLikeTheTokenizer) {
  EXPECT_EQ(phrase_words("ROHAN'S_RIDERS"), (Words{"ROHAN", "'S", "RIDERS"}));
  EXPECT_EQ(phrase_words("DON'T"), (Words{"DO", "N'T"}));
  EXPECT_EQ(phrase_words("CA N'T"), (Words{"CA", "N'T"}));
  EXPECT_EQ(phrase_words("ELVES'_HALL"), (Words{"ELVES", "'", "HALL"}));
  // An apostrophe inside a word stays.
  EXPECT_EQ(phrase_words("O'BRIEN"), (Words{"O'BRIEN"}));
}

TEST(PhraseWords, KeepsDotsHyphensSlashes) {
  EXPECT_EQ(phrase_words("U.S."), (Words{"U.S."}));
  EXPECT_EQ(phrase_words("DOL-GULDUR"), (Words{"DOL-GULDUR"}));
  EXPECT_EQ(phrase_words("MR._FROBISHER"), (Words{"MR.", "FROBISHER"}));
  EXPECT_EQ(phrase_words("X/Y-2"), (Words{"X/Y-2"}));
}

TEST(PhraseWords, BracketsQuotesCommasAreWords) {
  EXPECT_EQ(phrase_words("FREE_FOLK_(FF)_"), (Words{"FREE", "FOLK", "(", "FF", ")"}));
  EXPECT_EQ(phrase_words("SHIRE,_WEST_"), (Words{"SHIRE", ",", "WEST"}));
  EXPECT_EQ(phrase_words("1,000_RIDERS"), (Words{"1,000", "RIDERS"}));
  EXPECT_EQ(phrase_words("JOHN_\"JACK\"_SMITH"), (Words{"JOHN", "\"", "JACK", "\"", "SMITH"}));
}

TEST(PhraseWords, NonAsciiBytesKept) {
  EXPECT_EQ(phrase_words("caf\xC3\xA9"), (Words{"CAF\xC3\xA9"}));
}

TEST(PhraseWords, EmptyInput) {
  EXPECT_TRUE(phrase_words("").empty());
  EXPECT_TRUE(phrase_words("___  _").empty());
}

TEST(MakePhrase, KeepsTextAndOrigin) {
  Phrase p = make_phrase("  MINAS_MORGUL_ ", "f.txt:3");
  EXPECT_EQ(p.words, (Words{"MINAS", "MORGUL"}));
  EXPECT_EQ(p.text, "MINAS_MORGUL_");
  EXPECT_EQ(p.origin, "f.txt:3");
}

}  // namespace
}  // namespace dyad
