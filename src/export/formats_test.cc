// ICEWS, PLOVER, CSV and JSON Lines exports, and the format choice.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "dyad/export.h"
#include "export/export_test_support.h"

namespace dyad {
namespace {

using testing::lines;
using testing::split;
using testing::TestStore;

class Formats : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_ = new TestStore("formats");
    testing::fill_export_sample(*db_);
  }
  static void TearDownTestSuite() {
    delete db_;
    db_ = nullptr;
  }
  std::string run(ExportFormat format, const EventFilter& f = {}, int64_t* rows = nullptr) {
    ExportOptions o;
    o.format = format;
    o.filter = f;
    std::ostringstream out;
    auto n = export_events(db_->store(), o, out);
    EXPECT_TRUE(n.ok()) << n.error();
    if (rows && n) *rows = *n;
    return out.str();
  }
  static TestStore* db_;
};
TestStore* Formats::db_ = nullptr;

TEST_F(Formats, IcewsHasItsHeaderAndOneRowPerMention) {
  auto rows = lines(run(ExportFormat::Icews));
  ASSERT_EQ(rows.size(), 9u);  // header + 8 mentions
  auto header = split(rows[0], '\t');
  ASSERT_EQ(header.size(), 20u);
  EXPECT_EQ(header[0], "Event ID");
  EXPECT_EQ(header[5], "Event Text");
  EXPECT_EQ(header[19], "Longitude");
  for (const std::string& r : rows) EXPECT_EQ(split(r, '\t').size(), 20u) << r;
  auto m1 = split(rows[1], '\t');  // a1 sentence 0
  EXPECT_EQ(m1[0], "m1");
  EXPECT_EQ(m1[1], "2022-02-17");
  EXPECT_EQ(m1[2], "FRANCE");       // Source Name: the phrase that named it
  EXPECT_EQ(m1[3], "Government");   // Source Sectors
  EXPECT_EQ(m1[4], "France");       // Source Country
  EXPECT_EQ(m1[5], "Retreat or surrender militarily");
  EXPECT_EQ(m1[6], "0874");
  EXPECT_EQ(m1[7], "10");           // Intensity: Goldstein
  EXPECT_EQ(m1[8], "Mali");         // a bare country code is named after the country
  EXPECT_EQ(m1[10], "Mali");
  EXPECT_EQ(m1[11], "a1");          // Story ID
  EXPECT_EQ(m1[12], "1");           // Sentence Number
  EXPECT_EQ(m1[13], "NPR");
  EXPECT_EQ(m1[17], "Mali");        // Country of the place
  EXPECT_EQ(m1[18], "17");
  EXPECT_EQ(m1[19], "-4");
  // Gao (a city) in a1 sentence 2.
  auto m4 = split(rows[3], '\t');
  EXPECT_EQ(m4[0], "m4");
  EXPECT_EQ(m4[14], "Gao");
  EXPECT_EQ(m4[16], "ML-7");
  EXPECT_EQ(m4[3], "Military");
}

TEST_F(Formats, PloverLinesForMappedCodes) {
  int64_t n = 0;
  auto out = lines(run(ExportFormat::Plover, {}, &n));
  // m1, m2 and m5 have PLOVER readings in their event lines; the others' minimal lines
  // have none, and 903 has no plover_event at all.
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(n, 3);
  auto j = nlohmann::json::parse(out[0]);
  EXPECT_EQ(j["id"], "m1");
  EXPECT_EQ(j["event"], "RETREAT");
  EXPECT_EQ(j["mode"], "withdraw");
  EXPECT_EQ(j["context"], nlohmann::json::array({"military"}));
  EXPECT_EQ(j["actor"], "FRAGOV");
  EXPECT_EQ(j["recipient"], "MLI");
  EXPECT_EQ(j["cameo"], "0874");
  EXPECT_EQ(j["location"]["country"], "ML");
  EXPECT_EQ(j["text"], "France will withdraw its troops from Mali.");
}

TEST_F(Formats, JsonlIsTheStoredEventLines) {
  int64_t n = 0;
  auto out = lines(run(ExportFormat::Jsonl, {}, &n));
  EXPECT_EQ(out.size(), 8u);
  EXPECT_EQ(n, 8);
  for (const std::string& l : out) EXPECT_TRUE(nlohmann::json::accept(l)) << l;
  EventFilter f;
  f.text = "withdraw";
  out = lines(run(ExportFormat::Jsonl, f));
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(nlohmann::json::parse(out[0])["evidence"]["source"]["entries"][0]["phrase"], "FRANCE");
}

TEST_F(Formats, CsvHasAHeaderAndOneRowPerEvent) {
  std::string text = run(ExportFormat::Csv);
  auto out = lines(text);
  ASSERT_EQ(out.size(), 8u);
  EXPECT_EQ(out[0].rfind("id,date,source,target,code,", 0), 0u) << out[0];
  EXPECT_NE(text.find(",0874,08,2,10,"), std::string::npos);  // leading zero kept
  EXPECT_NE(text.find("\r\n"), std::string::npos);           // RFC 4180 line ends
}

TEST_F(Formats, BadFiltersAndFormats) {
  ExportOptions o;
  o.filter.date_from = "2022-13-01";
  std::ostringstream out;
  auto n = export_events(db_->store(), o, out);
  ASSERT_FALSE(n.ok());
  EXPECT_EQ(n.error().rfind("date_from:", 0), 0u);
  EXPECT_TRUE(out.str().empty());
  o.filter = {};
  o.filter.text = "AND AND";
  o.format = ExportFormat::Jsonl;
  n = export_events(db_->store(), o, out);
  ASSERT_FALSE(n.ok());
  EXPECT_EQ(n.error().rfind("text:", 0), 0u) << n.error();
  EXPECT_EQ(*parse_export_format("gdelt"), ExportFormat::Gdelt);
  EXPECT_EQ(*parse_export_format("icews"), ExportFormat::Icews);
  EXPECT_EQ(parse_export_format("xml").error().rfind("format:", 0), 0u);
  EXPECT_EQ(export_level(ExportFormat::Gdelt), Level::Events);
  EXPECT_EQ(export_level(ExportFormat::Csv), Level::Events);
  EXPECT_EQ(export_level(ExportFormat::Mentions), Level::Mentions);
  EXPECT_EQ(export_level(ExportFormat::Plover), Level::Mentions);
}

TEST_F(Formats, MissingTablesAreAnError) {
  ExportOptions o;
  o.tables_dir = "/nonexistent";
  std::ostringstream out;
  auto n = export_events(db_->store(), o, out);
  ASSERT_FALSE(n.ok());
  EXPECT_NE(n.error().find("iso_fips.tsv"), std::string::npos);
}

}  // namespace
}  // namespace dyad
