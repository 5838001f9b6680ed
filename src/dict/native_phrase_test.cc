#include "dict/native_phrase.h"

#include <gtest/gtest.h>

namespace dyad::dict {
namespace {

using Words = std::vector<std::string>;

std::vector<Words> words_of(const std::vector<Phrase>& ps) {
  std::vector<Words> out;
  for (const auto& p : ps) out.push_back(p.words);
  return out;
}

TEST(NativeWords, MatchTheTokenizer) {
  EXPECT_EQ(native_words("Goïta"), (Words{"GOïTA"}));
  EXPECT_EQ(native_words("U.S."), (Words{"U.S."}));
  EXPECT_EQ(native_words("al-Qaeda in the Islamic Maghreb"),
            (Words{"AL-QAEDA", "IN", "THE", "ISLAMIC", "MAGHREB"}));
  EXPECT_EQ(native_words("France's"), (Words{"FRANCE", "'S"}));
  EXPECT_EQ(native_words("  Burkina   Faso "), (Words{"BURKINA", "FASO"}));
  EXPECT_TRUE(native_words("   ").empty());
}

TEST(PlainPhrase, KeepsTextAndOrigin) {
  Phrase p;
  std::string error;
  ASSERT_TRUE(plain_phrase(" Emmanuel Macron ", "f.dyad:3", p, error)) << error;
  EXPECT_EQ(p.words, (Words{"EMMANUEL", "MACRON"}));
  EXPECT_EQ(p.text, "Emmanuel Macron");
  EXPECT_EQ(p.origin, "f.dyad:3");
  EXPECT_FALSE(plain_phrase("troops{}", "f:1", p, error));
  EXPECT_NE(error.find("braces"), std::string::npos);
  EXPECT_FALSE(plain_phrase("  ", "f:1", p, error));
}

TEST(PhraseWithPlurals, GeneratesTheRegularPlural) {
  std::vector<Phrase> out;
  std::string error;
  ASSERT_TRUE(phrase_with_plurals("army", "f:1", out, error));
  ASSERT_TRUE(phrase_with_plurals("police officer", "f:1", out, error));
  EXPECT_EQ(words_of(out), (std::vector<Words>{{"ARMY"}, {"ARMIES"}, {"POLICE", "OFFICER"},
                                               {"POLICE", "OFFICERS"}}));
  EXPECT_EQ(out[1].text, "ARMIES");
}

TEST(PhraseWithPlurals, EmptyBracesSuppressThePlural) {
  std::vector<Phrase> out;
  std::string error;
  ASSERT_TRUE(phrase_with_plurals("police{}", "f:1", out, error));
  EXPECT_EQ(words_of(out), (std::vector<Words>{{"POLICE"}}));
  EXPECT_EQ(out[0].text, "police");
}

TEST(PhraseWithPlurals, GivenPlurals) {
  std::vector<Phrase> out;
  std::string error;
  ASSERT_TRUE(phrase_with_plurals("man{men; menfolk}", "f:1", out, error));
  ASSERT_TRUE(phrase_with_plurals("armed man{men}", "f:1", out, error));
  ASSERT_TRUE(phrase_with_plurals("head of state{heads of state}", "f:1", out, error));
  EXPECT_EQ(words_of(out),
            (std::vector<Words>{{"MAN"}, {"MEN"}, {"MENFOLK"}, {"ARMED", "MAN"}, {"ARMED", "MEN"},
                                {"HEAD", "OF", "STATE"}, {"HEADS", "OF", "STATE"}}));
}

TEST(PhraseWithPlurals, NoDuplicatesAndNoPluralOfNonLetters) {
  std::vector<Phrase> out;
  std::string error;
  ASSERT_TRUE(phrase_with_plurals("G7", "f:1", out, error));
  ASSERT_TRUE(phrase_with_plurals("men{men}", "f:1", out, error));
  EXPECT_EQ(words_of(out), (std::vector<Words>{{"G7"}, {"MEN"}}));
}

TEST(PhraseWithPlurals, MalformedBraces) {
  std::string error;
  for (const char* bad : {"man{men", "man}", "man{a}{b}", "man{men} x", "{men}", "man{{men}}",
                          "man{men;  }x"}) {
    std::vector<Phrase> out;
    error.clear();
    EXPECT_FALSE(phrase_with_plurals(bad, "f:1", out, error)) << bad;
    EXPECT_FALSE(error.empty()) << bad;
  }
}

}  // namespace
}  // namespace dyad::dict
