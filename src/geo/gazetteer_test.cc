#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "dyad/text.h"
#include "geo/test_gazetteer.h"

namespace dyad {
namespace {

using geo::testing::tiny_gazetteer;

std::vector<std::string> names_of(const Gazetteer& g, const NameMatch& m) {
  std::vector<std::string> out;
  for (uint32_t p : m.postings) out.emplace_back(g.place(posting_place(p)).name);
  return out;
}

TEST(Gazetteer, FindsNamesWithAllTheirPlacesMostPopulousFirst) {
  auto g = tiny_gazetteer();
  NameMatch m = g->find("Alexandria");
  ASSERT_EQ(m.tokens, 1u);
  ASSERT_EQ(m.postings.size(), 3u);
  EXPECT_EQ(g->place(posting_place(m.postings[0])).country, "EG");
  EXPECT_EQ(g->find("Atlantis").tokens, 0u);
  // Names are matched on upper-case tokens.
  EXPECT_EQ(g->find("ALEXANDRIA").tokens, 1u);
}

TEST(Gazetteer, KnowsKindsCodesAndDivisionNames) {
  auto g = tiny_gazetteer();
  NameMatch m = g->find("Atlanta");
  ASSERT_EQ(m.postings.size(), 1u);
  GeoPlace p = g->place(posting_place(m.postings[0]));
  EXPECT_EQ(p.kind, GeoPrecision::City);
  EXPECT_EQ(p.country, "US");
  EXPECT_EQ(p.admin1, "US-GA");
  EXPECT_EQ(p.admin1_name, "Georgia");
  EXPECT_NEAR(p.lat, 33.749, 1e-3);
  EXPECT_EQ(p.population, 463878u);
  GeoPlace sahel = g->place(posting_place(g->find("Sahel").postings[0]));
  EXPECT_EQ(sahel.kind, GeoPrecision::Region);
  EXPECT_EQ(sahel.members, (std::vector<std::string_view>{"ML", "NE", "BF"}));
}

TEST(Gazetteer, SaintFortAndMountVariantsAreIndexed) {
  auto g = tiny_gazetteer();
  for (const char* n : {"Saint Louis", "St. Louis", "St Louis"})
    EXPECT_EQ(names_of(*g, g->find(n)), std::vector<std::string>{"Saint Louis"}) << n;
}

TEST(Gazetteer, LongestMatchStopsWhenNoLongerNameStartsThere) {
  auto g = tiny_gazetteer();
  auto toks = tokenize("New York City officials met in New York Tuesday");
  auto any = [](const Token&) { return true; };
  EXPECT_EQ(g->longest(toks, 0, any).tokens, 3u);
  EXPECT_EQ(g->longest(toks, 6, any).tokens, 2u);
  EXPECT_EQ(g->longest(toks, 3, any).tokens, 0u);  // "officials"
}

TEST(Gazetteer, ALookUpWithTheFirstWordsHashFindsTheSameName) {
  auto g = tiny_gazetteer();
  auto toks = tokenize("Troops left New York City for St. Louis and Mobile on Monday");
  auto any = [](const Token&) { return true; };
  for (size_t i = 0; i < toks.size(); ++i) {
    NameMatch a = g->longest(toks, i, any);
    NameMatch b = g->longest(toks, i, name_hash(toks[i]), any);
    EXPECT_EQ(a.tokens, b.tokens) << toks[i].text;
    EXPECT_EQ(a.postings.data(), b.postings.data()) << toks[i].text;
    EXPECT_EQ(g->common_word(toks[i].upper), g->common_word_hashed(name_hash(toks[i])));
  }
  EXPECT_EQ(g->longest(toks, 2, name_hash(toks[2]), any).tokens, 3u);  // New York City
  // The last-token test still applies: "New York" when "City" may not end a name.
  auto not_city = [](const Token& t) { return t.upper != "CITY"; };
  EXPECT_EQ(g->longest(toks, 2, name_hash(toks[2]), not_city).tokens, 2u);
  EXPECT_EQ(g->longest(toks, toks.size(), any).tokens, 0u);
}

TEST(Gazetteer, FlagsCommonWordsAndStopNames) {
  auto g = tiny_gazetteer();
  EXPECT_TRUE(g->find("Mobile").common_word);
  EXPECT_FALSE(g->find("Atlanta").common_word);
  EXPECT_TRUE(g->find("March").blocked);
  EXPECT_TRUE(g->common_word("FORMER"));
  EXPECT_FALSE(g->common_word("ATLANTA"));
}

TEST(Gazetteer, DemonymsPointToTheirCountry) {
  auto g = tiny_gazetteer();
  NameMatch m = g->find("French");
  ASSERT_EQ(m.postings.size(), 1u);
  EXPECT_EQ(posting_kind(m.postings[0]), NameKind::Demonym);
  EXPECT_EQ(g->place(posting_place(m.postings[0])).name, "France");
}

std::string temp_file(const std::string& name) {
  return ::testing::TempDir() + "/dyad_geo_" + name;
}

TEST(Gazetteer, SavesAndLoadsTheSameTables) {
  auto g = tiny_gazetteer();
  std::string path = temp_file("roundtrip.bin");
  ASSERT_TRUE(g->save(path).ok());
  auto loaded = Gazetteer::load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.error();
  const Gazetteer& l = **loaded;
  EXPECT_EQ(l.size(), g->size());
  EXPECT_EQ(names_of(l, l.find("St. Louis")), std::vector<std::string>{"Saint Louis"});
  NameMatch m = l.find("Alexandria");
  ASSERT_EQ(m.postings.size(), 3u);
  GeoPlace p = l.place(posting_place(m.postings[1]));
  EXPECT_EQ(p.admin1, "US-VA");
  EXPECT_EQ(p.admin1_name, "Virginia");
  EXPECT_TRUE(l.common_word("FORMER"));
  std::remove(path.c_str());
}

TEST(Gazetteer, DamagedOrMissingFilesAreErrorsNotCrashes) {
  EXPECT_FALSE(Gazetteer::load(temp_file("does-not-exist.bin")).ok());
  auto g = tiny_gazetteer();
  std::string path = temp_file("damaged.bin");
  ASSERT_TRUE(g->save(path).ok());
  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  // Truncated.
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size() / 2));
  }
  auto t = Gazetteer::load(path);
  EXPECT_FALSE(t.ok());
  // Same size, garbage in the middle of the tables.
  std::string garbled = bytes;
  for (size_t i = 40; i < garbled.size(); i += 7) garbled[i] = static_cast<char>(0xFF);
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(garbled.data(), static_cast<std::streamsize>(garbled.size()));
  }
  auto d = Gazetteer::load(path);
  EXPECT_FALSE(d.ok());
  // Not a gazetteer at all.
  {
    std::ofstream out(path, std::ios::trunc);
    out << "hello";
  }
  auto h = Gazetteer::load(path);
  ASSERT_FALSE(h.ok());
  EXPECT_NE(h.error().find("not a dyad gazetteer"), std::string::npos);
  std::remove(path.c_str());
}

TEST(GeoDistance, KnownDistances) {
  EXPECT_NEAR(geo_distance_km(48.853, 2.349, 51.507, -0.128), 344, 3);  // Paris-London
  EXPECT_NEAR(geo_distance_km(0, 0, 0, 0), 0, 1e-9);
  EXPECT_NEAR(geo_distance_km(0, 0, 0, 180), 20015, 5);
}

}  // namespace
}  // namespace dyad
