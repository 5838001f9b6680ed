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
