// `dyad geo eval` on the LGL geoparsing corpus: recall of gold toponyms and the share of
// found ones placed within 161 km (100 miles) of the gold coordinates.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "run_support.h"

namespace dyad::e2e {
namespace {

TEST(GeoLgl, PlacesThreeQuartersOfFoundToponymsWithin161Km) {
  std::string lgl = shared("data/geo/lgl/lgl.xml");
  std::string gazetteer = std::string(DYAD_SOURCE_DIR) + "/data/generated/gazetteer.bin";
  if (!std::filesystem::exists(lgl)) GTEST_SKIP() << "no " << lgl << " (../shared is absent)";
  if (!std::filesystem::exists(gazetteer))
    GTEST_SKIP() << "no " << gazetteer << " (scripts/setup builds it: see data/geo/README.md)";
  auto r = run_dyad("geo eval --json --gazetteer '" + gazetteer + "' '" + lgl + "'");
  ASSERT_EQ(r.status, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["articles"], 588);
  EXPECT_EQ(j["gold"], 5088);
  EXPECT_GE(j["accuracy_161km"].get<double>(), 0.75) << r.out;
  EXPECT_GE(j["recall"].get<double>(), 0.70) << r.out;
}

TEST(GeoLgl, ResolveNamesPlacesInText) {
  std::string gazetteer = std::string(DYAD_SOURCE_DIR) + "/data/generated/gazetteer.bin";
  if (!std::filesystem::exists(gazetteer))
    GTEST_SKIP() << "no " << gazetteer << " (scripts/setup builds it: see data/geo/README.md)";
  auto r = run_dyad("geo resolve --gazetteer '" + gazetteer +
                    "' 'France will withdraw its troops from Mali, officials in Paris said.'");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"country\":\"ML\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"name\":\"Paris\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"main_place\":true"), std::string::npos) << r.out;
}

TEST(GeoLgl, MissingGazetteerIsAClearError) {
  auto r = run_dyad("geo resolve --gazetteer /nonexistent/gazetteer.bin 'Paris'");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("dyad geo build"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace dyad::e2e
