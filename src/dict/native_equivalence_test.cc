// A native file and a PETRARCH file with the same entries give the same structures, so
// compile() and the coder treat them alike.
#include <gtest/gtest.h>

#include <algorithm>

#include "dict/irregular_verbs.h"
#include "dyad/dictionary.h"

namespace dyad {
namespace {

using Words = std::vector<std::string>;

std::vector<Words> phrase_words_of(const std::vector<Phrase>& ps) {
  std::vector<Words> out;
  for (const auto& p : ps) out.push_back(p.words);
  std::sort(out.begin(), out.end());
  return out;
}

TEST(NativeEquivalence, ActorsWithDatedCodes) {
  DictionarySet n, p;
  parse_native("actor\tUSAGOV@2021-01-20..2025-01-20; USAELI\tJoe Biden; Biden\n", "n", n);
  parse_actors("JOE_BIDEN [USAGOV 20210120-20250120] [USAELI]\n+BIDEN\n", "p", p);
  ASSERT_TRUE(n.diagnostics.empty() && p.diagnostics.empty());
  ASSERT_EQ(n.actors.size(), p.actors.size());
  EXPECT_EQ(phrase_words_of(n.actors[0].phrases), phrase_words_of(p.actors[0].phrases));
  ASSERT_EQ(n.actors[0].codes.size(), p.actors[0].codes.size());
  for (size_t i = 0; i < n.actors[0].codes.size(); ++i) {
    const ActorCode &a = n.actors[0].codes[i], &b = p.actors[0].codes[i];
    EXPECT_EQ(a.codes, b.codes);
    EXPECT_EQ(a.restricted, b.restricted);
    EXPECT_EQ(a.from, b.from);
    EXPECT_EQ(a.to, b.to);
  }
}

TEST(NativeEquivalence, AgentsWithPlurals) {
  DictionarySet n, p;
  parse_native("agent\t~MIL\tsoldier; police{}; man{men}\n", "n", n);
  parse_agents("SOLDIER [~MIL]\nPOLICE {} [~MIL]\nMAN {MEN} [~MIL]\n", "p", p);
  ASSERT_EQ(n.agents.size(), 1u);
  std::vector<Phrase> all;
  for (const auto& a : p.agents) {
    EXPECT_EQ(a.code, n.agents[0].code);
    EXPECT_EQ(a.prefix, n.agents[0].prefix);
    all.insert(all.end(), a.phrases.begin(), a.phrases.end());
  }
  EXPECT_EQ(phrase_words_of(n.agents[0].phrases), phrase_words_of(all));
}

TEST(NativeEquivalence, VerbsAndPatterns) {
  DictionarySet n, p;
  parse_native("synset\tMILITARY\ttroops{}\n"
               "verb\tWITHDRAW\t---\twithdraw; pull out\n"
               "pattern\tWITHDRAW\t0874\t* &MILITARY (from +)\n", "n", n);
  parse_verbs("&MILITARY_\n+TROOPS\n--- WITHDRAW [---] ---\nWITHDRAW\n+PULL_OUT\n"
              "- * &MILITARY (FROM +) [0874]\n", "p", p);
  ASSERT_TRUE(n.diagnostics.empty() && p.diagnostics.empty());
  EXPECT_EQ(n.synsets[0].name, p.synsets[0].name);
  EXPECT_EQ(n.synsets[0].members, p.synsets[0].members);
  ASSERT_EQ(n.verbs.size(), p.verbs.size());
  for (size_t i = 0; i < n.verbs.size(); ++i) {
    EXPECT_EQ(n.verbs[i].lemma, p.verbs[i].lemma);
    EXPECT_EQ(n.verbs[i].code, p.verbs[i].code);
    // Every PETRARCH form is a native form; native adds WordNet's irregular ones.
    for (const VerbForm& f : p.verbs[i].forms)
      EXPECT_TRUE(std::any_of(n.verbs[i].forms.begin(), n.verbs[i].forms.end(),
                              [&](const VerbForm& g) { return g.words == f.words && g.head == f.head; }))
          << f.words[0];
  }
  const Pattern &a = n.verb_blocks[0].patterns[0], &b = p.verb_blocks[0].patterns[0];
  EXPECT_EQ(a.code, b.code);
  ASSERT_EQ(a.post.size(), b.post.size());
  for (size_t i = 0; i < a.post.size(); ++i) {
    EXPECT_EQ(a.post[i].kind, b.post[i].kind);
    EXPECT_EQ(a.post[i].word, b.post[i].word);
    EXPECT_EQ(a.post[i].tight, b.post[i].tight);
    EXPECT_EQ(a.post[i].group, b.post[i].group);
  }
  EXPECT_EQ(a.groups.size(), b.groups.size());
}

TEST(NativeEquivalence, CompiledLookupsFindNativeEntries) {
  DictionarySet n;
  parse_native("actor\tFRA\tFrance; French\nagent\t~MIL\ttroops{}\n"
               "verb\tWITHDRAW\t---\twithdraw\nnoun\t0874\twithdrawal\tof $; from +\n"
               "discard\tstory\tWorld Cup\n", "n", n);
  auto c = compile(std::move(n));
  EXPECT_NE(c->actors.find({"FRENCH"}), nullptr);
  EXPECT_NE(c->agents.find({"TROOPS"}), nullptr);
  EXPECT_NE(c->verbs.find({"WITHDRAWS"}), nullptr);
  if (dict::IrregularVerbs::wordnet().lemmas() > 0) {
    EXPECT_NE(c->verbs.find({"WITHDREW"}), nullptr);
  }
  EXPECT_NE(c->nouns.find({"WITHDRAWALS"}), nullptr);
  EXPECT_NE(c->discards.find({"WORLD", "CUP"}), nullptr);
  EXPECT_EQ(c->verb_by_lemma.count("WITHDRAW"), 1u);
  EXPECT_EQ(c->hash.size(), 16u);
}

}  // namespace
}  // namespace dyad
