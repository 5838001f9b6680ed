#include "dict/city_import.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace dyad {
namespace {

CityCandidate town(std::string name, std::string country, uint32_t pop,
                   std::string ascii = "") {
  CityCandidate c;
  c.name = std::move(name);
  c.ascii_name = std::move(ascii);
  c.country = std::move(country);
  c.population = pop;
  return c;
}

const std::unordered_map<std::string, std::string> kCodes = {
    {"AF", "AFG"}, {"IQ", "IRQ"}, {"IN", "IND"}, {"PK", "PAK"}, {"LY", "LBY"},
    {"LB", "LBN"}, {"US", "USA"}, {"GB", "GBR"}, {"XK", "KSV"}, {"FR", "FRA"}, {"AU", "AUS"}, {"PY", "PRY"}, {"AR", "ARG"}};

std::shared_ptr<const CompiledDictionaries> existing() {
  DictionarySet set;
  parse_native("actor\tFRA\tFrance; French; Paris\nagent\t~MIL\ttroops\n", "test.dyad", set);
  return compile(std::move(set));
}

struct ImportRun {
  std::string text;
  size_t lines = 0;
  std::vector<SkippedCity> skipped;
  std::vector<std::string> warnings;
  std::string reason(const std::string& name) const {
    for (const auto& s : skipped)
      if (s.name == name) return s.reason;
    return "";
  }
};

ImportRun run(const std::vector<CityCandidate>& towns, uint32_t min_pop = 100000) {
  ImportRun r;
  std::ostringstream out;
  auto n = import_city_candidates(towns, *existing(), kCodes, min_pop, out, r.warnings,
                                  &r.skipped);
  EXPECT_TRUE(n.ok());
  r.lines = n.ok() ? *n : 0;
  r.text = out.str();
  return r;
}

TEST(CityImport, WritesLargeTownsWithCountryCodeAndAsciiSpelling) {
  ImportRun r = run({town("Kandahār", "AF", 400000, "Kandahar"), town("Mosul", "IQ", 1700000),
               town("Pristina", "XK", 200000)});
  EXPECT_EQ(r.lines, 3u);
  EXPECT_NE(r.text.find("actor\tAFG\tKandahār; Kandahar\n"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("actor\tIRQ\tMosul\n"), std::string::npos);
  EXPECT_NE(r.text.find("actor\tKSV\tPristina\n"), std::string::npos);
  EXPECT_NE(r.text.find("GeoNames"), std::string::npos);
  EXPECT_NE(r.text.find("CC BY 4.0"), std::string::npos);
  // The output loads as a native dictionary without diagnostics.
  DictionarySet set;
  parse_native(r.text, "cities.dyad", set);
  EXPECT_TRUE(set.diagnostics.empty());
  EXPECT_EQ(set.actors.size(), 3u);
}

TEST(CityImport, LeavesOutSmallTowns) {
  ImportRun r = run({town("Mosul", "IQ", 99999)});
  EXPECT_EQ(r.lines, 0u);
  EXPECT_EQ(run({town("Mosul", "IQ", 99999)}, 50000).lines, 1u);
}

TEST(CityImport, LeavesOutNamesSharedByLargeTownsOfTwoCountries) {
  ImportRun r = run({town("Hyderabad", "IN", 6800000), town("Hyderabad", "PK", 1400000),
               town("Tripoli", "LY", 1100000), town("Tripoli", "LB", 230000),
               town("Mosul", "IQ", 1700000), town("Melbourne", "AU", 4900000),
               town("Melbourne", "US", 80000)});
  EXPECT_EQ(r.lines, 2u);
  EXPECT_EQ(r.reason("Hyderabad"), "shared with a large town of another country");
  EXPECT_EQ(r.reason("Tripoli"), "shared with a large town of another country");
  // A namesake under a tenth of the size leaves the name to the large town.
  EXPECT_NE(r.text.find("actor\tAUS\tMelbourne\n"), std::string::npos) << r.text;
  // A rival below the threshold but above kRivalCityPopulation still counts.
  EXPECT_EQ(run({town("Tripoli", "LY", 400000), town("Tripoli", "LB", 60000)}).lines, 0u);
  // A small namesake elsewhere does not.
  EXPECT_EQ(run({town("Mosul", "IQ", 1700000), town("Mosul", "US", 2000)}).lines, 1u);
}

TEST(CityImport, LeavesOutWidespreadNamesOfSmallerTowns) {
  auto lorenzo = town("San Lorenzo", "PY", 250000);
  lorenzo.other_countries = kWidespreadNameCountries;
  auto antonio = town("San Antonio", "US", 1500000);
  antonio.other_countries = 17;
  auto rosario = town("Rosario", "AR", 900000);
  rosario.other_countries = kWidespreadNameCountries - 1;
  ImportRun r = run({lorenzo, antonio, rosario});
  EXPECT_EQ(r.lines, 2u);
  EXPECT_EQ(r.reason("San Lorenzo"), "a name towns of 5 other countries have");
}

TEST(CityImport, OneLinePerNameAndCountry) {
  ImportRun r = run({town("Springfield", "US", 160000), town("Springfield", "US", 110000)});
  EXPECT_EQ(r.lines, 1u);
  EXPECT_EQ(r.skipped.size(), 1u);
}

TEST(CityImport, LeavesOutWordsStopNamesOtherPlacesAndPersonalNames) {
  auto mobile = town("Mobile", "US", 190000);
  mobile.common_word = true;
  auto stop = town("March", "GB", 200000);
  stop.blocked = true;
  auto punjab = town("Punjab", "IN", 200000);
  punjab.names_other_place = true;
  ImportRun r = run({mobile, stop, punjab, town("Jackson", "US", 150000), town("Ba", "IQ", 200000)});
  EXPECT_EQ(r.lines, 0u);
  EXPECT_EQ(r.reason("Mobile"), "a common English word");
  EXPECT_EQ(r.reason("March"), "a stop name");
  EXPECT_EQ(r.reason("Punjab"), "also another place: a country, region, demonym, division or New/North... <name>");
  EXPECT_EQ(r.reason("Jackson"), "mostly a person's or company's name (blocklist)");
  EXPECT_EQ(r.reason("Ba"), "shorter than three letters");
}

TEST(CityImport, LeavesOutPhrasesTheDictionariesAlreadyHave) {
  ImportRun r = run({town("Paris", "US", 120000), town("Troops", "US", 120000),
               town("PARIS", "FR", 2100000)});
  EXPECT_EQ(r.lines, 0u);
  EXPECT_EQ(r.reason("Troops"), "already a phrase of the dictionaries");
}

TEST(CityImport, WarnsOnceForACountryWithoutCode) {
  ImportRun r = run({town("Alpha", "ZZ", 200000), town("Beta", "ZZ", 300000)});
  EXPECT_EQ(r.lines, 0u);
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].find("'ZZ'"), std::string::npos);
}

