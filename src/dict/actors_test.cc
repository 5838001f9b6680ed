#include <gtest/gtest.h>

#include "dyad/dictionary.h"

namespace dyad {
namespace {

using Words = std::vector<std::string>;

DictionarySet actors_of(std::string_view text) {
  DictionarySet set;
  parse_actors(text, "t.actors", set);
  return set;
}

TEST(ParseActors, OneLineEntries) {
  DictionarySet s = actors_of("ERESSEA [ERS]\nTOL_ERESSEA  [ERS] # the island\nlindon [lin]\n");
  ASSERT_EQ(s.actors.size(), 3u);
  EXPECT_EQ(s.actors[1].phrases[0].words, (Words{"TOL", "ERESSEA"}));
  EXPECT_EQ(s.actors[1].phrases[0].origin, "t.actors:2");
  EXPECT_EQ(s.actors[2].codes[0].codes, Words{"LIN"});
  EXPECT_TRUE(s.diagnostics.empty());
}

TEST(ParseActors, SynonymsFollowTheName) {
  DictionarySet s = actors_of("NUMENOR [NUM]\n+WESTERNESSE\n+ELENNA_\nARNOR [ARN]\n");
  ASSERT_EQ(s.actors.size(), 2u);
  ASSERT_EQ(s.actors[0].phrases.size(), 3u);
  EXPECT_EQ(s.actors[0].phrases[2].words, Words{"ELENNA"});
  EXPECT_EQ(s.actors[1].phrases.size(), 1u);
}

TEST(ParseActors, CodeLinesBelowTheName) {
  DictionarySet s = actors_of(
      "WANDERER   # someone\n"
      "+GREY_PILGRIM\n"
      "\t[WIZ < 950601]\n"
      "\t[WIZGOV 19950601 - 19990815]\n"
      "\t[WIZREB > 990816]\n"
      "NEXT [NXT]\n");
  ASSERT_EQ(s.actors.size(), 2u);
  const ActorEntry& a = s.actors[0];
  ASSERT_EQ(a.codes.size(), 3u);
  EXPECT_EQ(a.codes[1].from, 19950601);
  EXPECT_EQ(a.codes[1].origin, "t.actors:4");
  EXPECT_EQ(a.codes[2].from, 19990817);
}

TEST(ParseActors, CodeOnTheNameLineThenMoreRules) {
  DictionarySet s = actors_of("GAFFER [HOB]\n\t[HOBGOV 20121109-20130119]\n");
  ASSERT_EQ(s.actors.size(), 1u);
  ASSERT_EQ(s.actors[0].codes.size(), 2u);
  EXPECT_FALSE(s.actors[0].codes[0].restricted);
  EXPECT_TRUE(s.actors[0].codes[1].restricted);
}

TEST(ParseActors, SeveralGroupsOnOneLine) {
  DictionarySet s = actors_of("STEWARD_X [GONGOV 820101-911231] [ELI]\nY [A/B]\n");
  ASSERT_EQ(s.actors.size(), 2u);
  EXPECT_EQ(s.actors[0].codes.size(), 2u);
  EXPECT_EQ(s.actors[1].codes[0].codes, (Words{"A", "B"}));
}

TEST(ParseActors, NamesWithoutCodesShareTheNextCodes) {
  DictionarySet s = actors_of(
      "FIRST_SPELLING_\n"
      "SECOND_SPELLING\n"
      "+THIRD\n"
      "\t[SHARED]\n"
      "OTHER [OTH]\n");
  ASSERT_EQ(s.actors.size(), 2u);
  EXPECT_EQ(s.actors[0].phrases.size(), 3u);
  EXPECT_EQ(s.actors[0].codes[0].codes, Words{"SHARED"});
}

TEST(ParseActors, ContinuationNameWithItsOwnCode) {
  DictionarySet s = actors_of("PLAIN_NAME_\n\tINDENTED_NAME_ [ABC]\n");
  ASSERT_EQ(s.actors.size(), 1u);
  EXPECT_EQ(s.actors[0].phrases.size(), 2u);
}

TEST(ParseActors, BadDateSkipsOnlyThatRule) {
  DictionarySet s = actors_of("KING_X\n\t[KNG >20070101]\n\t[KNGBUS 2004017-20061201]\n");
  ASSERT_EQ(s.actors.size(), 1u);
  EXPECT_EQ(s.actors[0].codes.size(), 1u);
  ASSERT_EQ(s.diagnostics.size(), 1u);
  EXPECT_EQ(s.diagnostics[0].origin, "t.actors:3");
  EXPECT_NE(s.diagnostics[0].message.find("2004017"), std::string::npos);
}

TEST(ParseActors, EntryWhoseCodesAreAllBadIsDropped) {
  DictionarySet s = actors_of("BROKEN [BRK >201005011]\n+ALIAS\nGOOD [GD]\n");
  ASSERT_EQ(s.actors.size(), 1u);
  EXPECT_EQ(s.actors[0].phrases[0].words, Words{"GOOD"});
  EXPECT_EQ(s.diagnostics.size(), 2u);  // the rule, then the entry
}

TEST(ParseActors, NameWithoutAnyCodeAtTheEnd) {
  DictionarySet s = actors_of("A [X]\nORPHAN\n");
  EXPECT_EQ(s.actors.size(), 1u);
  ASSERT_EQ(s.diagnostics.size(), 1u);
  EXPECT_EQ(s.diagnostics[0].origin, "t.actors:2");
}

TEST(ParseActors, MalformedLinesAreDiagnosedAndSkipped) {
  DictionarySet s = actors_of(
      "+NO_ACTOR_YET\n"  // synonym before any actor
      "[ZZZ]\n"          // code before any actor
      "BAD [UNCLOSED\n"  // unclosed: the entry and its synonyms go
      "+BAD_SYNONYM\n"
      "FINE [FN]\n"
      "+ODD]_NAME\n"  // stray ']'
      "NOTE [NT] trailing words\n");
  ASSERT_EQ(s.actors.size(), 2u);
  EXPECT_EQ(s.actors[0].phrases.size(), 1u);  // ODD]_NAME was skipped
  EXPECT_EQ(s.actors[1].codes[0].codes, Words{"NT"});
  EXPECT_EQ(s.diagnostics.size(), 5u);
}

TEST(ParseActors, CommentsAnywhere) {
  DictionarySet s =
      actors_of("<!-- header -->\n<! -- stray -->\n<!--\n# x\n# -->\nA_B [AB] <!-- c -->\n");
  ASSERT_EQ(s.actors.size(), 1u);
  EXPECT_EQ(s.actors[0].codes[0].codes, Words{"AB"});
}

}  // namespace
}  // namespace dyad
