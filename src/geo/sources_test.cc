// The source readers and build_gazetteer() on small files written by the test.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "dyad/geo.h"
#include "geo/sources.h"

namespace dyad::geo {
namespace {

namespace fs = std::filesystem;

std::string dir_for(const std::string& name) {
  fs::path d = fs::path(::testing::TempDir()) / ("dyad_geo_" + name);
  fs::create_directories(d);
  return d.string();
}

void write(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

// id name ascii alternates lat lon class code country cc2 admin1 admin2 admin3 admin4
// population elevation dem timezone modified
std::string row(const std::string& name, const std::string& alts, double lat, double lon,
                const std::string& code, const std::string& cc, const std::string& admin1,
                int pop) {
  return "1\t" + name + "\t" + name + "\t" + alts + "\t" + std::to_string(lat) + "\t" +
         std::to_string(lon) + "\tP\t" + code + "\t" + cc + "\t\t" + admin1 + "\t\t\t\t" +
         std::to_string(pop) + "\t\t0\tAmerica/Chicago\t2020-01-01\n";
}

TEST(GeoSources, ParsesGeoNamesRowsAndFiltersAlternateNames) {
  CityRow r;
  ASSERT_TRUE(parse_city_row(row("Alexandria", "Aleksandrija,ALX,Александрия,Alexandrie", 31.3,
                                 -92.4, "PPL", "US", "LA", 47723),
                             r));
  EXPECT_EQ(r.name, "Alexandria");
  EXPECT_EQ(r.country, "US");
  EXPECT_EQ(r.admin1_code, "LA");
  EXPECT_EQ(r.population, 47723u);
  EXPECT_EQ(r.alternates, (std::vector<std::string>{"Aleksandrija", "Alexandrie"}));
  EXPECT_FALSE(parse_city_row("too\tfew\tcolumns", r));
  EXPECT_FALSE(usable_alternate_name("PAR"));
  EXPECT_FALSE(usable_alternate_name("paris"));
  EXPECT_FALSE(usable_alternate_name("Paris 2"));
  EXPECT_TRUE(usable_alternate_name("Évian"));
}

TEST(GeoSources, ReadsCommonWordsFromTheTaggerLexicon) {
  std::string d = dir_for("lexicon");
  write(d + "/words.yml",
        "--- #YAML:1.0\n"
        "mobile: { jj: 9 }\n"
        "Mobile: { nnp: 6 }\n"
        "\"council\": { nn: 30, nnp: 1 }\n"
        "rare: { jj: 1 }\n"
        "paris: { nnp: 5 }\n");
  auto w = read_common_words(d + "/words.yml", 2);
  ASSERT_TRUE(w.ok()) << w.error();
  EXPECT_EQ(*w, (std::vector<std::string>{"mobile", "council"}));
  EXPECT_FALSE(read_common_words(d + "/missing.yml", 2).ok());
}

TEST(GeoSources, ReadsRegionsAliasesAndPointsAndNamesBadLines) {
  std::string d = dir_for("files");
  write(d + "/regions.tsv", "# comment\nSahel\tthe Sahel\t14.5\t0\tML,NE\t-\nWest Bank\t-\t31.9\t35.2\t-\tPS\n");
  auto r = read_regions(d + "/regions.tsv");
  ASSERT_TRUE(r.ok()) << r.error();
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[0].countries, (std::vector<std::string>{"ML", "NE"}));
  EXPECT_EQ((*r)[1].country, "PS");
  EXPECT_TRUE((*r)[1].aliases.empty());
  write(d + "/bad.tsv", "Sahel\tx\tnorth\t0\t-\n");
  auto bad = read_regions(d + "/bad.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().find("bad.tsv:1"), std::string::npos);
  write(d + "/aliases.tsv", "US-GA\tabbreviation\tGa.\nGB\talternate\tBritain|Great Britain\n");
  auto a = read_aliases(d + "/aliases.tsv");
  ASSERT_TRUE(a.ok()) << a.error();
  EXPECT_EQ((*a)[1].names, (std::vector<std::string>{"Britain", "Great Britain"}));
  write(d + "/aliases2.tsv", "US\tnickname\tAmerica\n");
  EXPECT_FALSE(read_aliases(d + "/aliases2.tsv").ok());
}

TEST(BuildGazetteer, TiesDivisionsToTownsAndBuildsAllKinds) {
  std::string d = dir_for("build");
  write(d + "/cities.txt",
        row("Alexandria", "", 31.31, -92.45, "PPL", "US", "LA", 47723) +
            row("Baton Rouge", "", 30.45, -91.15, "PPLA", "US", "LA", 229493) +
            row("Atlanta", "", 33.75, -84.39, "PPLA", "US", "GA", 463878) +
            row("Toronto", "", 43.70, -79.42, "PPLA", "CA", "08", 2600000) +
            row("Ottawa", "", 45.41, -75.70, "PPLC", "CA", "08", 812129) +
            row("Old Town", "", 1, 1, "PPLH", "US", "LA", 5000));
  fs::create_directories(d + "/iso");
  write(d + "/iso/iso_3166-1.json",
        R"({"3166-1":[{"alpha_2":"US","name":"United States"},)"
        R"({"alpha_2":"CA","name":"Canada"}]})");
  write(d + "/iso/iso_3166-2.json",
        R"({"3166-2":[{"code":"US-LA","name":"Louisiana","type":"State"},)"
        R"({"code":"US-GA","name":"Georgia","type":"State"},)"
        R"({"code":"CA-ON","name":"Ontario","type":"Province"},)"
        R"({"code":"CA-NU","name":"Nunavut","type":"Territory"},)"
        R"({"code":"US-XX-1","name":"Sub","type":"County","parent":"US-LA"}]})");
  fs::create_directories(d + "/geo");
  write(d + "/geo/seats.tsv", "CA-ON\tToronto\n");
  write(d + "/geo/aliases.tsv", "US-LA\tabbreviation\tLa.\n");
  write(d + "/geo/regions.tsv", "Gulf Coast\t-\t29\t-90\tUS\t-\n");
  write(d + "/geo/points.tsv", "US\t39.83\t-98.58\tcentre\n");
  write(d + "/geo/stopnames.txt", "March\n");
  GazetteerSources src;
  src.cities = d + "/cities.txt";
  src.iso_dir = d + "/iso";
  src.geo_dir = d + "/geo";
  GazetteerBuildReport rep;
  auto g = build_gazetteer(src, &rep);
  ASSERT_TRUE(g.ok()) << g.error();
  EXPECT_EQ(rep.countries, 2u);
  EXPECT_EQ(rep.divisions, 4u);  // the second-level one is left out
  EXPECT_EQ(rep.divisions_located, 3u);  // LA, GA by code; ON through its seat
  EXPECT_EQ(rep.cities, 5u);     // the historical town is left out
  EXPECT_EQ(rep.regions, 1u);
  const Gazetteer& gz = **g;
  GeoPlace alex = gz.place(posting_place(gz.find("Alexandria").postings[0]));
  EXPECT_EQ(alex.admin1, "US-LA");
  EXPECT_EQ(alex.admin1_name, "Louisiana");
  GeoPlace la = gz.place(posting_place(gz.find("La.").postings[0]));
  EXPECT_EQ(la.kind, GeoPrecision::Admin1);
  EXPECT_TRUE(la.located);
  EXPECT_NEAR(la.lat, 30.9, 0.5);  // between its towns
  GeoPlace on = gz.place(posting_place(gz.find("Ontario").postings[0]));
  EXPECT_TRUE(on.located);
  EXPECT_NEAR(on.lon, -77.5, 2.5);
  GeoPlace nu = gz.place(posting_place(gz.find("Nunavut").postings[0]));
  EXPECT_FALSE(nu.located);  // no town: it stands at the country's point
  GeoPlace us = gz.place(posting_place(gz.find("United States").postings[0]));
  EXPECT_NEAR(us.lat, 39.83, 1e-3);
  GeoPlace toronto = gz.place(posting_place(gz.find("Toronto").postings[0]));
  EXPECT_EQ(toronto.admin1, "CA-ON");
  EXPECT_EQ(toronto.capital, 1);
  EXPECT_EQ(gz.find("Old Town").tokens, 0u);
  EXPECT_TRUE(gz.find("Gulf Coast").tokens);
  for (const auto& w : rep.warnings) ADD_FAILURE() << w;
}

TEST(BuildGazetteer, MissingRequiredSourcesAreErrors) {
  GazetteerSources src;
  src.cities = "/nonexistent/cities1000.txt";
  src.iso_dir = "/nonexistent";
  auto g = build_gazetteer(src);
  ASSERT_FALSE(g.ok());
  EXPECT_NE(g.error().find("/nonexistent"), std::string::npos);
}

}  // namespace
}  // namespace dyad::geo
