#include "geo/word_lists.h"

#include <gtest/gtest.h>

namespace dyad::geo {
namespace {

Token tok(std::string text) {
  Token t;
  t.text = std::move(text);
  return t;
}

TEST(WordLists, EachListKnowsItsWords) {
  // Every list is binary-searched: a word missed here means the list is out of order.
  for (auto w : {"CENTRAL", "DOWNTOWN", "NORTHERN", "UPSTATE", "WEST"}) EXPECT_TRUE(place_modifier(w)) << w;
  for (auto w : {"CAPT.", "MR.", "SEN.", "PRESIDENT", "SGT."}) EXPECT_TRUE(person_title(w)) << w;
  for (auto w : {"AIRPORT", "COUNTY", "POLICE", "ZOO", "FIRE"}) EXPECT_TRUE(place_institution(w)) << w;
  for (auto w : {"APRIL", "MONDAY", "WEDNESDAY", "SEPT."}) EXPECT_TRUE(calendar_word(w)) << w;
  for (auto w : {"ACKNOWLEDGED", "SAID", "WROTE"}) EXPECT_TRUE(speech_verb(w)) << w;
  for (auto w : {"BOROUGH", "COUNTY", "PARISH"}) EXPECT_TRUE(county_word(w)) << w;
  for (auto w : {"A", "THE", "WITH", "IN"}) EXPECT_TRUE(function_word(w)) << w;
  for (auto w : {"ACROSS", "IN", "NEAR", "TO"}) EXPECT_TRUE(place_preposition(w)) << w;
  EXPECT_FALSE(place_modifier("PARIS"));
  EXPECT_FALSE(person_title("ATLANTA"));
  EXPECT_FALSE(county_word("CITY"));
}

TEST(WordLists, OneLookUpGivesEveryListOfAWord) {
  // Words in two lists carry both bits.
  uint8_t county = word_lists("COUNTY");
  EXPECT_TRUE(in_lists(county, WordList::County));
  EXPECT_TRUE(in_lists(county, WordList::Institution));
  EXPECT_FALSE(in_lists(county, WordList::Title));
  uint8_t at = word_lists("AT");
  EXPECT_TRUE(in_lists(at, WordList::Function));
  EXPECT_TRUE(in_lists(at, WordList::PlacePreposition));
  uint8_t mayor = word_lists("MAYOR");
  EXPECT_TRUE(in_lists(mayor, WordList::Title));
  EXPECT_TRUE(in_lists(mayor, WordList::Institution));
  // Near misses share a letter or a length with a listed word but are in no list.
  for (auto w : {"", "COUNT", "COUNTYS", "ATLANTA", "MAYORS", "SAI", "SAIDX", "Z", "the"})
    EXPECT_EQ(word_lists(w), 0) << w;
}

TEST(WordLists, Capitalised) {
  EXPECT_TRUE(capitalised(tok("Paris")));
  EXPECT_TRUE(capitalised(tok("Évian")));
  EXPECT_TRUE(capitalised(tok("Łódź")));
  EXPECT_FALSE(capitalised(tok("paris")));
  EXPECT_FALSE(capitalised(tok("été")));
  EXPECT_FALSE(capitalised(tok("\xE2\x80\x99s")));  // ’s
  EXPECT_FALSE(capitalised(tok("")));
}

}  // namespace
}  // namespace dyad::geo
