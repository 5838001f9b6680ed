// The GDELT 2.0 Event export, column by column against the codebook's meaning.
#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "dyad/export.h"
#include "export/export_test_support.h"

namespace dyad {
namespace {

using testing::lines;
using testing::split;
using testing::TestStore;

std::string gdelt(TestStore& t, const EventFilter& f = {}) {
  ExportOptions o;
  o.format = ExportFormat::Gdelt;
  o.filter = f;
  std::ostringstream out;
  auto n = export_events(t.store(), o, out);
  EXPECT_TRUE(n.ok()) << n.error();
  return out.str();
}

// Row of an event, by GlobalEventID; fields numbered 1..61 as in the codebook.
std::vector<std::string> row_of(const std::string& text, int64_t id) {
  for (const std::string& line : lines(text)) {
    auto f = split(line, '\t');
    if (f[0] == std::to_string(id)) {
      f.insert(f.begin(), "");  // 1-based
      return f;
    }
  }
  ADD_FAILURE() << "no row for event " << id;
  return std::vector<std::string>(62);
}

TEST(GdeltEvents, EveryRowHas61Columns) {
  TestStore t("gdelt_rows");
  testing::fill_export_sample(t);
  std::string text = gdelt(t);
  auto rows = lines(text);
  ASSERT_EQ(rows.size(), 7u);  // one per merged event, no header
  for (const std::string& r : rows) EXPECT_EQ(split(r, '\t').size(), 61u) << r;
}

TEST(GdeltEvents, ColumnsFollowTheCodebook) {
  TestStore t("gdelt_columns");
  testing::fill_export_sample(t);
  int64_t id = t.event_id("2022-02-17", "FRAGOV", "MLI", "0874");
  auto f = row_of(gdelt(t), id);
  ASSERT_EQ(f.size(), 62u);
  const std::map<int, std::string> expected = {
      {1, std::to_string(id)},  // GlobalEventID
      {2, "20220217"},          // Day YYYYMMDD
      {3, "202202"},            // MonthYear YYYYMM
      {4, "2022"},              // Year
      {5, "2022.1315"},         // FractionDate: 2022 + day of year (48) / 365
      // Actor1
      {6, "FRAGOV"}, {7, "FRANCE"}, {8, "FRA"},  // CAMEO country, not FIPS/ISO2
      {9, ""}, {10, ""}, {11, ""}, {12, ""}, {13, "GOV"}, {14, ""}, {15, ""},
      // Actor2: a bare country code is named after the country
      {16, "MLI"}, {17, "MALI"}, {18, "MLI"},
      {19, ""}, {20, ""}, {21, ""}, {22, ""}, {23, ""}, {24, ""}, {25, ""},
      {26, "1"},     // IsRootEvent: in the article's first sentence
      {27, "0874"},  // EventCode with its leading zero
      {28, "087"},   // EventBaseCode
      {29, "08"},    // EventRootCode
      {30, "2"},     // QuadClass: material cooperation
      {31, "10"},    // GoldsteinScale
      {32, "2"}, {33, "2"}, {34, "2"},  // NumMentions, NumSources, NumArticles
      {35, ""},                         // AvgTone: not measured
      // Actor1Geo: Paris, a world city; FIPS country code FR
      {36, "4"}, {37, "Paris, France"}, {38, "FR"}, {39, "FR"}, {40, ""}, {41, "48.86"},
      {42, "2.35"}, {43, ""},
      // Actor2Geo: unknown
      {44, "0"}, {45, ""}, {46, ""}, {47, ""}, {48, ""}, {49, ""}, {50, ""}, {51, ""},
      // ActionGeo: the event's place, Mali at country level (FIPS ML, feature = FIPS code)
      {52, "1"}, {53, "Mali"}, {54, "ML"}, {55, "ML"}, {56, ""}, {57, "17"}, {58, "-4"},
      {59, "ML"},
      {60, "20220218091500"},          // DATEADDED: when its first article was stored
      {61, "https://npr.example/a1"},  // SOURCEURL
  };
  ASSERT_EQ(expected.size(), 61u);
  for (const auto& [column, value] : expected) EXPECT_EQ(f[column], value) << "column " << column;
}

TEST(GdeltEvents, FipsForGeographyCameoForActors) {
  TestStore t("gdelt_fips");
  testing::fill_export_sample(t);
  std::string text = gdelt(t);
  // RUSMIL -> UKR in Kyiv: actor countries RUS / UKR (CAMEO), the place's country UP (FIPS).
  auto f = row_of(text, t.event_id("2022-03-05", "RUSMIL", "UKR", "190"));
  EXPECT_EQ(f[8], "RUS");
  EXPECT_EQ(f[13], "MIL");
  EXPECT_EQ(f[7], "RUSSIAN");  // the dictionary phrase that named the actor
  EXPECT_EQ(f[18], "UKR");
  EXPECT_EQ(f[52], "4");
  EXPECT_EQ(f[53], "Kyiv, Ukraine");
  EXPECT_EQ(f[54], "UP");
  EXPECT_EQ(f[55], "UP");  // ISO 3166-2 divisions have no FIPS ADM1 code here
  // Actor2Geo: Texas, a US state: type 2 and ADM1 USTX.
  EXPECT_EQ(f[44], "2");
  EXPECT_EQ(f[46], "US");
  EXPECT_EQ(f[47], "USTX");
  EXPECT_EQ(f[29], "19");
  // Leading zero and a non-root event: 0233 in the second sentence.
  f = row_of(text, t.event_id("2022-03-05", "UKRGOV", "IGOUNO", "0233"));
  EXPECT_EQ(f[27], "0233");
  EXPECT_EQ(f[28], "023");
  EXPECT_EQ(f[29], "02");
  EXPECT_EQ(f[26], "0");
  EXPECT_EQ(f[16], "IGOUNO");
  EXPECT_EQ(f[18], "");  // no country
  EXPECT_EQ(f[19], "UNO");
  EXPECT_EQ(f[23], "IGO");
  EXPECT_EQ(f[52], "0");  // no place
  // A code outside the CAMEO table: no quad, no Goldstein, no root.
  f = row_of(text, t.event_id("2022-03-05", "UKRGOV", "RUS", "903"));
  EXPECT_EQ(f[27], "903");
  EXPECT_EQ(f[29], "");
  EXPECT_EQ(f[30], "");
  EXPECT_EQ(f[31], "");
  // An article without a URL: SOURCEURL names the article.
  f = row_of(text, t.event_id("2021-01-03", "FRACOP", "FRAOPP", "173"));
  EXPECT_EQ(f[61], "a4");
  EXPECT_EQ(f[60], "20210104080000");
  EXPECT_EQ(f[5], "2021.0082");  // 3 / 365
}

TEST(GdeltEvents, FiltersApplyToEvents) {
  TestStore t("gdelt_filter");
  testing::fill_export_sample(t);
  EventFilter f;
  f.source = "FRA";
  EXPECT_EQ(lines(gdelt(t, f)).size(), 3u);
  f = {};
  f.text = "withdraw";
  EXPECT_EQ(lines(gdelt(t, f)).size(), 1u);
}

TEST(GdeltGeo, TypesPerTheCodebook) {
  auto countries = CountryCodes::load();
  ASSERT_TRUE(countries.ok());
  GeoPoint g;
  EXPECT_EQ(gdelt_geo_fields(g, *countries),
            (std::vector<std::string>{"0", "", "", "", "", "", "", ""}));
  g = {"Germany", "DE", "", "country", true, 51, 10};
  auto f = gdelt_geo_fields(g, *countries);
  EXPECT_EQ(f[0], "1");
  EXPECT_EQ(f[2], "GM");  // FIPS, not ISO
  EXPECT_EQ(f[7], "GM");
  g = {"Bavaria", "DE", "DE-BY", "admin1", true, 48.9, 11.4};
  EXPECT_EQ(gdelt_geo_fields(g, *countries)[0], "5");  // world state
  g = {"Austin", "US", "US-TX", "city", true, 30.27, -97.74};
  f = gdelt_geo_fields(g, *countries);
  EXPECT_EQ(f[0], "3");  // US city
  EXPECT_EQ(f[3], "USTX");
  EXPECT_EQ(f[1], "Austin, United States");
  g = {"Sahel", "", "", "region", true, 15, 0};
  EXPECT_EQ(gdelt_geo_fields(g, *countries)[0], "0");
}

TEST(GdeltDates, Formats) {
  EXPECT_EQ(gdelt_day("2022-02-17"), "20220217");
  // As in GDELT's files: day of the year / 365.
  EXPECT_EQ(gdelt_fraction_date("2019-01-25"), "2019.0685");
  EXPECT_EQ(gdelt_fraction_date("2015-02-19"), "2015.1370");
  EXPECT_EQ(gdelt_fraction_date("2020-03-01"), "2020.1671");  // leap year: day 61
  EXPECT_EQ(gdelt_timestamp("2022-02-18T09:15:00Z"), "20220218091500");
  EXPECT_EQ(gdelt_timestamp("2022-02-18"), "20220218000000");
  EXPECT_EQ(gdelt_timestamp(""), "");
  EXPECT_EQ(gdelt_fraction_date("20xx-01-01"), "");  // never throws on a bad stored date
  EXPECT_EQ(gdelt_fraction_date("2022-13-01"), "");
}

}  // namespace
}  // namespace dyad
