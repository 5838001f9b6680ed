// The seed article (NPR, 17 Feb 2022) coded with the published Phoenix dictionaries and
// scored by `dyad eval`: the withdrawal and the insurgents' attack are found, no forbidden
// event is produced.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "run_support.h"

namespace dyad::e2e {
namespace {

std::string phoenix_flags() {
  std::string p = shared("data/peer/petrarch2/");
  return "--no-default-dicts --verbs " + p + "CAMEO.2.0.txt --actors " + p +
         "Phoenix.Countries.actors.txt --actors " + p + "Phoenix.International.actors.txt " +
         "--actors " + p + "Phoenix.MilNonState.actors.txt --agents " + p +
         "Phoenix.agents.txt --discards " + p + "Phoenix.discards.txt";
}

nlohmann::json line(const nlohmann::json& report, const std::string& id) {
  for (const auto& l : report["lines"])
    if (l["id"] == id) return l;
  return {};
}

TEST(SeedArticle, PhoenixDictionariesFindWithdrawalAndAttack) {
  if (!shared_available()) GTEST_SKIP() << "../shared is absent: seed article not available";
  std::string events = temp_path("seed-phoenix.jsonl");
  auto coded = run_dyad("code " + phoenix_flags() + " " +
                        shared("acceptance/seed-article.jsonl") + " -q -o " + events);
  ASSERT_EQ(coded.status, 0) << coded.err;
  auto scored = run_dyad("eval --ignore date --ignore location --json " +
                         shared("acceptance/seed-article.gold.jsonl") + " " + events);
  ASSERT_NE(scored.out, "") << scored.err;
  auto report = nlohmann::json::parse(scored.out);
  EXPECT_EQ(line(report, "withdraw-france")["status"], "PASS") << scored.out;
  EXPECT_EQ(line(report, "insurgents-attack")["status"], "PASS") << scored.out;
  EXPECT_EQ(report["counts"]["forbid_violated"], 0) << scored.out;
  EXPECT_EQ(line(report, "not-invited")["status"], "PASS");
  EXPECT_EQ(line(report, "copyright-line")["status"], "PASS");
}

TEST(SeedArticle, EveryEventExplainsItself) {
  if (!shared_available()) GTEST_SKIP() << "../shared is absent: seed article not available";
  auto article = nlohmann::json::parse(read_file(shared("acceptance/seed-article.jsonl")));
  const std::string body = article["text"];
  auto r = run_dyad("code " + phoenix_flags() + " -q " + shared("acceptance/seed-article.jsonl"));
  ASSERT_EQ(r.status, 0) << r.err;
  std::istringstream in(r.out);
  std::string l;
  int n = 0;
  while (std::getline(in, l)) {
    auto e = nlohmann::json::parse(l);
    if (e["type"] == "quantity") continue;  // quantity records carry no verb evidence
    ++n;
    EXPECT_EQ(e["type"], "event");
    EXPECT_EQ(e["article"], "npr-mali-withdrawal");
    EXPECT_EQ(e["id"].get<std::string>().size(), 16u);
    const std::string sentence = e["text"];
    // Spans are byte offsets into the article; each names words of the event's sentence.
    for (const char* k : {"source", "target", "verb"}) {
      size_t b = e["evidence"][k]["begin"], end = e["evidence"][k]["end"];
      ASSERT_LT(b, end) << k << " in " << l;
      ASSERT_LE(end, body.size());
      EXPECT_NE(sentence.find(body.substr(b, end - b)), std::string::npos) << k << " in " << l;
    }
    EXPECT_FALSE(e["evidence"]["verb"]["entry"]["origin"].get<std::string>().empty());
    EXPECT_NE(e["coder"].get<std::string>().find("dict:"), std::string::npos);
  }
  EXPECT_GT(n, 0);
}

}  // namespace
}  // namespace dyad::e2e
