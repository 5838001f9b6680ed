#include "dyad/tagger.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "tag/hmm_tagger.h"

namespace dyad {
namespace {

bool lingua_installed() {
  return std::filesystem::exists(std::string(tag::kLinguaDir) + "/words.yml");
}

const Tagger* shared_tagger() {
  static const std::shared_ptr<const Tagger> tagger = [] {
    auto loaded = Tagger::load();
    return loaded.ok() ? *loaded : nullptr;
  }();
  return tagger.get();
}

#define REQUIRE_TAGGER()                                                                     \
  if (!lingua_installed())                                                                   \
    GTEST_SKIP() << "liblingua-en-tagger-perl is not installed (" << tag::kLinguaDir << ")"; \
  const Tagger* tagger = shared_tagger();                                                    \
  ASSERT_NE(tagger, nullptr)

std::vector<Token> tokens_of(const std::string& sentence) {
  std::vector<Token> tokens;
  std::istringstream in(sentence);
  std::string word;
  while (in >> word) {
    Token t;
    t.text = word;
    tokens.push_back(t);
  }
  return tokens;
}

// "word/TAG ..." for readable failure messages.
std::string tagged(const std::vector<Token>& tokens) {
  std::string out;
  for (const Token& t : tokens) {
    if (!out.empty()) out += ' ';
    out += t.text + "/" + std::string(pos_name(t.tag));
  }
  return out;
}

Pos tag_of(const std::vector<Token>& tokens, const std::string& word) {
  for (const Token& t : tokens)
    if (t.text == word) return t.tag;
  ADD_FAILURE() << "no token " << word;
  return Pos::UNK;
}

std::vector<Token> tag_sentence(const Tagger& tagger, const std::string& sentence) {
  std::vector<Token> tokens = tokens_of(sentence);
  tagger.tag(tokens);
  return tokens;
}

TEST(Tagger, ModalBaseVerbPluralAndName) {
  REQUIRE_TAGGER();
  auto t = tag_sentence(*tagger, "France will withdraw its troops from Mali .");
  SCOPED_TRACE(tagged(t));
  EXPECT_EQ(tag_of(t, "France"), Pos::NNP);
  EXPECT_EQ(tag_of(t, "will"), Pos::MD);
  EXPECT_EQ(tag_of(t, "withdraw"), Pos::VB);
  EXPECT_EQ(tag_of(t, "its"), Pos::PRPS);
  EXPECT_EQ(tag_of(t, "troops"), Pos::NNS);
  EXPECT_EQ(tag_of(t, "from"), Pos::IN);
  EXPECT_EQ(tag_of(t, "Mali"), Pos::NNP);
  EXPECT_EQ(tag_of(t, "."), Pos::PERIOD);
}

TEST(Tagger, PastTenseGerundAndDemonym) {
  REQUIRE_TAGGER();
  auto t = tag_sentence(*tagger, "The insurgents began attacking the Malian army .");
  SCOPED_TRACE(tagged(t));
  EXPECT_EQ(tag_of(t, "The"), Pos::DT);
  EXPECT_EQ(tag_of(t, "insurgents"), Pos::NNS);
  EXPECT_EQ(tag_of(t, "began"), Pos::VBD);
  EXPECT_EQ(tag_of(t, "attacking"), Pos::VBG);
  EXPECT_EQ(tag_of(t, "Malian"), Pos::JJ);
  EXPECT_EQ(tag_of(t, "army"), Pos::NN);
}

TEST(Tagger, PassiveParticiple) {
  REQUIRE_TAGGER();
  auto t = tag_sentence(*tagger, "Soldiers were not invited .");
  SCOPED_TRACE(tagged(t));
  EXPECT_EQ(tag_of(t, "Soldiers"), Pos::NNS);
  EXPECT_EQ(tag_of(t, "were"), Pos::VBD);
  EXPECT_EQ(tag_of(t, "not"), Pos::RB);
  EXPECT_EQ(tag_of(t, "invited"), Pos::VBN);
}

TEST(Tagger, UnknownNamesAreProperNouns) {
  REQUIRE_TAGGER();
  auto t = tag_sentence(*tagger, "Arnor is about to restore full diplomatic ties with Gondor .");
  SCOPED_TRACE(tagged(t));
  EXPECT_EQ(tag_of(t, "Arnor"), Pos::NNP);
  EXPECT_EQ(tag_of(t, "is"), Pos::VBZ);
  EXPECT_EQ(tag_of(t, "to"), Pos::TO);
  EXPECT_EQ(tag_of(t, "restore"), Pos::VB);
  EXPECT_EQ(tag_of(t, "diplomatic"), Pos::JJ);
  EXPECT_EQ(tag_of(t, "ties"), Pos::NNS);
  EXPECT_EQ(tag_of(t, "Gondor"), Pos::NNP);
}

TEST(Tagger, NewsVerbsFromTheOverrideList) {
  REQUIRE_TAGGER();
  auto t =
      tag_sentence(*tagger, "Police arrested three militants after gunmen abducted 20 people .");
  SCOPED_TRACE(tagged(t));
  EXPECT_EQ(tag_of(t, "arrested"), Pos::VBD);
  EXPECT_EQ(tag_of(t, "militants"), Pos::NNS);
  EXPECT_EQ(tag_of(t, "abducted"), Pos::VBD);
  EXPECT_EQ(tag_of(t, "20"), Pos::CD);

  auto s = tag_sentence(*tagger, "Rebels shelled the town and the junta ordered airstrikes .");
  SCOPED_TRACE(tagged(s));
  EXPECT_EQ(tag_of(s, "shelled"), Pos::VBD);
  EXPECT_EQ(tag_of(s, "junta"), Pos::NN);
  EXPECT_EQ(tag_of(s, "airstrikes"), Pos::NNS);

  auto g = tag_sentence(*tagger, "Police fired tear gas at the jihadists .");
  SCOPED_TRACE(tagged(g));
  EXPECT_EQ(tag_of(g, "tear"), Pos::NN);
  EXPECT_EQ(tag_of(g, "jihadists"), Pos::NNS);
}

TEST(Tagger, PennClitics) {
  REQUIRE_TAGGER();
  auto t = tag_sentence(*tagger, "France 's army did n't leave the U.S. base .");
  SCOPED_TRACE(tagged(t));
  EXPECT_EQ(tag_of(t, "'s"), Pos::POS);
  EXPECT_EQ(tag_of(t, "did"), Pos::VBD);
  EXPECT_EQ(tag_of(t, "n't"), Pos::RB);
  EXPECT_EQ(tag_of(t, "U.S."), Pos::NNP);

  auto d = tag_sentence(*tagger, "The president did n't say whether he would meet Putin .");
  SCOPED_TRACE(tagged(d));
  EXPECT_EQ(tag_of(d, "say"), Pos::VB);
  EXPECT_EQ(tag_of(d, "meet"), Pos::VB);
  EXPECT_EQ(tag_of(d, "Putin"), Pos::NNP);
}

TEST(Tagger, PunctuationAndNumbersAreDeterministic) {
  REQUIRE_TAGGER();
  auto t = tag_sentence(*tagger, "`` About 4,300 ( or 1996-12-06 ) -- $ 5 ; '' !");
  SCOPED_TRACE(tagged(t));
  EXPECT_EQ(t[0].tag, Pos::LQUOTE);
  EXPECT_EQ(tag_of(t, "4,300"), Pos::CD);
  EXPECT_EQ(tag_of(t, "("), Pos::LRB);
  EXPECT_EQ(tag_of(t, "1996-12-06"), Pos::CD);
  EXPECT_EQ(tag_of(t, ")"), Pos::RRB);
  EXPECT_EQ(tag_of(t, "--"), Pos::COLON);
  EXPECT_EQ(tag_of(t, "$"), Pos::DOLLAR);
  EXPECT_EQ(tag_of(t, ";"), Pos::COLON);
  EXPECT_EQ(tag_of(t, "''"), Pos::RQUOTE);
  EXPECT_EQ(tag_of(t, "!"), Pos::PERIOD);
}

TEST(Tagger, StraightQuotesAlternate) {
  REQUIRE_TAGGER();
  auto t = tag_sentence(*tagger, "He said \" no \" .");
  SCOPED_TRACE(tagged(t));
  EXPECT_EQ(t[2].tag, Pos::LQUOTE);
  EXPECT_EQ(t[4].tag, Pos::RQUOTE);
}

TEST(Tagger, SentenceInitialCapitalUsesLowerCaseEntry) {
  REQUIRE_TAGGER();
  auto t = tag_sentence(*tagger, "Will France withdraw ?");
  SCOPED_TRACE(tagged(t));
  EXPECT_EQ(tag_of(t, "Will"), Pos::MD);
  auto c = tag_sentence(*tagger, "China saw a lucky win .");
  SCOPED_TRACE(tagged(c));
  EXPECT_EQ(tag_of(c, "China"), Pos::NNP);
}

TEST(Tagger, EmptyAndOddInputDoNotCrash) {
  REQUIRE_TAGGER();
  std::vector<Token> none;
  tagger->tag(none);
  EXPECT_TRUE(none.empty());
  auto t = tag_sentence(*tagger, std::string(300, 'x') + " \xC3\xA9migr\xC3\xA9 \xE2\x80\x99s ???");
  for (const Token& token : t) EXPECT_NE(token.tag, Pos::UNK) << token.text;
  // Long sentences are fine too.
  std::string many;
  for (int i = 0; i < 500; ++i) many += "the army attacked ";
  auto l = tag_sentence(*tagger, many);
  EXPECT_EQ(l[0].tag, Pos::DT);
  EXPECT_EQ(l[1498].tag, Pos::NN);
}

TEST(Tagger, MissingDirectoryIsAnError) {
  auto loaded = Tagger::load("/nonexistent/lingua");
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.error().find("/nonexistent/lingua/words.yml"), std::string::npos)
      << loaded.error();
}

}  // namespace
}  // namespace dyad
