// `dyad code` end to end: every input format, bad records named on stderr and skipped,
// nothing but events on stdout, --strict, threads keeping input order.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "run_support.h"

namespace dyad::e2e {
namespace {

const char* kGood =
    R"({"id":"a1","date":"2022-02-17","text":"France will withdraw its troops from Mali."})";

std::vector<nlohmann::json> events_of(const std::string& out) {
  std::vector<nlohmann::json> v;
  std::istringstream in(out);
  std::string l;
  while (std::getline(in, l)) v.push_back(nlohmann::json::parse(l));  // throws if not JSON
  return v;
}

TEST(CodeCli, CodesJsonLinesWithDefaultDictionaries) {
  std::string f = temp_path("good.jsonl");
  write_file(f, std::string(kGood) + "\n");
  auto r = run_dyad("code " + f);
  ASSERT_EQ(r.status, 0) << r.err;
  auto ev = events_of(r.out);
  ASSERT_EQ(ev.size(), 1u) << r.out;
  EXPECT_EQ(ev[0]["source"], "FRA");
  EXPECT_EQ(ev[0]["target"], "MLI");
  EXPECT_EQ(ev[0]["code"], "0874");
  EXPECT_EQ(ev[0]["root"], "08");
  EXPECT_EQ(ev[0]["quad"], 2);
  EXPECT_EQ(ev[0]["date"], "2022-02-17");
}

TEST(CodeCli, BadRecordsAreNamedSkippedAndTheRunGoesOn) {
  std::string f = temp_path("bad.jsonl");
  write_file(f, std::string("{not json\n") +                                 // line 1
                    R"({"date":"2022-02-17","text":"no id"})" + "\n" +      // line 2
                    R"({"id":"u","date":"2022-02-17","text":"bad \xff byte"})" + "\n" +  // 3
                    R"({"id":"d","date":"2022-02-31","text":"France left."})" + "\n" +   // 4
                    R"({"id":7,"date":"2022-02-17","text":"wrong id type"})" + "\n" +    // 5
                    "\x01\x02\x03 binary\n" +                                            // 6
                    kGood + "\n");                                                       // 7
  auto r = run_dyad("code " + f);
  EXPECT_EQ(r.status, 0) << r.err;
  for (int line : {1, 2, 3, 4, 5, 6})
    EXPECT_NE(r.err.find("bad.jsonl:" + std::to_string(line)), std::string::npos)
        << "line " << line << " not named in:\n"
        << r.err;
  auto ev = events_of(r.out);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0]["article"], "a1");
  auto strict = run_dyad("code --strict " + f);
  EXPECT_EQ(strict.status, 1);
  EXPECT_EQ(events_of(strict.out).size(), 1u);
}

TEST(CodeCli, OversizedRecordIsSkipped) {
  std::string f = temp_path("big.jsonl");
  std::string big = R"({"id":"big","date":"2022-02-17","text":")" + std::string(5000, 'a') + "\"}";
  write_file(f, big + "\n" + kGood + "\n");
  auto r = run_dyad("code --max-record-bytes 1000 " + f);
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.err.find("big.jsonl:1"), std::string::npos) << r.err;
  EXPECT_EQ(events_of(r.out).size(), 1u);
}

TEST(CodeCli, MissingFileIsReportedAndOtherFilesAreCoded) {
  std::string f = temp_path("good2.jsonl");
  write_file(f, std::string(kGood) + "\n");
  auto r = run_dyad("code /nonexistent/x.jsonl " + f);
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.err.find("/nonexistent/x.jsonl"), std::string::npos);
  EXPECT_EQ(events_of(r.out).size(), 1u);
}

TEST(CodeCli, PlainTextNeedsADate) {
  std::string f = temp_path("article.txt");
  write_file(f, "France will withdraw its troops from Mali.\n");
  auto no_date = run_dyad("code --input-format text " + f);
  EXPECT_NE(no_date.err.find("date"), std::string::npos);
  EXPECT_TRUE(no_date.out.empty());
  auto r = run_dyad("code --input-format text --date 2022-02-17 " + f);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(events_of(r.out).size(), 1u);
}

