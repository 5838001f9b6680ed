#include <gtest/gtest.h>

#include "dyad/export.h"

namespace dyad {
namespace {

TEST(CountryCodes, LoadsTheShippedTable) {
  auto t = CountryCodes::load();
  ASSERT_TRUE(t.ok()) << t.error();
  EXPECT_GT(t->size(), 240u);
  // FIPS 10-4 differs from ISO for many countries: GDELT's geography uses FIPS.
  struct Case {
    const char *iso2, *cameo, *fips;
  } cases[] = {{"FR", "FRA", "FR"}, {"ML", "MLI", "ML"}, {"DE", "DEU", "GM"},
               {"GB", "GBR", "UK"}, {"UA", "UKR", "UP"}, {"RU", "RUS", "RS"},
               {"NE", "NER", "NG"}, {"NG", "NGA", "NI"}, {"BF", "BFA", "UV"},
               {"CH", "CHE", "SZ"}, {"XK", "KSV", "KV"}, {"US", "USA", "US"}};
  for (const Case& c : cases) {
    const CountryCode* row = t->by_iso2(c.iso2);
    ASSERT_NE(row, nullptr) << c.iso2;
    EXPECT_EQ(row->cameo, c.cameo);
    EXPECT_EQ(row->fips, c.fips) << c.iso2;
    EXPECT_EQ(t->by_cameo(c.cameo), row);
  }
  EXPECT_EQ(t->by_iso2("ML")->name, "Mali");
  EXPECT_EQ(t->by_iso2("ZZ"), nullptr);
}

TEST(CountryCodes, RejectsMalformedLines) {
  const std::string header = "# comment\niso2\tcameo\tfips\tname\n";
  EXPECT_TRUE(CountryCodes::parse(header + "FR\tFRA\tFR\tFrance\n").ok());
  auto bad = CountryCodes::parse("iso\tfips\n", "t.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().rfind("t.tsv:1:", 0), 0u) << bad.error();
  bad = CountryCodes::parse(header + "FR\tFRA\tFR\n", "t.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().rfind("t.tsv:3:", 0), 0u) << bad.error();
  EXPECT_FALSE(CountryCodes::parse(header + "fr\tFRA\tFR\tFrance\n").ok());
  EXPECT_FALSE(CountryCodes::parse(header + "FR\tFRA\tFR\tFrance\nFR\tFRX\tFX\tX\n").ok());
  EXPECT_FALSE(CountryCodes::parse("").ok());
}

TEST(ActorFields, SplitsCameoActorCodes) {
  auto countries = CountryCodes::load();
  ASSERT_TRUE(countries.ok());
  ActorFields a = split_actor_code("FRAGOV", "FRA", &*countries);
  EXPECT_EQ(a.code, "FRAGOV");
  EXPECT_EQ(a.country, "FRA");
  EXPECT_EQ(a.type1, "GOV");
  EXPECT_EQ(a.known_group, "");
  a = split_actor_code("MLIMILREB", "MLI", &*countries);
  EXPECT_EQ(a.type1, "MIL");
  EXPECT_EQ(a.type2, "REB");
  a = split_actor_code("IGOUNOPKO", "", &*countries);
  EXPECT_EQ(a.country, "");
  EXPECT_EQ(a.type1, "IGO");
  EXPECT_EQ(a.known_group, "UNO");
  EXPECT_EQ(a.type2, "PKO");
  a = split_actor_code("IGOEUREEC", "", &*countries);
  EXPECT_EQ(a.country, "EUR");  // a region stands where a country would
  EXPECT_EQ(a.known_group, "EEC");
  a = split_actor_code("NGOFRA", "", &*countries);
  EXPECT_EQ(a.type1, "NGO");
  EXPECT_EQ(a.country, "FRA");
  a = split_actor_code("IRQSUNREB", "IRQ", &*countries);
  EXPECT_EQ(a.religion1, "SUN");
  EXPECT_EQ(a.type1, "REB");
  a = split_actor_code("---", "", &*countries);
  EXPECT_EQ(a.code, "");
  EXPECT_EQ(actor_type_name("GOV"), "Government");
  EXPECT_EQ(actor_type_name("XYZ"), "");
}

}  // namespace
}  // namespace dyad
