// `dyad query` and `dyad export` over a store that `dyad ingest` filled with the seed article
// twice (two ids, two outlets): one merged withdrawal event with two articles and sources.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "store_support.h"

namespace dyad::e2e {
namespace {

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out(1);
  for (char c : s) {
    if (c == sep)
      out.emplace_back();
    else
      out.back() += c;
  }
  return out;
}

std::vector<std::string> lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

class QueryExport : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!shared_available()) {
      skip_ = "../shared is absent: seed article not available";
      return;
    }
    auto article = nlohmann::json::parse(read_file(shared("acceptance/seed-article.jsonl")));
    article["url"] = "https://npr.example/mali";
    auto copy = article;
    copy["id"] = "seed-copy";
    copy["source"] = "Reuters";
    copy["url"] = "https://reuters.example/mali";
    // Per process: CTest runs each test of this suite as its own process, in parallel.
    std::string input =
        temp_path("query-export-seed-" + std::to_string(::getpid()) + ".jsonl");
    write_file(input, article.dump() + "\n" + copy.dump() + "\n");
    db_ = fresh_db("query-export");
    ingest_ = run_dyad("ingest " + input + " --db " + db_);
  }
  void SetUp() override {
    if (!skip_.empty()) GTEST_SKIP() << skip_;
    ASSERT_EQ(ingest_.status, 0) << ingest_.err;
  }
  static std::string skip_, db_;
  static RunResult ingest_;
};
std::string QueryExport::skip_, QueryExport::db_;
RunResult QueryExport::ingest_;

TEST_F(QueryExport, QueryFindsTheWithdrawal) {
  auto r = run_dyad("query --db " + db_ + " --source FRA --target MLI");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("0874"), std::string::npos) << r.out;
  r = run_dyad("query --db " + db_ + " --source FRA --target MLI --code 0874 --format json");
  ASSERT_EQ(r.status, 0) << r.err;
  auto rows = nlohmann::json::parse(r.out);
  ASSERT_GE(rows.size(), 1u) << r.out;
  EXPECT_EQ(rows[0]["code"], "0874");
  EXPECT_EQ(rows[0]["num_articles"], 2);
  EXPECT_EQ(rows[0]["num_sources"], 2);
}

TEST_F(QueryExport, MentionsCarryTheSentence) {
  auto r = run_dyad("query --db " + db_ + " --level mentions --code 0874 --text withdraw "
                    "--format json");
  ASSERT_EQ(r.status, 0) << r.err;
  auto rows = nlohmann::json::parse(r.out);
  ASSERT_GE(rows.size(), 2u) << r.out;  // one per copy
  for (const auto& row : rows) {
    EXPECT_NE(row["sentence"].get<std::string>().find("withdraw"), std::string::npos);
    EXPECT_NE(row["url"].get<std::string>().find("example/mali"), std::string::npos);
  }
}

TEST_F(QueryExport, AggregatesByMonthAndDyad) {
  auto r = run_dyad("query --db " + db_ + " --by month,dyad --source FRA --format csv");
  ASSERT_EQ(r.status, 0) << r.err;
  auto out = lines(r.out);
  ASSERT_GE(out.size(), 2u);
  EXPECT_EQ(out[0].rfind("month,source,target,count,mentions,", 0), 0u) << out[0];
  EXPECT_NE(r.out.find("2022-02,FRA"), std::string::npos) << r.out;
}

TEST_F(QueryExport, GdeltRowsHave61FieldsAndTheCounts) {
  auto r = run_dyad("export --db " + db_ + " --format gdelt --source FRA --target MLI -q");
  ASSERT_EQ(r.status, 0) << r.err;
  auto rows = lines(r.out);
  ASSERT_GE(rows.size(), 1u);
  bool withdrawal = false;
  for (const std::string& row : rows) {
    auto f = split(row, '\t');
    ASSERT_EQ(f.size(), 61u) << row;
    EXPECT_EQ(f[1], "20220217");
    if (f[26] == "0874") {
      withdrawal = true;
      EXPECT_EQ(f[33], "2") << "NumArticles";
      EXPECT_EQ(f[32], "2") << "NumSources";
      EXPECT_EQ(f[7], "FRA") << "Actor1CountryCode";
    }
  }
  EXPECT_TRUE(withdrawal) << r.out;
}

TEST_F(QueryExport, OtherFormats) {
  auto mentions = run_dyad("export --db " + db_ + " --format mentions --code 0874 -q");
  ASSERT_EQ(mentions.status, 0) << mentions.err;
  auto rows = lines(mentions.out);
  ASSERT_GE(rows.size(), 2u);
  for (const std::string& row : rows) EXPECT_EQ(split(row, '\t').size(), 16u) << row;
  auto icews = run_dyad("export --db " + db_ + " --format icews --code 0874 -q");
  ASSERT_EQ(icews.status, 0) << icews.err;
  EXPECT_EQ(lines(icews.out).size(), rows.size() + 1);  // header
  auto jsonl = run_dyad("export --db " + db_ + " --format jsonl --code 0874 -q");
  ASSERT_EQ(jsonl.status, 0) << jsonl.err;
  EXPECT_EQ(lines(jsonl.out).size(), rows.size());
  auto plover = run_dyad("export --db " + db_ + " --format plover --code 0874 -q");
  ASSERT_EQ(plover.status, 0) << plover.err;
  ASSERT_FALSE(lines(plover.out).empty());
  EXPECT_EQ(nlohmann::json::parse(lines(plover.out)[0])["event"], "RETREAT");
  auto csv = run_dyad("export --db " + db_ + " --format csv");
  ASSERT_EQ(csv.status, 0) << csv.err;
  EXPECT_NE(csv.err.find("rows (csv)"), std::string::npos);
  EXPECT_EQ(lines(csv.out)[0].rfind("id,date,source,target,code", 0), 0u);
}

TEST_F(QueryExport, BadValuesExitTwoWithAMessage) {
  struct Case {
    std::string args, message;
  } cases[] = {
      {"query --db " + db_ + " --quad 7", "quad:"},
      {"query --db " + db_ + " --from 2022-02-30", "date_from:"},
      {"query --db " + db_ + " --source 'FRA%'", "source:"},
      {"query --db " + db_ + " --by month,weekday", "by:"},
      {"query --db " + db_ + " --level articles", "level:"},
      {"query --db " + db_ + " --text '\"open'", "text:"},
      {"query --db " + db_ + " --limit 0", "limit:"},
      {"export --db " + db_ + " --format xml", "format:"},
      {"export --db " + db_ + " --format gdelt --event x", "event_id:"},
      {"query --db " + temp_path("no-such-store.db"), "no-such-store"},
  };
  for (const Case& c : cases) {
    auto r = run_dyad(c.args);
    EXPECT_EQ(r.status, 2) << c.args << "\n" << r.err;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << c.args << "\n" << r.err;
    EXPECT_EQ(r.out, "") << c.args;
  }
}

}  // namespace
}  // namespace dyad::e2e