TEST(CodeCli, ReadsTabariRecordsAndPetrarchXml) {
  std::string tab = temp_path("records.txt");
  write_file(tab, "220217 REC-1\nFrance will withdraw its troops from Mali.\n\n"
                  "not a header line\nMali expelled the French ambassador.\n\n");
  auto r = run_dyad("code --input-format tabari " + tab);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(events_of(r.out).size(), 1u);
  EXPECT_NE(r.err.find("records.txt:4"), std::string::npos) << r.err;

  std::string xml = temp_path("sentences.xml");
  write_file(xml, "<Sentences><Sentence date=\"20220217\" id=\"S1\"><Text>France will withdraw "
                  "its troops from Mali.</Text></Sentence><Sentence id=\"S2\"><Text>no date"
                  "</Text></Sentence></Sentences>");
  auto x = run_dyad("code " + xml);
  EXPECT_EQ(x.status, 0) << x.err;
  auto ev = events_of(x.out);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0]["article"], "S1");
  EXPECT_NE(x.err.find("S2"), std::string::npos) << x.err;

  std::string broken = temp_path("broken.xml");
  write_file(broken, "<Sentences><Sentence date=\"20220217\" id=\"S1\"><Text>x</Sentence>");
  auto b = run_dyad("code " + broken);
  EXPECT_EQ(b.status, 0);
  EXPECT_NE(b.err.find("broken.xml"), std::string::npos);
}

TEST(CodeCli, NonEnglishArticleIsSkippedWithAWarning) {
  std::string f = temp_path("fr.jsonl");
  write_file(f, R"({"id":"fr","date":"2022-02-17","text":"Le président de la République a )"
                R"(annoncé que la France allait retirer ses troupes du Mali et que les )"
                R"(soldats de la force Barkhane quitteraient le pays dans les mois qui viennent."})"
                "\n");
  auto r = run_dyad("code " + f);
  EXPECT_EQ(r.status, 0);
  EXPECT_TRUE(r.out.empty());
  EXPECT_NE(r.err.find("not English"), std::string::npos) << r.err;
}

TEST(CodeCli, ThreadsKeepInputOrder) {
  std::string f = temp_path("many.jsonl");
  std::string content;
  for (int i = 0; i < 300; ++i)
    content += R"({"id":"a)" + std::to_string(i) +
               R"(","date":"2022-02-17","text":"France will withdraw its troops from Mali. )"
               R"(Russia condemned the European Union."})" + "\n";
  write_file(f, content);
  auto one = run_dyad("code -j 1 -q " + f);
  auto two = run_dyad("code -j 2 -q " + f);
  ASSERT_EQ(one.status, 0);
  ASSERT_EQ(two.status, 0);
  EXPECT_FALSE(one.out.empty());
  EXPECT_EQ(one.out, two.out);
}

TEST(CodeCli, MalformedDictionaryEntriesAreReportedWithFileAndLine) {
  std::string d = temp_path("bad.actors.txt");
  write_file(d, "GOOD_LAND [GDL]\nBROKEN [GDL 2004017-20061201]\n[[[\n\x01\x02\n");
  std::string f = temp_path("good3.jsonl");
  write_file(f, std::string(kGood) + "\n");
  auto r = run_dyad("code --actors " + d + " " + f);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("bad.actors.txt:2"), std::string::npos) << r.err;
  EXPECT_EQ(events_of(r.out).size(), 1u);
}

TEST(CodeCli, TsvOutputHasAHeaderAndOneRowPerEvent) {
  std::string f = temp_path("good4.jsonl");
  write_file(f, std::string(kGood) + "\n");
  auto r = run_dyad("code --format tsv " + f);
  ASSERT_EQ(r.status, 0);
  std::istringstream in(r.out);
  std::string header, row, extra;
  std::getline(in, header);
  std::getline(in, row);
  EXPECT_FALSE(std::getline(in, extra));
  EXPECT_NE(header.find("source"), std::string::npos);
  EXPECT_NE(row.find("\t0874\t"), std::string::npos) << row;
}

TEST(Explain, ShowsTheWholeReasoning) {
  auto r = run_dyad("explain \"France will withdraw its troops from Mali.\" --date 2022-02-17");
  ASSERT_EQ(r.status, 0) << r.err;
  for (const char* part : {"Tokens", "Noun phrases", "Verb groups", "Actor phrases",
                           "Dictionary verbs", "Events", "FRA -> MLI 0874", "pattern:"})
    EXPECT_NE(r.out.find(part), std::string::npos) << part << " missing in\n" << r.out;
}

}  // namespace
}  // namespace dyad::e2e
