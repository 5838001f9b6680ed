#include "dict/country_import_policy.h"

#include <gtest/gtest.h>

#include <set>

#include "dict/country_import_text.h"

namespace dyad::countries {
namespace {

TEST(CountryPolicy, KosovoGetsCameosCodeOthersKeepIso) {
  EXPECT_EQ(cameo_country_code("UNK"), "KSV");
  EXPECT_EQ(cameo_country_code("XKX"), "KSV");
  EXPECT_EQ(cameo_country_code("FRA"), "FRA");
  EXPECT_EQ(cameo_country_code("ROU"), "ROU");  // current ISO, as current CAMEO dictionaries
  EXPECT_EQ(cameo_country_code("COD"), "COD");
}

TEST(CountryPolicy, SkippedPhrasesHaveReasonsAndNoDuplicates) {
  std::set<std::string> keys;
  for (const auto& s : skipped_phrases()) {
    EXPECT_FALSE(s.reason.empty()) << s.phrase;
    EXPECT_EQ(tidy_phrase(s.phrase), s.phrase) << "write skips as tidy_phrase makes them";
    EXPECT_TRUE(keys.insert(phrase_key(s.phrase)).second) << "duplicate " << s.phrase;
  }
  EXPECT_GT(keys.size(), 30u);
}

TEST(CountryPolicy, SkipReason) {
  EXPECT_FALSE(skip_reason("Victoria").empty());
  EXPECT_FALSE(skip_reason("victoria").empty());  // case does not matter
  EXPECT_FALSE(skip_reason("Valley").empty());
  EXPECT_FALSE(skip_reason("Brussels").empty());
  EXPECT_FALSE(skip_reason("Male").empty());
  EXPECT_TRUE(skip_reason("Malé").empty());  // the accented spelling is no English word
  EXPECT_TRUE(skip_reason("Paris").empty());
  EXPECT_TRUE(skip_reason("Georgia").empty());  // countries stay, ambiguous or not
}

TEST(CountryPolicy, PreferredOwners) {
  EXPECT_EQ(preferred_owner("Congolese"), "COD");
  EXPECT_EQ(preferred_owner("congo"), "COD");
  EXPECT_EQ(preferred_owner("Dominican"), "DOM");
  EXPECT_EQ(preferred_owner("France"), "");
}

TEST(CountryPolicy, ShortPhrases) {
  EXPECT_TRUE(short_phrase_allowed("UK"));
  EXPECT_FALSE(short_phrase_allowed("US"));
  EXPECT_FALSE(short_phrase_allowed("AU"));
}

}  // namespace
}  // namespace dyad::countries
