#include <gtest/gtest.h>

#include <algorithm>

#include "dyad/dictionary.h"

namespace dyad {
namespace {

using Words = std::vector<std::string>;

DictionarySet agents_of(std::string_view text) {
  DictionarySet set;
  parse_agents(text, "t.agents", set);
  return set;
}

std::vector<Words> words_of(const AgentEntry& a) {
  std::vector<Words> out;
  for (const auto& p : a.phrases) out.push_back(p.words);
  return out;
}

bool has(const AgentEntry& a, const Words& w) {
  auto all = words_of(a);
  return std::find(all.begin(), all.end(), w) != all.end();
}

TEST(ParseAgents, SuffixAndPrefixCodes) {
  DictionarySet s =
      agents_of("RANGER [~RNG]\nRIGHTS_BODY [NGO~]\nWATCHER [  NGO~]\nGUARD [ ~COP]\n");
  ASSERT_EQ(s.agents.size(), 4u);
  EXPECT_EQ(s.agents[0].code, "RNG");
  EXPECT_FALSE(s.agents[0].prefix);
  EXPECT_EQ(s.agents[1].code, "NGO");
  EXPECT_TRUE(s.agents[1].prefix);
  EXPECT_EQ(s.agents[2].code, "NGO");
  EXPECT_EQ(s.agents[3].code, "COP");
  EXPECT_EQ(s.agents[3].origin, "t.agents:4");
  EXPECT_TRUE(s.diagnostics.empty());
}

TEST(ParseAgents, RegularPluralsOfTheLastWord) {
  DictionarySet s = agents_of(
      "WAR_COUNCIL [~GOV]\nHIGH_AUTHORITY [~GOV]\nCONGRESS [~LEG]\nBOWMAN [~MIL]\n"
      "TAX_OFFICE [~GOV]\n");
  ASSERT_EQ(s.agents.size(), 5u);
  EXPECT_TRUE(has(s.agents[0], {"WAR", "COUNCILS"}));
  EXPECT_TRUE(has(s.agents[1], {"HIGH", "AUTHORITIES"}));
  EXPECT_TRUE(has(s.agents[2], {"CONGRESSES"}));
  EXPECT_TRUE(has(s.agents[3], {"BOWMEN"}));
  EXPECT_TRUE(has(s.agents[4], {"TAX", "OFFICES"}));
  EXPECT_EQ(s.agents[0].phrases.size(), 2u);
}

TEST(ParseAgents, EmptyBracesMeanNoPlural) {
  DictionarySet s = agents_of("POLICE {} [~COP]\n");
  ASSERT_EQ(s.agents.size(), 1u);
  EXPECT_EQ(words_of(s.agents[0]), (std::vector<Words>{{"POLICE"}}));
}

TEST(ParseAgents, GivenPluralsExactly) {
  DictionarySet s = agents_of("CHIEF_OF_STAFF {CHIEFS_OF_STAFF CHIEFS_OF_STAFFS} [~MIL]\n");
  ASSERT_EQ(s.agents.size(), 1u);
  EXPECT_EQ(words_of(s.agents[0]),
            (std::vector<Words>{
                {"CHIEF", "OF", "STAFF"}, {"CHIEFS", "OF", "STAFF"}, {"CHIEFS", "OF", "STAFFS"}}));
}

TEST(ParseAgents, SubstitutionSets) {
  DictionarySet s = agents_of(
      "!HELPER! = AIDE, AIDES , ASSISTANT\n"
      "!KIN! = MAN, MEN\n"
      "WAR!KIN! [~MIL]\n"
      "!HELPER!_TO_THE_KING [~GOV]\n");
  ASSERT_EQ(s.agents.size(), 2u);
  EXPECT_EQ(words_of(s.agents[0]), (std::vector<Words>{{"WARMAN"}, {"WARMEN"}}));
  EXPECT_EQ(s.agents[1].phrases.size(), 3u);  // no plurals added to substitutions
  EXPECT_TRUE(has(s.agents[1], {"AIDES", "TO", "THE", "KING"}));
  EXPECT_TRUE(has(s.agents[1], {"ASSISTANT", "TO", "THE", "KING"}));
  EXPECT_TRUE(s.diagnostics.empty());
}

TEST(ParseAgents, Malformed) {
  DictionarySet s = agents_of(
      "NO_CODE_HERE\n"      // no code
      "BAD_CLOSE [~ENV}\n"  // unclosed '['
      "NO_TILDE [GOV]\n"    // no '~'
      "TWO_TILDES [~GOV~]\n"
      "EMPTY [~]\n"
      "BRACE {OPEN [~X]\n"
      "UNKNOWN!SET! [~X]\n"
      "!BROKEN = A, B\n"  // marker without closing '!'
      "[~ORPHAN]\n"       // no phrase
      "TWO [~A] [~B]\n"
      "GOOD [~OK]\n");
  ASSERT_EQ(s.agents.size(), 1u);
  EXPECT_EQ(s.agents[0].code, "OK");
  EXPECT_EQ(s.diagnostics.size(), 10u);
  EXPECT_EQ(s.diagnostics[0].origin, "t.agents:1");
}

}  // namespace
}  // namespace dyad
