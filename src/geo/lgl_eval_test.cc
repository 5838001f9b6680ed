// The resolver on the LGL corpus (../shared) with the gazetteer built at setup.
#include <gtest/gtest.h>

#include <filesystem>

#include "dyad/geo.h"

namespace dyad {
namespace {

TEST(LglEval, FindsToponymsAndPlacesThreeQuartersWithin161Km) {
  std::string lgl = std::string(DYAD_SHARED_DIR) + "/data/geo/lgl/lgl.xml";
  std::string gaz_path = data_path("generated/gazetteer.bin");
  if (!std::filesystem::exists(lgl)) GTEST_SKIP() << "no " << lgl << " (../shared is absent)";
  if (!std::filesystem::exists(gaz_path))
    GTEST_SKIP() << "no " << gaz_path << " (build it: see data/geo/README.md)";
  auto gaz = Gazetteer::load(gaz_path);
  ASSERT_TRUE(gaz.ok()) << gaz.error();
  auto rep = evaluate_lgl(**gaz, lgl);
  ASSERT_TRUE(rep.ok()) << rep.error();
  EXPECT_EQ(rep->articles, 588u);
  EXPECT_EQ(rep->gold, 5088u);
  EXPECT_GE(rep->accuracy_161km(), 0.75);
  EXPECT_GE(rep->recall(), 0.70);
  RecordProperty("recall", std::to_string(rep->recall()));
  RecordProperty("accuracy_161km", std::to_string(rep->accuracy_161km()));
}

TEST(LglEval, MalformedFileIsAnError) {
  auto g = Gazetteer::build({});
  EXPECT_FALSE(evaluate_lgl(*g, "/nonexistent/lgl.xml").ok());
}

}  // namespace
}  // namespace dyad
