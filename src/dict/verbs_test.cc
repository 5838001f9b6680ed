#include <gtest/gtest.h>

#include <algorithm>

#include "dyad/dictionary.h"

namespace dyad {
namespace {

using Words = std::vector<std::string>;

DictionarySet verbs_of(std::string_view text) {
  DictionarySet set;
  parse_verbs(text, "t.verbs", set);
  return set;
}

const VerbForm* form(const VerbEntry& v, const Words& w) {
  for (const VerbForm& f : v.forms)
    if (f.words == w) return &f;
  return nullptr;
}

TEST(ParseVerbs, BlocksEntriesAndPatterns) {
  DictionarySet s = verbs_of(
      "--- FORSAKE  [080]  ---\n"
      "FORSAKE    # note\n"
      "DESERT [081]\n"
      "- * OUTPOST  [0874]  # comment\n"
      "- SAID * TO LEAVE [---]\n"
      "\n"
      "--- DELAY [120]  [031:031] ---\n"
      "DELAY\n");
  ASSERT_EQ(s.verb_blocks.size(), 2u);
  EXPECT_EQ(s.verb_blocks[0].name, "FORSAKE");
  EXPECT_EQ(s.verb_blocks[0].code, "080");
  ASSERT_EQ(s.verb_blocks[0].patterns.size(), 2u);
  const Pattern& p = s.verb_blocks[0].patterns[0];
  EXPECT_EQ(p.code, "0874");
  EXPECT_EQ(p.text, "- * OUTPOST  [0874]");
  EXPECT_EQ(p.origin, "t.verbs:4");
  EXPECT_EQ(s.verb_blocks[0].patterns[1].code, "---");
  EXPECT_EQ(s.verb_blocks[1].code, "120");
  ASSERT_EQ(s.verbs.size(), 3u);
  EXPECT_EQ(s.verbs[0].code, "080");  // the block's
  EXPECT_EQ(s.verbs[1].code, "081");  // its own
  EXPECT_EQ(s.verbs[1].block, 0);
  EXPECT_EQ(s.verbs[2].block, 1);
  ASSERT_EQ(s.diagnostics.size(), 1u);  // the second header code
  EXPECT_EQ(s.diagnostics[0].origin, "t.verbs:7");
}

TEST(ParseVerbs, OddHeadersAndCodesKeptVerbatim) {
  DictionarySet s = verbs_of(
      "---  GRUMBLE   [110]---  ---\n- * X [abc]\n"
      "--- MUTTER [025?]\n- * Y [:173]\n"
      "--- GROWL [210a] ---\n- * Z [042:043]\n"
      "--- WAIL ---\nWAIL\n");
  ASSERT_EQ(s.verb_blocks.size(), 4u);
  EXPECT_EQ(s.verb_blocks[0].code, "110");
  EXPECT_EQ(s.verb_blocks[0].patterns[0].code, "abc");
  EXPECT_EQ(s.verb_blocks[1].code, "025?");
  EXPECT_EQ(s.verb_blocks[1].patterns[0].code, ":173");
  EXPECT_EQ(s.verb_blocks[2].code, "210a");
  EXPECT_EQ(s.verb_blocks[2].patterns[0].code, "042:043");
  EXPECT_EQ(s.verb_blocks[3].code, "---");
  EXPECT_TRUE(s.diagnostics.empty());
}

TEST(ParseVerbs, RegularFormsAreGenerated) {
  DictionarySet s = verbs_of("--- B [1] ---\nWANDER\nDENY\n");
  ASSERT_EQ(s.verbs.size(), 2u);
  const VerbEntry& w = s.verbs[0];
  EXPECT_EQ(w.lemma, "WANDER");
  EXPECT_EQ(w.forms[0].words, Words{"WANDER"});
  EXPECT_FALSE(w.forms[0].regular);
  ASSERT_NE(form(w, {"WANDERED"}), nullptr);
  EXPECT_TRUE(form(w, {"WANDERED"})->regular);
  EXPECT_NE(form(w, {"WANDERS"}), nullptr);
  EXPECT_NE(form(w, {"WANDERING"}), nullptr);
  EXPECT_NE(form(s.verbs[1], {"DENIED"}), nullptr);
}

TEST(ParseVerbs, IrregularFormsAddToTheRegularOnes) {
  DictionarySet s = verbs_of("--- B [1] ---\nSMITE { SMOTE SMITTEN  }\nHOLD {}\n");
  const VerbEntry& v = s.verbs[0];
  ASSERT_NE(form(v, {"SMOTE"}), nullptr);
  EXPECT_FALSE(form(v, {"SMOTE"})->regular);
  EXPECT_NE(form(v, {"SMITTEN"}), nullptr);
  EXPECT_NE(form(v, {"SMITES"}), nullptr);
  // "{}": the entry is the only form.
  ASSERT_EQ(s.verbs[1].forms.size(), 1u);
}

TEST(ParseVerbs, MultiWordVerbs) {
  DictionarySet s = verbs_of(
      "--- B [1] ---\n"
      "+BREAK_DOWN {+BREAKS_DOWN +BROKE_DOWN +BROKEN_DOWN }\n"
      "WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING }\n"
      "LASH OUT\n"
      "+CORDON_OFF [172]\n"
      "KLM_NOP_+RST [002]\n");
  ASSERT_EQ(s.verbs.size(), 5u);
  const VerbEntry& brk = s.verbs[0];
  EXPECT_EQ(brk.name, "+BREAK_DOWN");
  EXPECT_EQ(brk.lemma, "BREAK");
  EXPECT_EQ(brk.forms[0].words, (Words{"BREAK", "DOWN"}));
  EXPECT_EQ(brk.forms[0].head, 0);
  ASSERT_NE(form(brk, {"BROKE", "DOWN"}), nullptr);
  EXPECT_EQ(form(brk, {"BROKE", "DOWN"})->head, 0);
  EXPECT_NE(form(brk, {"BREAKING", "DOWN"}), nullptr);  // generated

  const VerbEntry& tap = s.verbs[1];
  EXPECT_EQ(tap.lemma, "TAP");
  EXPECT_EQ(tap.forms[0].head, 1);
  ASSERT_NE(form(tap, {"WIRE", "TAPPED"}), nullptr);
  EXPECT_EQ(form(tap, {"WIRE", "TAPPED"})->head, 1);
  EXPECT_NE(form(tap, {"WIRE", "TAPS"}), nullptr);

  const VerbEntry& lash = s.verbs[2];
  EXPECT_EQ(lash.lemma, "LASH");
  EXPECT_EQ(lash.forms[0].words, (Words{"LASH", "OUT"}));
  EXPECT_NE(form(lash, {"LASHED", "OUT"}), nullptr);

  EXPECT_EQ(s.verbs[3].code, "172");
  EXPECT_NE(form(s.verbs[3], {"CORDONED", "OFF"}), nullptr);
  EXPECT_EQ(s.verbs[4].lemma, "RST");
  EXPECT_EQ(s.verbs[4].forms[0].head, 2);
}

TEST(ParseVerbs, FormsAfterTheCodeAndOldComments) {
  DictionarySet s = verbs_of("--- B [1] ---\nSNUB [111] {SNUBS SNUBBED}\nRIP {RIPPED};old note\n");
  ASSERT_EQ(s.verbs.size(), 2u);
  EXPECT_EQ(s.verbs[0].code, "111");
  EXPECT_NE(form(s.verbs[0], {"SNUBBED"}), nullptr);
  EXPECT_TRUE(s.diagnostics.empty());
}

TEST(ParseVerbs, SynsetsWithPluralsAndNesting) {
  DictionarySet s = verbs_of(
      "&COIN\n+FLORIN\n+SILVER PENNY\n+CROWNS_\n"
      "&TIES_\n+TRADE\n+KINSHIP\n"
      "&MIX  # comment\n+&TIES\n+CLOSER\n+&COIN_\n"
      "--- B [1] ---\nB\n- * &MIX [2]\n");
  ASSERT_EQ(s.synsets.size(), 3u);
  const Synset& coin = s.synsets[0];
  EXPECT_EQ(coin.name, "COIN");
  auto has = [](const Synset& x, const Words& w) {
    return std::find(x.members.begin(), x.members.end(), w) != x.members.end();
  };
  EXPECT_TRUE(has(coin, {"FLORINS"}));
  EXPECT_TRUE(has(coin, {"SILVER", "PENNIES"}));
  EXPECT_TRUE(has(coin, {"CROWNS"}));
  EXPECT_FALSE(has(coin, {"CROWNSES"}));  // '_' member: no plural
  const Synset& ties = s.synsets[1];
  EXPECT_EQ(ties.name, "TIES");
  EXPECT_EQ(ties.members.size(), 2u);  // '_' name: no plurals
  const Synset& mix = s.synsets[2];
  EXPECT_TRUE(has(mix, {"KINSHIP"}));
  EXPECT_TRUE(has(mix, {"CLOSER"}));
  EXPECT_TRUE(has(mix, {"SILVER", "PENNY"}));
  for (const auto& m : mix.members) EXPECT_NE(m[0][0], '&');
  EXPECT_TRUE(s.diagnostics.empty());
  EXPECT_EQ(s.verb_blocks[0].patterns.size(), 1u);
}

TEST(ParseVerbs, SynsetCyclesAndUnknownNamesAreDiagnosed) {
  DictionarySet s = verbs_of(
      "&A\n+&B\n+ALPHA\n&B\n+&A\n+BETA\n&C\n+&NOWHERE\n+GAMMA\n"
      "--- V [1] ---\nV\n- * &UNDEFINED [2]\n- * &C [3]\n");
  EXPECT_EQ(s.synsets.size(), 3u);
  EXPECT_EQ(s.verb_blocks[0].patterns.size(), 1u);
  EXPECT_EQ(s.verb_blocks[0].patterns[0].code, "3");
  EXPECT_EQ(s.diagnostics.size(), 3u);  // one cycle, one unknown member, one pattern
}

TEST(ParseVerbs, PlusLinesAfterABlockAreVerbs) {
  DictionarySet s = verbs_of("&S\n+X\n--- B [1] ---\nB\n+ABC_DEF\n");
  ASSERT_EQ(s.synsets.size(), 1u);
  EXPECT_EQ(s.synsets[0].members.size(), 2u);  // X, XS
  ASSERT_EQ(s.verbs.size(), 2u);
  EXPECT_EQ(s.verbs[1].lemma, "ABC");
}

TEST(ParseVerbs, Transformations) {
  DictionarySet s = verbs_of("~ a (a b ATTACK) SAY = a b 015\n~ broken\n");
  ASSERT_EQ(s.transforms.size(), 1u);
  EXPECT_EQ(s.transforms[0].pattern, (Words{"a", "(a", "b", "ATTACK)", "SAY"}));
  EXPECT_EQ(s.transforms[0].result, (Words{"a", "b", "015"}));
  EXPECT_EQ(s.diagnostics.size(), 1u);
}

TEST(ParseVerbs, MalformedLines) {
  DictionarySet s = verbs_of(
      "ORPHAN_VERB\n"         // before any block
      "- * ORPHAN [1]\n"      // pattern before any block
      "--- BROKEN [12 ---\n"  // unclosed header: its contents are skipped
      "BROKEN\n- * X [1]\n"
      "--- OK [1] ---\n"
      "OK\n"
      "- TIVILIAN [202]\n"   // no '*'
      "- SAID * AN OFFER\n"  // no code
      "- * FIRE } [145]\n"   // unbalanced
      "- * X [1] [2]\n"      // two codes
      "- * X [1] tail\n"     // text after the code
      "BLOW_UP+\n"           // misplaced '+'
      "+A_+B\n"              // two '+'
      "C {D\n"               // unbalanced braces
      "&\n"                  // synset without a name
      "+MEMBER_OF_NOTHING\n"
      "- * GOOD [9]\n");
  ASSERT_EQ(s.verb_blocks.size(), 1u);
  ASSERT_EQ(s.verb_blocks[0].patterns.size(), 1u);
  EXPECT_EQ(s.verb_blocks[0].patterns[0].code, "9");
  ASSERT_EQ(s.verbs.size(), 1u);
  EXPECT_EQ(s.diagnostics.size(), 12u);
}

}  // namespace
}  // namespace dyad
