// The PETRARCH unit-test suite, coded with dyad's own parser: at least 80% of the 355
// expected codings (TABARI reaches about 73%).
#include <gtest/gtest.h>

#include <regex>

#include "run_support.h"

namespace dyad::e2e {
namespace {

TEST(Validate, PetrarchUnitTestSuiteAtLeast80Percent) {
  if (!shared_available()) GTEST_SKIP() << "../shared is absent: PETRARCH suite not available";
  auto r = run_dyad("validate " + shared("data/peer/petrarch2/PETR.UnitTest.records.xml"));
  ASSERT_EQ(r.status, 0) << r.err;
  std::smatch m;
  ASSERT_TRUE(std::regex_search(r.out, m, std::regex(R"((\d+) passed, (\d+) failed)")))
      << r.out;
  int passed = std::stoi(m[1]), failed = std::stoi(m[2]);
  std::printf("PETRARCH unit tests: %d passed, %d failed (%.1f%%)\n", passed, failed,
              100.0 * passed / (passed + failed));
  EXPECT_EQ(passed + failed, 355);
  EXPECT_GE(passed * 100, 80 * (passed + failed));
  EXPECT_NE(r.out.find("extra events"), std::string::npos);
}

TEST(Validate, MissingFileIsAClearError) {
  auto r = run_dyad("validate /nonexistent/file.xml");
  EXPECT_NE(r.status, 0);
  EXPECT_NE(r.err.find("/nonexistent/file.xml"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace dyad::e2e
