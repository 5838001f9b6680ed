#include <gtest/gtest.h>

#include "dyad/dictionary.h"

namespace dyad {
namespace {

DictionarySet small_set() {
  DictionarySet s;
  parse_actors("GONDOR [GON]\n+MINAS_TIRITH\nROHAN [ROH]\n", "a.txt", s);
  parse_agents("STEWARD [~GOV]\n", "g.txt", s);
  parse_discards("+PIPE WEED\n", "d.txt", s);
  parse_verbs(
      "&ARMY\n+HOST\n"
      "--- MUSTER [180] ---\nMUSTER\n+CALL_UP\n"
      "- * TROOPS [181]\n- * &ARMY (OF {GREAT SIZE}) [183]\n- $ * + [182]\n"
      "--- GATHER [---] ---\nGATHER\nMUSTER [031]\n",
      "v.txt", s);
  return s;
}

TEST(Compile, TriesIndexEntries) {
  auto c = compile(small_set());
  const auto* g = c->actors.find({"MINAS", "TIRITH"});
  ASSERT_NE(g, nullptr);
  EXPECT_EQ((*g)[0], 0u);
  ASSERT_NE(c->agents.find({"STEWARDS"}), nullptr);
  ASSERT_NE(c->discards.find({"PIPE", "WEED"}), nullptr);
  const auto* v = c->verbs.find({"CALLED", "UP"});
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(c->set.verbs[(*v)[0]].lemma, "CALL");
  const auto* m = c->verbs.find({"MUSTERED"});
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->size(), 2u);  // MUSTER sits in two blocks
}

TEST(Compile, TriesShareOneWordTable) {
  auto c = compile(small_set());
  EXPECT_EQ(&c->actors.words(), c->words.get());
  EXPECT_EQ(&c->verbs.words(), c->words.get());
}

TEST(Compile, VerbByLemmaKeepsTheFirstInAFile) {
  auto c = compile(small_set());
  ASSERT_TRUE(c->verb_by_lemma.count("MUSTER"));
  const VerbEntry& v = c->set.verbs[c->verb_by_lemma.at("MUSTER")];
  EXPECT_EQ(v.code, "180");
  EXPECT_FALSE(c->verb_by_lemma.count("CALL"));  // multi-word verbs are not lemmas here
}

TEST(Compile, LaterFileOverridesVerbByLemma) {
  DictionarySet s = small_set();
  parse_verbs("--- USER [099] ---\nMUSTER\n", "user.txt", s);
  auto c = compile(std::move(s));
  EXPECT_EQ(c->set.verbs[c->verb_by_lemma.at("MUSTER")].code, "099");
}

TEST(Compile, PatternOrderMostLiteralFirstStable) {
  auto c = compile(small_set());
  ASSERT_EQ(c->pattern_order.size(), 2u);
  // patterns: "* TROOPS" (1 literal), "* &ARMY (OF {GREAT SIZE})" (4), "$ * +" (0)
  EXPECT_EQ(c->pattern_order[0], (std::vector<uint32_t>{1, 0, 2}));
  EXPECT_TRUE(c->pattern_order[1].empty());
}

TEST(Compile, SynsetsByName) {
  auto c = compile(small_set());
  ASSERT_TRUE(c->synset_by_name.count("ARMY"));
  EXPECT_EQ(c->set.synsets[c->synset_by_name.at("ARMY")].members.size(), 2u);
}

TEST(Compile, HashFollowsTheBytes) {
  auto a = compile(small_set());
  auto b = compile(small_set());
  EXPECT_EQ(a->hash.size(), 16u);
  EXPECT_EQ(a->hash, b->hash);
  DictionarySet s = small_set();
  parse_discards("X\n", "more.txt", s);
  EXPECT_NE(compile(std::move(s))->hash, a->hash);
  // FNV-1a of nothing is the offset basis.
  EXPECT_EQ(compile(DictionarySet())->hash, "cbf29ce484222325");
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

TEST(Compile, AggregateInitStillWorks) {
  CompiledDictionaries c{};
  EXPECT_EQ(c.actors.size(), 1u);
  EXPECT_EQ(c.actors.words().size(), 0u);
}

}  // namespace
}  // namespace dyad
