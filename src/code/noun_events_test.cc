#include "code/noun_events.h"

#include <gtest/gtest.h>

#include "code/test_tokens.h"

namespace dyad {
namespace {

NounEvent noun(std::vector<std::string> words, std::string code,
               std::vector<std::pair<std::string, PatKind>> frames) {
  NounEvent ne;
  Phrase p;
  p.words = std::move(words);
  ne.phrases.push_back(p);
  ne.code = std::move(code);
  for (auto& [prep, role] : frames) ne.frames.push_back({prep, role});
  ne.origin = "test:1";
  return ne;
}

class NounEventsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    DictionarySet set;
    parse_actors("FRANCE [FRA]\n+FRENCH\nMALI [MLI]\nRUSSIA [RUS]\nUKRAINE [UKR]\n"
                 "EMMANUEL_MACRON [FRAGOV]\n+MACRON\nAFRICAN [AFR]\nEUROPEAN [EUR]\n",
                 "actors", set);
    parse_agents("LEADER [~GOV]\nTROOPS {} [~MIL]\n", "agents", set);
    parse_verbs("--- CONDEMN [122] ---\nCONDEMN\n--- LAUNCH [---] ---\nLAUNCH\n", "verbs", set);
    set.nouns.push_back(noun({"MEETING"}, "040", {{"WITH", PatKind::Target},
                                                  {"BETWEEN", PatKind::Compound}}));
    set.nouns.push_back(noun({"WITHDRAWAL"}, "0874", {{"OF", PatKind::Source},
                                                      {"FROM", PatKind::Target}}));
    set.nouns.push_back(noun({"ATTACK"}, "190", {{"ON", PatKind::Target},
                                                 {"BY", PatKind::Source}}));
    ASSERT_TRUE(set.diagnostics.empty());
    coder_ = std::make_unique<Coder>(compile(std::move(set)), nullptr, nullptr, nullptr);
  }
  std::vector<std::string> code(const std::string& spec) { return testing::coded(*coder_, spec); }
  std::unique_ptr<Coder> coder_;
};

using V = std::vector<std::string>;

TEST_F(NounEventsTest, PossessorIsTheSource) {
  EXPECT_EQ(code("The/DT announcements/NNS followed/VBD/FOLLOW Macron/NNP 's/POS "
                 "Wednesday/NNP night/NN meeting/NN with/IN African/JJ and/CC European/JJ "
                 "leaders/NNS"),
            (V{"FRAGOV AFRGOV 040", "FRAGOV EURGOV 040"}));
}

TEST_F(NounEventsTest, OfAndFromFrames) {
  EXPECT_EQ(code("They/PRP discussed/VBD/DISCUSS the/DT withdrawal/NN of/IN French/JJ "
                 "troops/NNS from/IN Mali/NNP"),
            V{"FRAMIL MLI 0874"});
}

TEST_F(NounEventsTest, BetweenGivesBothDirections) {
  EXPECT_EQ(code("a/DT meeting/NN between/IN France/NNP and/CC Mali/NNP"),
            (V{"FRA MLI 040", "MLI FRA 040"}));
}

TEST_F(NounEventsTest, SupportVerbLendsItsSubject) {
  EXPECT_EQ(code("Russia/NNP launched/VBD/LAUNCH an/DT attack/NN on/IN Ukraine/NNP"),
            V{"RUS UKR 190"});
}

TEST_F(NounEventsTest, CodedVerbDoesNotLendItsSubject) {
  EXPECT_EQ(code("France/NNP condemned/VBD/CONDEMN the/DT attack/NN on/IN Mali/NNP"),
            V{"FRA MLI 122"});
}

TEST_F(NounEventsTest, NoSourceNoEvent) {
  EXPECT_TRUE(code("the/DT attack/NN on/IN Mali/NNP was/VBD/BE deadly/JJ").empty());
}

}  // namespace
}  // namespace dyad
