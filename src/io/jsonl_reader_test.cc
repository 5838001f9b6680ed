#include <gtest/gtest.h>

#include <fstream>

#include "io/reader_test_support.h"

namespace dyad {

using testing_support::read_all;

TEST(JsonlReader, ReadsArticlesAndNormalisesDates) {
  auto r = read_all(
      R"({"id":"a1","date":"2022-02-17","text":"France will withdraw.","source":"NPR","url":"http://x","title":"T"})"
      "\n"
      R"({"id":"a2","date":"20220218","text":"Second.","places":["mali"]})"
      "\n",
      "in.jsonl", InputFormat::Jsonl);
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_TRUE(r.problems.empty());
  const Article& a = r.articles[0];
  EXPECT_EQ(a.id, "a1");
  EXPECT_EQ(a.date, "2022-02-17");
  EXPECT_EQ(a.text, "France will withdraw.");
  EXPECT_EQ(a.source, "NPR");
  EXPECT_EQ(a.url, "http://x");
  EXPECT_EQ(a.title, "T");
  EXPECT_EQ(a.origin, "in.jsonl:1");
  EXPECT_EQ(r.articles[1].date, "2022-02-18");
  EXPECT_EQ(r.articles[1].origin, "in.jsonl:2");
}

TEST(JsonlReader, DefaultDateFillsMissingDate) {
  auto r = read_all(R"({"id":"a","text":"x y"})", "in.jsonl", InputFormat::Jsonl, "2020-01-05");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].date, "2020-01-05");
}

TEST(JsonlReader, BadRecordsBecomeProblemsAndReadingGoesOn) {
  std::string input =
      R"({"id":"nodate","text":"t"})"
      "\n"  // 1: no date, no default
      "\n"  // 2: blank, skipped silently
      R"({"text":"no id","date":"2020-01-01"})"
      "\n"  // 3
      R"({"id":"e","text":"","date":"2020-01-01"})"
      "\n"  // 4: empty text
      R"({"id":7,"text":"x","date":"2020-01-01"})"
      "\n"  // 5: wrong type
      R"({"id":"bad json",)"
      "\n"                                                             // 6
      "{\"id\":\"u\",\"text\":\"caf\xC3\",\"date\":\"2020-01-01\"}\n"  // 7: invalid UTF-8
      R"({"id":"d","text":"x","date":"2020-02-30"})"
      "\n"  // 8: impossible date
      R"([1,2])"
      "\n"  // 9: not an object
      R"({"id":"t","text":["x"],"date":"2020-01-01"})"
      "\n"  // 10: text not a string
      R"({"id":"ok","text":"fine","date":"2020-01-01"})"
      "\n";  // 11
  auto r = read_all(input, "in.jsonl", InputFormat::Jsonl);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].id, "ok");
  EXPECT_EQ(r.articles[0].origin, "in.jsonl:11");
  ASSERT_EQ(r.problems.size(), 9u);
  EXPECT_EQ(r.problems[0].record, "in.jsonl:1 (id=nodate)");
  EXPECT_NE(r.problems[0].message.find("no date"), std::string::npos);
  EXPECT_EQ(r.problems[1].record, "in.jsonl:3");
  EXPECT_NE(r.problems[1].message.find("'id'"), std::string::npos);
  EXPECT_EQ(r.problems[2].record, "in.jsonl:4 (id=e)");
  EXPECT_NE(r.problems[2].message.find("'text'"), std::string::npos);
  EXPECT_EQ(r.problems[3].record, "in.jsonl:5");
  EXPECT_NE(r.problems[3].message.find("must be a string"), std::string::npos);
  EXPECT_EQ(r.problems[4].record, "in.jsonl:6");
  EXPECT_NE(r.problems[4].message.find("invalid JSON"), std::string::npos);
  EXPECT_EQ(r.problems[5].record, "in.jsonl:7");
  EXPECT_NE(r.problems[5].message.find("UTF-8"), std::string::npos);
  EXPECT_EQ(r.problems[6].record, "in.jsonl:8 (id=d)");
  EXPECT_NE(r.problems[6].message.find("2020-02-30"), std::string::npos);
  EXPECT_NE(r.problems[7].message.find("object"), std::string::npos);
  EXPECT_EQ(r.problems[8].record, "in.jsonl:10 (id=t)");
  for (const Problem& p : r.problems) EXPECT_TRUE(p.fatal_for_record);
}

TEST(JsonlReader, OverlongLineIsSkipped) {
  ReaderOptions opts;
  opts.format = InputFormat::Jsonl;
  opts.max_record_bytes = 100;
  std::string long_line =
      R"({"id":"big","date":"2020-01-01","text":")" + std::string(500, 'x') + "\"}";
  auto r = read_all(long_line + "\n" + R"({"id":"s","date":"2020-01-01","text":"ok"})" + "\n",
                    "in.jsonl", opts);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].id, "s");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].record, "in.jsonl:1");
  EXPECT_NE(r.problems[0].message.find("longer than 100"), std::string::npos);
}

TEST(JsonlReader, LongTextIsCutAtCharacterBoundaryWithWarning) {
  ReaderOptions opts;
  opts.format = InputFormat::Jsonl;
  opts.max_article_bytes = 6;
  // "ab€€" is 8 bytes; 6 would split the second euro sign, so the cut is at 5.
  auto r =
      read_all("{\"id\":\"c\",\"date\":\"2020-01-01\",\"text\":\"ab\xE2\x82\xAC\xE2\x82\xAC\"}",
               "in.jsonl", opts);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].text, "ab\xE2\x82\xAC");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_FALSE(r.problems[0].fatal_for_record);
  EXPECT_EQ(r.problems[0].record, "in.jsonl:1 (id=c)");
}

TEST(JsonlReader, ReadsSharedSeedArticle) {
  std::string path = std::string(DYAD_SHARED_DIR) + "/acceptance/seed-article.jsonl";
  std::ifstream in(path);
  if (!in) GTEST_SKIP() << "shared data not found: " << path;
  auto reader = open_reader(in, path, {});
  Article a;
  std::vector<Problem> problems;
  ASSERT_TRUE(reader->next(a, problems));
  EXPECT_EQ(a.id, "npr-mali-withdrawal");
  EXPECT_EQ(a.date, "2022-02-17");
  EXPECT_NE(a.text.find("France will withdraw its troops from Mali"), std::string::npos);
  EXPECT_TRUE(problems.empty());
}

}  // namespace dyad
