#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "dyad/eval.h"

namespace dyad {

TEST(Gold, ParsesEveryKind) {
  std::istringstream in(
      R"({"kind":"require","id":"r","sentence_contains":"withdraw","source":["FRA*"],"target":["MLI*"],"code":["087*","0356"],"date":"20220217","location_country":"ML"})"
      "\n"
      R"({"kind":"allow","id":"a","sentence_contains":"tensions","source":"MLI*","code":["11*"]})"
      "\n"
      "\n"
      R"({"kind":"forbid","id":"f","sentence_contains":"Copyright","source":["*"],"target":["*"],"code":["*"]})"
      "\n"
      R"({"kind":"quantity","id":"q","sentence_contains":"4,300 troops","actor":["FRA*"],"what":"troops","value":4300,"approximate":true})"
      "\n");
  Gold g = parse_gold(in, "g.jsonl");
  EXPECT_TRUE(g.problems.empty());
  ASSERT_EQ(g.lines.size(), 4u);
  const GoldLine& r = g.lines[0];
  EXPECT_EQ(r.kind, GoldKind::Require);
  EXPECT_EQ(r.id, "r");
  EXPECT_EQ(r.code, (std::vector<std::string>{"087*", "0356"}));
  EXPECT_EQ(r.date, "2022-02-17");  // normalised
  EXPECT_EQ(r.location_country, "ML");
  EXPECT_EQ(r.line, 1);
  EXPECT_EQ(g.lines[1].source, std::vector<std::string>{"MLI*"});  // a string is a list of one
  EXPECT_TRUE(g.lines[1].target.empty());
  EXPECT_EQ(g.lines[2].kind, GoldKind::Forbid);
  EXPECT_EQ(g.lines[2].line, 4);
  const GoldLine& q = g.lines[3];
  EXPECT_EQ(q.kind, GoldKind::Quantity);
  EXPECT_EQ(q.what, "troops");
  EXPECT_DOUBLE_EQ(q.value, 4300);
  EXPECT_EQ(q.approximate, std::optional<bool>(true));
}

TEST(Gold, BadLinesBecomeProblems) {
  std::istringstream in(
      "not json\n"
      R"({"kind":"maybe","id":"x","sentence_contains":"s"})"
      "\n"
      R"({"kind":"require","sentence_contains":"s"})"
      "\n"
      R"({"kind":"require","id":"nos"})"
      "\n"
      R"({"kind":"require","id":"t","sentence_contains":"s","code":[1]})"
      "\n"
      R"({"kind":"require","id":"d","sentence_contains":"s","date":"2022-02-30"})"
      "\n"
      R"({"kind":"quantity","id":"nv","sentence_contains":"s","what":"troops"})"
      "\n"
      R"({"kind":"require","id":"ok","sentence_contains":"s"})"
      "\n"
      R"({"kind":"allow","id":"ok","sentence_contains":"s"})"
      "\n");
  Gold g = parse_gold(in, "g.jsonl");
  ASSERT_EQ(g.lines.size(), 2u);
  ASSERT_EQ(g.problems.size(), 8u);
  EXPECT_EQ(g.problems[0].record, "g.jsonl:1");
  EXPECT_NE(g.problems[0].message.find("invalid JSON"), std::string::npos);
  EXPECT_NE(g.problems[1].message.find("unknown kind 'maybe'"), std::string::npos);
  EXPECT_NE(g.problems[2].message.find("'id'"), std::string::npos);
  EXPECT_NE(g.problems[3].message.find("sentence_contains"), std::string::npos);
  EXPECT_NE(g.problems[4].message.find("list of strings"), std::string::npos);
  EXPECT_EQ(g.problems[5].record, "g.jsonl:6 (id=d)");
  EXPECT_NE(g.problems[6].message.find("'value'"), std::string::npos);
  EXPECT_FALSE(g.problems[7].fatal_for_record);  // duplicate id: kept, with a warning
  EXPECT_NE(g.problems[7].message.find("duplicate"), std::string::npos);
}

TEST(Gold, LoadsSharedSeedGold) {
  std::string path = std::string(DYAD_SHARED_DIR) + "/acceptance/seed-article.gold.jsonl";
  if (!std::ifstream(path)) GTEST_SKIP() << "shared data not found: " << path;
  auto g = load_gold(path);
  ASSERT_TRUE(g.ok()) << g.error();
  EXPECT_TRUE(g->problems.empty());
  size_t counts[4] = {};
  for (const auto& l : g->lines) ++counts[static_cast<int>(l.kind)];
  EXPECT_EQ(counts[0], 6u);  // require
  EXPECT_EQ(counts[1], 7u);  // allow
  EXPECT_EQ(counts[2], 2u);  // forbid
  EXPECT_EQ(counts[3], 2u);  // quantity
  EXPECT_FALSE(load_gold("/nonexistent/gold.jsonl").ok());
}

}  // namespace dyad
