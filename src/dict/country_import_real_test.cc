// Imports the world-countries package that scripts/setup installs (data/npm/node_modules);
// skipped when setup has not run.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "dict/country_import.h"
#include "dyad/dictionary.h"
#include "dyad/paths.h"

namespace dyad {
namespace {

class RealCountries : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string path = data_path("npm/node_modules/world-countries/countries.json");
    std::ifstream f(path, std::ios::binary);
    if (!f) GTEST_SKIP() << path << " is absent: run `npm ci --prefix data/npm` (scripts/setup)";
    std::stringstream ss;
    ss << f.rdbuf();
    std::ostringstream out;
    Result<size_t> r = import_countries(ss.str(), out, warnings_);
    ASSERT_TRUE(r.ok()) << r.error();
    count_ = *r;
    text_ = out.str();
    std::istringstream lines(text_);
    for (std::string line; std::getline(lines, line);) {
      if (line.empty() || line[0] == '#') continue;
      size_t t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
      std::string rest = line.substr(t2 + 1);
      auto& list = phrases_[line.substr(t1 + 1, t2 - t1 - 1)];
      for (size_t b = 0; b <= rest.size();) {
        size_t e = rest.find("; ", b);
        if (e == std::string::npos) e = rest.size();
        list.push_back(rest.substr(b, e - b));
        b = e + 2;
      }
    }
  }

  bool has(const std::string& code, const std::string& phrase) {
    const auto& list = phrases_[code];
    return std::find(list.begin(), list.end(), phrase) != list.end();
  }

  size_t count_ = 0;
  std::string text_;
  std::vector<std::string> warnings_;
  std::map<std::string, std::vector<std::string>> phrases_;
};

TEST_F(RealCountries, CoversTheWorld) {
  EXPECT_GE(count_, 240u);
  EXPECT_EQ(count_, phrases_.size());
  for (const auto& [code, list] : phrases_) {
    EXPECT_EQ(code.size(), 3u) << code;
    EXPECT_TRUE(std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
        << code;
    EXPECT_FALSE(list.empty()) << code;
  }
  // The package's own quirks are few; a jump means its format changed.
  EXPECT_LE(warnings_.size(), 8u);
}

TEST_F(RealCountries, KnownCountries) {
  EXPECT_TRUE(has("FRA", "France"));
  EXPECT_TRUE(has("FRA", "French"));
  EXPECT_TRUE(has("FRA", "Paris"));
  EXPECT_TRUE(has("MLI", "Mali"));
  EXPECT_TRUE(has("MLI", "Malian"));
  EXPECT_TRUE(has("MLI", "Bamako"));
  EXPECT_TRUE(has("BFA", "Burkinabe"));
  EXPECT_TRUE(has("CIV", "Ivorian"));
  EXPECT_TRUE(has("CIV", "Cote d'Ivoire"));
  EXPECT_TRUE(has("ARE", "Emirati"));
  EXPECT_TRUE(has("GBR", "UK"));
  EXPECT_TRUE(has("USA", "American"));
  EXPECT_TRUE(has("COD", "Congo"));
  EXPECT_TRUE(has("COD", "Congolese"));
  EXPECT_TRUE(has("DOM", "Dominican"));
}

TEST_F(RealCountries, CameoCodes) {
  EXPECT_TRUE(has("KSV", "Kosovo"));
  EXPECT_TRUE(has("KSV", "Pristina"));
  EXPECT_EQ(phrases_.count("UNK"), 0u);
  EXPECT_TRUE(has("ROU", "Romania"));
}

TEST_F(RealCountries, SkipsHold) {
  EXPECT_FALSE(has("SYC", "Victoria"));
  EXPECT_FALSE(has("BEL", "Brussels"));  // the EU's metonym
  EXPECT_FALSE(has("ISR", "Jerusalem"));
  EXPECT_FALSE(has("CHL", "Santiago"));
  EXPECT_FALSE(has("USA", "US"));
  EXPECT_FALSE(has("AUS", "AU"));
  EXPECT_FALSE(has("JEY", "Jersey"));
  EXPECT_FALSE(has("ATF", "French"));
  EXPECT_TRUE(has("GEO", "Georgia"));  // countries themselves stay
  EXPECT_TRUE(has("TCD", "Chad"));
  EXPECT_TRUE(has("JOR", "Jordan"));
}

TEST_F(RealCountries, LoadsAsANativeDictionaryWithoutDiagnostics) {
  DictionarySet set;
  parse_native(text_, "countries.dyad", set);
  for (const auto& d : set.diagnostics) ADD_FAILURE() << d.origin << ": " << d.message;
  EXPECT_EQ(set.actors.size(), count_);
}

}  // namespace
}  // namespace dyad
