#include "tag/main_verb_repair.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace dyad::tag {
namespace {

// "word/TAG word/TAG ..." with every VBN marked as able to be VBD; returns the repaired tags.
std::string repair(const std::string& tagged) {
  std::vector<Token> tokens;
  std::vector<Pos> tags;
  std::istringstream in(tagged);
  std::string item;
  while (in >> item) {
    size_t slash = item.rfind('/');
    Token t;
    t.text = item.substr(0, slash);
    tokens.push_back(t);
    tags.push_back(pos_from_string(item.substr(slash + 1)));
  }
  std::vector<uint8_t> can_be_past(tags.size(), 1);
  repair_main_verbs(tokens.data(), tags.data(), can_be_past.data(), tags.size());
  std::string out;
  for (size_t i = 0; i < tags.size(); ++i)
    out += (i ? " " : "") + tokens[i].text + "/" + std::string(pos_name(tags[i]));
  return out;
}

TEST(MainVerbRepair, ParticipleWithObjectAfterSubjectIsPastTense) {
  EXPECT_EQ(repair("Dealers/NNS immediately/RB sold/VBN bonds/NNS ./."),
            "Dealers/NNS immediately/RB sold/VBD bonds/NNS ./.");
  EXPECT_EQ(repair("He/PRP later/RB discussed/VBN with/IN rebels/NNS ./."),
            "He/PRP later/RB discussed/VBD with/IN rebels/NNS ./.");
}

TEST(MainVerbRepair, PassiveAndReducedRelativesStay) {
  // Headline passive: the soldiers were killed.
  EXPECT_EQ(repair("Three/CD soldiers/NNS killed/VBN in/IN attack/NN"),
            "Three/CD soldiers/NNS killed/VBN in/IN attack/NN");
  // A finite verb already came before.
  EXPECT_EQ(repair("Police/NNS found/VBD weapons/NNS hidden/VBN the/DT day/NN"),
            "Police/NNS found/VBD weapons/NNS hidden/VBN the/DT day/NN");
  // The clause's finite verb comes later: "troops deployed there will leave".
  EXPECT_EQ(repair("Troops/NNS deployed/VBN there/RB will/MD leave/VB"),
            "Troops/NNS deployed/VBN there/RB will/MD leave/VB");
  // No subject before it.
  EXPECT_EQ(repair("Arrested/VBN the/DT day/NN"), "Arrested/VBN the/DT day/NN");
}

TEST(MainVerbRepair, BaseFormAfterAuxiliaryAndAdverb) {
  EXPECT_EQ(repair("He/PRP did/VBD n't/RB say/VBP ./."), "He/PRP did/VBD n't/RB say/VB ./.");
  EXPECT_EQ(repair("They/PRP will/MD probably/RB not/RB attack/VBP"),
            "They/PRP will/MD probably/RB not/RB attack/VB");
  EXPECT_EQ(repair("to/TO quickly/RB withdraw/VBP"), "to/TO quickly/RB withdraw/VB");
  // A subject before the adverb keeps the present tense.
  EXPECT_EQ(repair("They/PRP often/RB say/VBP"), "They/PRP often/RB say/VBP");
}

TEST(MainVerbRepair, OnlyWhenPastTenseWasACandidate) {
  std::vector<Token> tokens(3);
  std::vector<Pos> tags = {Pos::NNS, Pos::VBN, Pos::DT};
  std::vector<uint8_t> can_be_past = {0, 0, 0};  // e.g. "known", "grown"
  repair_main_verbs(tokens.data(), tags.data(), can_be_past.data(), tags.size());
  EXPECT_EQ(tags[1], Pos::VBN);
}

}  // namespace
}  // namespace dyad::tag
