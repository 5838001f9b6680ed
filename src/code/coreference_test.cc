#include "code/coreference.h"

#include <gtest/gtest.h>

#include "code/test_tokens.h"

namespace dyad {
namespace {

using testing::tagged;

class CoreferenceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    DictionarySet set;
    parse_actors("FRANCE [FRA]\nMALI [MLI]\nEMMANUEL_MACRON [FRAGOV]\n+MACRON\n", "actors", set);
    parse_agents("JUNTA [~MIL]\nINSURGENT [~REB]\nGOVERNMENT [~GOV]\n", "agents", set);
    parse_verbs("--- BLAME [1122] ---\nBLAME\n--- ATTACK [190] ---\nATTACK\n", "verbs", set);
    coder_ = std::make_unique<Coder>(compile(std::move(set)), nullptr, nullptr, nullptr);
  }
  // Codes the sentences in order as one article.
  std::vector<std::string> code(const std::vector<std::string>& specs) {
    Discourse d;
    std::vector<std::string> out;
    for (const auto& spec : specs)
      for (auto& e : testing::coded(*coder_, spec, 20220217, &d)) out.push_back(e);
    return out;
  }
  std::unique_ptr<Coder> coder_;
};

using V = std::vector<std::string>;

TEST_F(CoreferenceTest, HeIsTheLatestPersonAndTheJuntaTheLatestOtherCountry) {
  EXPECT_EQ(code({"Macron/NNP spoke/VBD about/IN Mali/NNP ./.",
                  "He/PRP blamed/VBD/BLAME the/DT junta/NN ./."}),
            V{"FRAGOV MLIMIL 1122"});
}

TEST_F(CoreferenceTest, TheyIsTheLatestGroup) {
  EXPECT_EQ(code({"The/DT insurgents/NNS/INSURGENT regrouped/VBD ./.",
                  "They/PRP attacked/VBD/ATTACK Mali/NNP ./."}),
            V{"---REB MLI 190"});
}

TEST_F(CoreferenceTest, NonStateAgentsDoNotTakeACountry) {
  EXPECT_EQ(code({"France/NNP spoke/VBD ./.",
                  "The/DT insurgents/NNS/INSURGENT attacked/VBD/ATTACK Mali/NNP ./."}),
            V{"---REB MLI 190"});
}

TEST_F(CoreferenceTest, TheCountryIsTheLatestCountry) {
  EXPECT_EQ(code({"Mali/NNP spoke/VBD ./.",
                  "Macron/NNP blamed/VBD/BLAME the/DT country/NN ./."}),
            V{"FRAGOV MLI 1122"});
}

TEST_F(CoreferenceTest, WithoutDiscourseNothingIsResolved) {
  auto tt = tagged("He/PRP blamed/VBD/BLAME the/DT junta/NN ./.");
  auto a = coder_->code_sentence(tt.tokens, tt.text, 20220217, "t", 0, 0,
                                 static_cast<uint32_t>(tt.text.size()));
  EXPECT_TRUE(a.events.empty());
}

TEST(IsCountryCode, RegionsAndRolesAreNotCountries) {
  EXPECT_TRUE(is_country_code("MLI"));
  EXPECT_TRUE(is_country_code("CAF"));
  EXPECT_FALSE(is_country_code("AFR"));
  EXPECT_FALSE(is_country_code("---"));
  EXPECT_FALSE(is_country_code("FRAGOV"));
}

}  // namespace
}  // namespace dyad
