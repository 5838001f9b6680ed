#include <gtest/gtest.h>

#include <sstream>

#include "dyad/parse.h"

namespace dyad {
namespace {

// Builds tokens from "word/TAG word/TAG ..." (lemma = uppercase word unless given as
// word/TAG/LEMMA).
std::vector<Token> toks(const std::string& spec) {
  std::vector<Token> out;
  std::istringstream in(spec);
  std::string item;
  while (in >> item) {
    Token t;
    auto s1 = item.rfind('/');
    std::string lemma;
    std::string head = item.substr(0, s1);
    std::string tag = item.substr(s1 + 1);
    auto s0 = head.rfind('/');
    if (s0 != std::string::npos && s0 > 0) {
      lemma = tag;
      tag = head.substr(s0 + 1);
      head = head.substr(0, s0);
    }
    t.text = head;
    for (char c : head) t.upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    t.lemma = lemma.empty() ? t.upper : lemma;
    t.tag = pos_from_string(tag);
    out.push_back(t);
  }
  return out;
}

std::string np_text(const std::vector<Token>& t, const TokenRange& r) {
  std::string s;
  for (int i = r.begin; i < r.end; ++i) s += (i > r.begin ? " " : "") + t[i].text;
  return s;
}

TEST(ShallowParse, ChunksNounPhrasesAndVerbGroup) {
  auto t = toks("Arnor/NNP is/VBZ about/IN to/TO restore/VB full/JJ diplomatic/JJ ties/NNS "
                "with/IN Gondor/NNP ./.");
  auto ps = shallow_parse(t, {});
  ASSERT_EQ(ps.nps.size(), 3u);
  EXPECT_EQ(np_text(t, ps.nps[0]), "Arnor");
  EXPECT_EQ(np_text(t, ps.nps[1]), "full diplomatic ties");
  EXPECT_EQ(np_text(t, ps.nps[2]), "Gondor");
  ASSERT_EQ(ps.vgs.size(), 2u);
  EXPECT_EQ(t[ps.vgs[1].head].text, "restore");
}

TEST(ShallowParse, AdjectiveConjunctionStaysInsideThePhrase) {
  auto t = toks("Ithilen/NNP 's/POS awful/JJ and/CC evil/JJ minister/NN Calimehtar/NNP "
                "warned/VBD");
  auto ps = shallow_parse(t, {});
  ASSERT_GE(ps.nps.size(), 1u);
  EXPECT_EQ(np_text(t, ps.nps[0]), "Ithilen 's awful and evil minister Calimehtar");
}

TEST(ShallowParse, NounConjunctionSplitsPhrases) {
  auto t = toks("Fornost/NNP and/CC Gondor/NNP welcomed/VBD the/DT move/NN");
  auto ps = shallow_parse(t, {});
  ASSERT_EQ(ps.nps.size(), 3u);
  EXPECT_EQ(np_text(t, ps.nps[0]), "Fornost");
  EXPECT_EQ(np_text(t, ps.nps[1]), "Gondor");
}

TEST(ShallowParse, NegationAndPassiveAndModal) {
  auto t = toks("leaders/NNS were/VBD/BE not/RB invited/VBN since/IN both/DT nations/NNS "
                "will/MD leave/VB");
  auto ps = shallow_parse(t, {});
  ASSERT_EQ(ps.vgs.size(), 2u);
  EXPECT_TRUE(ps.vgs[0].negated);
  EXPECT_TRUE(ps.vgs[0].passive);
  EXPECT_FALSE(ps.vgs[1].negated);
  EXPECT_TRUE(ps.vgs[1].modal);
  EXPECT_EQ(ps.vgs[1].modal_word, "will");
}

TEST(ShallowParse, MarksSubordinateAndRelativeClauses) {
  auto t = toks("Gondor/NNP delayed/VBD the/DT meeting/NN after/IN a/DT hafling/NN was/VBD/BE "
                "reported/VBN ,/, a/DT woman/NN who/WP shot/VBD at/IN officers/NNS left/VBD");
  auto ps = shallow_parse(t, {});
  EXPECT_EQ(ps.mark[4], ClauseMark::Subordinator);
  EXPECT_EQ(ps.mark[12], ClauseMark::Relative);
}

TEST(ShallowParse, PrepositionWithoutClauseIsNotASubordinator) {
  auto t = toks("forces/NNS have/VBP been/VBN/BE active/JJ since/IN 2013/CD in/IN Mali/NNP");
  auto ps = shallow_parse(t, {});
  EXPECT_EQ(ps.mark[4], ClauseMark::None);
}

TEST(ShallowParse, SpeechVerbComplementStartsAClause) {
  auto t = toks("Macron/NNP says/VBZ/SAY France/NNP will/MD withdraw/VB its/PRP$ troops/NNS");
  auto ps = shallow_parse(t, {});
  EXPECT_EQ(ps.mark[2], ClauseMark::Complement);
}

TEST(ShallowParse, CommaClauseWithOwnSubject) {
  auto t = toks("Arnor/NNP restored/VBD ties/NNS ,/, a/DT senior/JJ official/NN said/VBD/SAY "
                "on/IN Saturday/NNP");
  auto ps = shallow_parse(t, {});
  EXPECT_EQ(ps.mark[3], ClauseMark::Coordinate);
}

TEST(ShallowParse, SubjectListIsNotAClause) {
  auto t = toks("Mordor/NNP ,/, Rohan/NNP and/CC Bree/NNP welcomed/VBD it/PRP");
  auto ps = shallow_parse(t, {});
  for (auto m : ps.mark) EXPECT_EQ(m, ClauseMark::None);
}

TEST(ShallowParse, NameSpansStayWhole) {
  auto t = toks("the/DT Prince/NNP of/IN Dol/NNP Amroth/NNP warned/VBD");
  std::vector<int> names = {-1, 0, 0, 0, 0, -1};
  auto ps = shallow_parse(t, names);
  ASSERT_GE(ps.nps.size(), 1u);
  EXPECT_EQ(np_text(t, ps.nps[0]), "the Prince of Dol Amroth");
}

TEST(ShallowParse, EmptyAndPunctuationOnly) {
  EXPECT_TRUE(shallow_parse({}, {}).nps.empty());
  auto t = toks(",/, ./. :/:");
  auto ps = shallow_parse(t, {});
  EXPECT_TRUE(ps.nps.empty());
  EXPECT_TRUE(ps.vgs.empty());
}

}  // namespace
}  // namespace dyad