TEST(CityImport, RejectsCharactersTheFormatCannotHold) {
  ImportRun r = run({town("Semi;colon", "IQ", 200000), town("Hash#town", "IQ", 200000)});
  EXPECT_EQ(r.lines, 0u);
}

TEST(CityImport, CountryCodesFromIsoCodes) {
  auto codes = cameo_codes_by_alpha2(
      R"({"3166-1": [{"alpha_2": "AF", "alpha_3": "AFG"}, {"alpha_2": "FR", "alpha_3": "FRA"},
                     {"alpha_2": 1}, "junk"]})");
  ASSERT_TRUE(codes.ok());
  EXPECT_EQ(codes->at("AF"), "AFG");
  EXPECT_EQ(codes->at("XK"), "KSV");
  EXPECT_EQ(codes->size(), 3u);
  EXPECT_FALSE(cameo_codes_by_alpha2("not json").ok());
  EXPECT_FALSE(cameo_codes_by_alpha2("[1,2]").ok());
  EXPECT_FALSE(cameo_codes_by_alpha2(R"({"3166-1": 5})").ok());
}

TEST(CityImport, RealIsoCodesGiveCameoCodes) {
  std::ifstream f("/usr/share/iso-codes/json/iso_3166-1.json");
  if (!f) GTEST_SKIP() << "iso-codes' iso_3166-1.json is not installed";
  std::stringstream ss;
  ss << f.rdbuf();
  auto codes = cameo_codes_by_alpha2(ss.str());
  ASSERT_TRUE(codes.ok());
  EXPECT_EQ(codes->at("IQ"), "IRQ");
  EXPECT_EQ(codes->at("GB"), "GBR");
  EXPECT_EQ(codes->at("XK"), "KSV");
  EXPECT_GT(codes->size(), 240u);
}

TEST(CityImport, PersonalNamesIgnoreCase) {
  EXPECT_TRUE(city_name_is_blocklisted("Lincoln"));
  EXPECT_TRUE(city_name_is_blocklisted("HAMILTON"));
  EXPECT_FALSE(city_name_is_blocklisted("Mosul"));
}

}  // namespace
}  // namespace dyad
