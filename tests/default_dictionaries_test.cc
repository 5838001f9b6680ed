// dyad's default dictionaries end to end: one or more sentences per CAMEO root coded to that
// root, and the seed article meeting every requirement of its gold file (dates, places and
// quantities included).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "run_support.h"

namespace dyad::e2e {
namespace {

TEST(DefaultDictionaries, EveryRootHasSentencesCodedToIt) {
  std::ifstream in(std::string(DYAD_SOURCE_DIR) + "/tests/data/root_sentences.tsv");
  ASSERT_TRUE(in);
  std::string articles, line;
  std::map<std::string, std::string> expected_root, text_of;
  int n = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << line;
    std::string id = "s" + std::to_string(n++);
    expected_root[id] = line.substr(0, tab);
    text_of[id] = line.substr(tab + 1);
    articles += nlohmann::json{{"id", id}, {"date", "2024-06-01"}, {"text", text_of[id]}}.dump() +
                "\n";
  }
  ASSERT_GE(n, 100);
  std::string input = temp_path("root-sentences.jsonl");
  write_file(input, articles);
  auto r = run_dyad("code -q " + input);
  ASSERT_EQ(r.status, 0) << r.err;
  std::map<std::string, std::set<std::string>> roots;
  std::istringstream out(r.out);
  while (std::getline(out, line)) {
    auto e = nlohmann::json::parse(line);
    if (e["type"] == "event") roots[e["article"]].insert(e["root"].get<std::string>());
  }
  std::set<std::string> roots_seen;
  for (const auto& [id, root] : expected_root) {
    EXPECT_TRUE(roots[id].count(root)) << "root " << root << " not coded for: " << text_of[id];
    roots_seen.insert(root);
  }
  EXPECT_EQ(roots_seen.size(), 20u);
}

TEST(DefaultDictionaries, SeedArticleMeetsEveryGoldRequirement) {
  if (!shared_available()) GTEST_SKIP() << "../shared is absent: seed article not available";
  if (!std::filesystem::exists(std::string(DYAD_SOURCE_DIR) + "/data/generated/gazetteer.bin"))
    GTEST_SKIP() << "the gazetteer is built by scripts/setup";
  std::string events = temp_path("seed-default.jsonl");
  auto coded = run_dyad("code -q " + shared("acceptance/seed-article.jsonl") + " -o " + events);
  ASSERT_EQ(coded.status, 0) << coded.err;
  auto scored =
      run_dyad("eval --json " + shared("acceptance/seed-article.gold.jsonl") + " " + events);
  auto report = nlohmann::json::parse(scored.out);
  for (const auto& l : report["lines"]) {
    std::string kind = l["kind"];
    if (kind == "require" || kind == "quantity" || kind == "forbid") {
      EXPECT_EQ(l["status"], "PASS") << kind << " " << l["id"] << "\n" << l.dump(2);
    }
  }
  EXPECT_EQ(report["counts"]["require_matched"], report["counts"]["require"]);
  EXPECT_EQ(report["counts"]["quantity_matched"], 2);
  EXPECT_EQ(report["counts"]["forbid_violated"], 0);
  std::printf("seed article, default dictionaries: recall %s, precision %s\n",
              report["recall"].dump().c_str(), report["precision"].dump().c_str());
}

}  // namespace
}  // namespace dyad::e2e

namespace dyad::e2e {
namespace {

TEST(DefaultDictionaries, ShippedDictionariesCheckCleanAndCoverEveryCode) {
  auto check = run_dyad("dict check");
  EXPECT_EQ(check.status, 0) << check.out << check.err;
  EXPECT_NE(check.out.find("problems: 0"), std::string::npos) << check.out;
  auto coverage = run_dyad("dict coverage");
  EXPECT_EQ(coverage.status, 0) << coverage.out << coverage.err;
  EXPECT_NE(coverage.out.find("291 of 291 codes covered"), std::string::npos) << coverage.out;
}

}  // namespace
}  // namespace dyad::e2e
