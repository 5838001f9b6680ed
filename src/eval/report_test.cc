#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "dyad/eval.h"

namespace dyad {

namespace {

EvalReport sample_report() {
  std::istringstream gold(
      R"({"kind":"require","id":"withdraw-france","sentence_contains":"France will withdraw","source":["FRA*"],"target":["MLI*"],"code":["087*"]})"
      "\n"
      R"({"kind":"require","id":"insurgents-attack","sentence_contains":"began attacking","source":["*REB*"],"target":["MLI*"],"code":["18*"]})"
      "\n"
      R"({"kind":"allow","id":"tensions","sentence_contains":"Tensions","code":["11*"]})"
      "\n"
      R"({"kind":"forbid","id":"copyright-line","sentence_contains":"Copyright","code":["*"]})"
      "\n"
      R"({"kind":"quantity","id":"troops-mali","sentence_contains":"2,400","what":"troops","value":2400})"
      "\n");
  std::istringstream out(
      R"({"type":"event","id":"e1","text":"France will withdraw.","source":"FRA","target":"MLI","code":"0874","date":"2022-02-17"})"
      "\n"
      R"({"type":"event","id":"e2","text":"Rebels began attacking.","source":"MLIREB","target":"MLIMIL","code":"173"})"
      "\n"
      R"({"type":"event","id":"e3","text":"Copyright NPR.","source":"","target":"","code":"010"})"
      "\n"
      "not json\n");
  return evaluate(parse_gold(gold, "gold.jsonl"), parse_produced(out, "out.jsonl"));
}

}  // namespace

TEST(TextReport, OneLinePerGoldLineThenTotals) {
  std::ostringstream s;
  write_text_report(s, sample_report());
  std::string text = s.str();
  EXPECT_EQ(text.rfind("PASS require withdraw-france\n", 0), 0u) << text;
  EXPECT_NE(
      text.find("FAIL require insurgents-attack: no match among 1 events from \"began attacking\"\n"
                "    closest: MLIREB -> MLIMIL 173 [differs: code] (event e2) line 2\n"),
      std::string::npos)
      << text;
  EXPECT_NE(text.find("NONE allow tensions (0 of 0 events)"), std::string::npos) << text;
  EXPECT_NE(text.find("FAIL forbid copyright-line: violated by 1 event(s)\n"
                      "    violation: - -> - 010 (event e3) line 3\n"),
            std::string::npos)
      << text;
  EXPECT_NE(
      text.find("FAIL quantity troops-mali: no quantity from a sentence containing \"2,400\""),
      std::string::npos);
  EXPECT_NE(text.find("recall     1/2 = 0.500"), std::string::npos) << text;
  EXPECT_NE(text.find("precision  1/3 = 0.333"), std::string::npos) << text;
  EXPECT_NE(text.find("18 -> 17 x1"), std::string::npos) << text;
  EXPECT_NE(text.find("out.jsonl:4: invalid JSON"), std::string::npos) << text;
  EXPECT_NE(text.find("\nFAILED\n"), std::string::npos);
}

TEST(JsonReport, CarriesTheSameFacts) {
  std::ostringstream s;
  write_json_report(s, sample_report());
  auto j = nlohmann::json::parse(s.str());
  EXPECT_EQ(j["passed"], false);
  EXPECT_DOUBLE_EQ(j["recall"].get<double>(), 0.5);
  EXPECT_NEAR(j["precision"].get<double>(), 1.0 / 3, 1e-12);
  EXPECT_EQ(j["counts"]["forbid_violated"], 1);
  ASSERT_EQ(j["lines"].size(), 5u);
  EXPECT_EQ(j["lines"][0]["status"], "PASS");
  EXPECT_EQ(j["lines"][1]["status"], "FAIL");
  EXPECT_EQ(j["lines"][1]["closest"][0]["event"], "e2");
  EXPECT_EQ(j["lines"][1]["closest"][0]["mismatches"][0], "code");
  EXPECT_EQ(j["lines"][2]["status"], "NONE");
  EXPECT_EQ(j["per_root"]["08"]["matched"], 1);
  EXPECT_EQ(j["confusion"]["08"]["08"], 1);
  EXPECT_EQ(j["problems"].size(), 1u);
}

}  // namespace dyad
