#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <set>

#include "dyad/io.h"

namespace dyad {

namespace {

std::string write_temp(const std::string& name, const std::string& content) {
  std::string path = std::string(DYAD_TEST_BINARY_DIR) + "/" + name;
  std::ofstream(path) << content;
  return path;
}

}  // namespace

TEST(ValidationFile, ParsesEnvironmentRecordsAndInterleavedConfig) {
  std::string path = write_temp("io_validation_small.xml", R"(<Validation>
<Environment>
  <Verbfile>V.txt</Verbfile><Actorfile>A.txt</Actorfile>
  <Agentfile>G.txt</Agentfile><Discardfile>D.txt</Discardfile>
  <Include>DEMO  VERB</Include>
  <Config option="stop_on_error" value="True"></Config>
</Environment>
<Sentences>
<Config option="require_dyad" value="false"></Config>
<Config option="comma_max" value="0"></Config>
<Sentence date = "19950101" id="DEMO-00" category="DEMO">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode='"INJURY TOLL"' targetcode="OSG" eventcode="223"></EventCoding>
<Text>
Arnor is about to restore
 full ties.
</Text>
<Parse>(ROOT)</Parse>
</Sentence>
<Sentence date="19950102" id="DEMO-01" category="VERB">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing.</Text>
</Sentence>
<Config option="require_dyad" value="true"></Config>
<Sentence date="19950103" id="ERR-1" category="ERROR">
<EventCoding error="dateline"></EventCoding>
<Text>Bad.</Text>
</Sentence>
</Sentences>
</Validation>
)");
  auto r = read_validation_file(path);
  ASSERT_TRUE(r.ok()) << r.error();
  const ValidationFile& f = *r;
  EXPECT_EQ(f.verbfile, "V.txt");
  EXPECT_EQ(f.actorfile, "A.txt");
  EXPECT_EQ(f.agentfile, "G.txt");
  EXPECT_EQ(f.discardfile, "D.txt");
  EXPECT_EQ(f.include, (std::vector<std::string>{"DEMO", "VERB"}));
  ASSERT_EQ(f.config.size(), 1u);
  EXPECT_EQ(f.config[0].first, "stop_on_error");
  ASSERT_EQ(f.records.size(), 3u);

  const ValidationRecord& r0 = f.records[0];
  EXPECT_EQ(r0.id, "DEMO-00");
  EXPECT_EQ(r0.date, "19950101");
  EXPECT_EQ(r0.category, "DEMO");
  EXPECT_EQ(r0.text, "Arnor is about to restore full ties.");
  EXPECT_EQ(r0.line, 11);
  ASSERT_EQ(r0.expected.size(), 2u);
  EXPECT_EQ(r0.expected[0].source, "ARN");
  EXPECT_EQ(r0.expected[0].code, "064");
  EXPECT_EQ(r0.expected[1].source, "\"INJURY TOLL\"");
  ASSERT_EQ(r0.config.size(), 2u);
  EXPECT_EQ(r0.config[0], (std::pair<std::string, std::string>{"require_dyad", "false"}));
  EXPECT_EQ(r0.config[1].first, "comma_max");

  EXPECT_TRUE(f.records[1].expect_no_events);
  EXPECT_TRUE(f.records[1].config.empty());
  EXPECT_EQ(f.records[2].expect_error, "dateline");
  ASSERT_EQ(f.records[2].config.size(), 1u);
  EXPECT_EQ(f.records[2].config[0].second, "true");
  EXPECT_TRUE(f.problems.empty());
  std::remove(path.c_str());
}

TEST(ValidationFile, ErrorsForMissingOrMalformedFiles) {
  EXPECT_FALSE(read_validation_file("/nonexistent/file.xml").ok());
  std::string path = write_temp("io_validation_bad.xml", "<Validation><Sentences>\n<Sentence>");
  auto r = read_validation_file(path);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().find("malformed XML"), std::string::npos);
  std::remove(path.c_str());
}

TEST(ValidationFile, ReadsPetrarchUnitTests) {
  std::string path =
      std::string(DYAD_SHARED_DIR) + "/data/peer/petrarch2/PETR.UnitTest.records.xml";
  if (!std::ifstream(path)) GTEST_SKIP() << "shared data not found: " << path;
  auto r = read_validation_file(path);
  ASSERT_TRUE(r.ok()) << r.error();
  const ValidationFile& f = *r;
  EXPECT_EQ(f.verbfile, "PETR.Validate.verbs.txt");
  EXPECT_EQ(f.actorfile, "PETR.Validate.actors.txt");
  EXPECT_EQ(f.records.size(), 284u);
  EXPECT_TRUE(f.problems.empty());
  std::set<std::string> include(f.include.begin(), f.include.end());
  size_t codings = 0, no_events = 0, errors = 0;
  for (const auto& rec : f.records) {
    if (!include.count(rec.category)) continue;
    codings += rec.expected.size();
    no_events += rec.expect_no_events;
    errors += !rec.expect_error.empty();
  }
  EXPECT_EQ(codings, 355u);
  EXPECT_GT(no_events, 0u);
  EXPECT_EQ(errors, 7u);
  EXPECT_EQ(f.records.front().id, "DEMO-00");
  EXPECT_EQ(f.records.front().line, 61);
  EXPECT_EQ(f.records.back().id, "FINAL-RECORD");
  size_t configs = 0;
  for (const auto& rec : f.records) configs += rec.config.size();
  EXPECT_EQ(configs, 28u);  // 30 "<Config" in the file: one in <Environment>, one in a comment
}

}  // namespace dyad
