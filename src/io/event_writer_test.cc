#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "dyad/io.h"

namespace dyad {

namespace {

Event sample_event() {
  Event e;
  e.id = "ev1";
  e.article = "npr-1";
  e.sentence = 3;
  e.text = "France will \"withdraw\"\tits troops from Mali — now.";
  e.date = "2022-02-17";
  e.source = "FRA";
  e.target = "MLI";
  e.code = "0874";
  e.root = "08";
  e.quad = 1;
  e.goldstein = 4.5;
  e.evidence.source = {0, 6};
  e.evidence.source_entries = {{"FRANCE", "FRA", "actors.txt:10"}};
  e.evidence.target = {37, 41};
  e.evidence.target_entries = {{"MALI", "MLI", "actors.txt:20"}};
  e.evidence.verb = {12, 20};
  e.evidence.verb_entry = {"WITHDRAW", "087", "verbs.txt:5"};
  e.evidence.pattern = {"- * TROOPS", "0874", "verbs.txt:6"};
  e.coder = "dyad 0.1.0 dict:abcd";
  return e;
}

}  // namespace

TEST(JsonEscape, EscapesQuotesBackslashesAndControls) {
  EXPECT_EQ(json_escape("a\"b\\c"), "a\\\"b\\\\c");
  EXPECT_EQ(json_escape("l1\nl2\tx\r"), "l1\\nl2\\tx\\r");
  EXPECT_EQ(json_escape(std::string("\x01", 1)), "\\u0001");
  EXPECT_EQ(json_escape("caf\xC3\xA9 \xE2\x80\x94"), "caf\xC3\xA9 \xE2\x80\x94");  // UTF-8 kept
  EXPECT_EQ(json_escape("bad\xFF"), "bad\xEF\xBF\xBD");                            // repaired
}

TEST(EventJsonl, OneLineWithKeysInOrder) {
  std::ostringstream out;
  write_event_jsonl(out, sample_event());
  std::string line = out.str();
  ASSERT_EQ(line.back(), '\n');
  EXPECT_EQ(line.find('\n'), line.size() - 1);

  auto j = nlohmann::ordered_json::parse(line);
  std::vector<std::string> keys;
  for (auto& [k, v] : j.items()) keys.push_back(k);
  std::vector<std::string> want = {
      "type",   "id",     "article", "sentence", "text", "date",      "article_date",
      "historical", "status", "attribution", "source", "target", "code", "root",
      "quad",   "goldstein", "location", "plover", "evidence", "coder"};
  EXPECT_EQ(keys, want);
  EXPECT_EQ(j["type"], "event");
  EXPECT_EQ(j["sentence"], 3);
  EXPECT_EQ(j["text"], sample_event().text);
  EXPECT_EQ(j["quad"], 1);
  EXPECT_DOUBLE_EQ(j["goldstein"].get<double>(), 4.5);
  auto& ev = j["evidence"];
  EXPECT_EQ(ev["source"]["begin"], 0);
  EXPECT_EQ(ev["source"]["end"], 6);
  EXPECT_EQ(ev["source"]["entries"][0]["phrase"], "FRANCE");
  EXPECT_EQ(ev["target"]["entries"][0]["origin"], "actors.txt:20");
  EXPECT_EQ(ev["verb"]["begin"], 12);
  EXPECT_EQ(ev["verb"]["entry"]["code"], "087");
  EXPECT_EQ(ev["pattern"]["phrase"], "- * TROOPS");
  EXPECT_EQ(j["coder"], "dyad 0.1.0 dict:abcd");
}

TEST(EventJsonl, MissingOptionalsAreNull) {
  Event e = sample_event();
  e.quad.reset();
  e.goldstein.reset();
  e.evidence.pattern = {};
  e.evidence.source_entries.clear();
  std::ostringstream out;
  write_event_jsonl(out, e);
  auto j = nlohmann::json::parse(out.str());
  EXPECT_TRUE(j["quad"].is_null());
  EXPECT_TRUE(j["goldstein"].is_null());
  EXPECT_TRUE(j["evidence"]["pattern"].is_null());
  EXPECT_TRUE(j["evidence"]["source"]["entries"].empty());
}

TEST(EventTsv, HeaderAndRowHaveElevenColumns) {
  std::ostringstream out;
  write_event_tsv_header(out);
  write_event_tsv(out, sample_event());
  Event e = sample_event();
  e.quad.reset();
  e.goldstein = -10.0;
  write_event_tsv(out, e);
  std::istringstream lines(out.str());
  std::string header, row, row2;
  std::getline(lines, header);
  std::getline(lines, row);
  std::getline(lines, row2);
  EXPECT_EQ(std::count(header.begin(), header.end(), '\t'), 10);
  EXPECT_EQ(std::count(row.begin(), row.end(), '\t'), 10);  // the tab in the text became a space
  EXPECT_EQ(row,
            "ev1\tnpr-1\t3\t2022-02-17\tFRA\tMLI\t0874\t08\t1\t4.5\t"
            "France will \"withdraw\" its troops from Mali \xE2\x80\x94 now.");
  EXPECT_NE(row2.find("\t08\t\t-10\t"), std::string::npos);
}

}  // namespace dyad
