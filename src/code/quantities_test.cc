#include "code/quantities.h"

#include <gtest/gtest.h>

#include "code/test_tokens.h"

namespace dyad {
namespace {

using testing::tagged;

class QuantitiesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    DictionarySet set;
    parse_actors("FRANCE [FRA]\nMALI [MLI]\n+MALIAN\n", "actors", set);
    parse_agents("TROOPS {} [~MIL]\nSOLDIER [~MIL]\nINSURGENT [~REB]\n", "agents", set);
    parse_verbs("--- KILL [190] ---\nKILL {KILLED}\n", "verbs", set);
    coder_ = std::make_unique<Coder>(compile(std::move(set)), nullptr, nullptr, nullptr);
  }
  SentenceAnalysis code(const std::string& spec) {
    tt_ = tagged(spec);
    return coder_->code_sentence(tt_.tokens, tt_.text, 20220217, "t", 0, 0,
                                 static_cast<uint32_t>(tt_.text.size()));
  }
  std::unique_ptr<Coder> coder_;
  testing::TaggedText tt_;
};

TEST_F(QuantitiesTest, TroopsWithApproximationAndCarriedOverCount) {
  auto a = code("France/NNP has/VBZ/HAVE about/RB 4,300/CD troops/NNS in/IN the/DT Sahel/NNP "
                "region/NN ,/, including/VBG 2,400/CD in/IN Mali/NNP ./.");
  ASSERT_EQ(a.quantities.size(), 2u);
  EXPECT_EQ(a.quantities[0].what, "troops");
  EXPECT_EQ(a.quantities[0].value, 4300);
  EXPECT_TRUE(a.quantities[0].approximate);
  EXPECT_EQ(a.quantities[0].actor, "FRA");
  EXPECT_EQ(a.quantities[1].what, "troops");
  EXPECT_EQ(a.quantities[1].value, 2400);
  EXPECT_FALSE(a.quantities[1].approximate);
  EXPECT_EQ(a.quantities[1].actor, "FRA");
  EXPECT_EQ(tt_.text.substr(a.quantities[0].span.begin,
                            a.quantities[0].span.end - a.quantities[0].span.begin),
            "about 4,300 troops");
}

TEST_F(QuantitiesTest, CasualtiesAttachToTheEventOfTheirClause) {
  auto a = code("Insurgents/NNS/INSURGENT killed/VBD/KILL at/IN least/JJS 12/CD Malian/JJ "
                "soldiers/NNS ./.");
  ASSERT_EQ(a.events.size(), 1u);
  ASSERT_EQ(a.events[0].quantities.size(), 1u);
  const Quantity& q = a.events[0].quantities[0];
  EXPECT_EQ(q.what, "killed");
  EXPECT_EQ(q.value, 12);
  EXPECT_EQ(q.bound, "at_least");
  EXPECT_EQ(q.actor, "MLIMIL");
  EXPECT_TRUE(a.quantities.empty());
}

TEST_F(QuantitiesTest, YearsAreNotCounts) {
  EXPECT_TRUE(code("France/NNP intervened/VBD in/IN 2013/CD ./.").quantities.empty());
}

TEST(NumberValue, ParsesNewsNumbers) {
  double v = 0;
  EXPECT_TRUE(number_value("4,300", &v));
  EXPECT_EQ(v, 4300);
  EXPECT_TRUE(number_value("2.5", &v));
  EXPECT_EQ(v, 2.5);
  EXPECT_TRUE(number_value("twelve", &v));
  EXPECT_EQ(v, 12);
  EXPECT_FALSE(number_value("12,5", &v));
  EXPECT_FALSE(number_value("abc", &v));
  EXPECT_FALSE(number_value("", &v));
}

}  // namespace
}  // namespace dyad
