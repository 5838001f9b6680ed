#include "dict/country_import.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <sstream>

#include "dyad/dictionary.h"

namespace dyad {
namespace {

// The importer's output as code -> phrases, checking the line syntax on the way.
struct Imported {
  Result<size_t> count = Error{"not run"};
  std::string text;
  std::map<std::string, std::vector<std::string>> phrases;
  std::vector<std::string> warnings;

  bool has(const std::string& code, const std::string& phrase) const {
    auto it = phrases.find(code);
    return it != phrases.end() &&
           std::find(it->second.begin(), it->second.end(), phrase) != it->second.end();
  }
};

Imported run(const std::string& json) {
  Imported r;
  std::ostringstream out;
  r.count = import_countries(json, out, r.warnings);
  r.text = out.str();
  std::istringstream lines(r.text);
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line[0] == '#') continue;
    size_t t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
    EXPECT_EQ(line.substr(0, t1), "actor") << line;
    EXPECT_NE(t2, std::string::npos) << line;
    EXPECT_EQ(line.find('\t', t2 + 1), std::string::npos) << line;
    EXPECT_EQ(line.find('#'), std::string::npos) << line;
    std::string code = line.substr(t1 + 1, t2 - t1 - 1);
    auto& list = r.phrases[code];
    std::string rest = line.substr(t2 + 1);
    for (size_t b = 0; b <= rest.size();) {
      size_t e = rest.find("; ", b);
      if (e == std::string::npos) e = rest.size();
      list.push_back(rest.substr(b, e - b));
      b = e + 2;
    }
  }
  return r;
}

bool warned(const Imported& r, const std::string& part) {
  return std::any_of(r.warnings.begin(), r.warnings.end(),
                     [&](const std::string& w) { return w.find(part) != std::string::npos; });
}

const char* kSmall = R"([
  {"name": {"common": "France", "official": "French Republic"}, "cca2": "FR", "cca3": "FRA",
   "independent": true, "capital": ["Paris"],
   "altSpellings": ["FR", "French Republic", "République française"],
   "demonyms": {"eng": {"f": "French", "m": "French"}, "fra": {"f": "Française", "m": "Français"}}},
  {"name": {"common": "Mali", "official": "Republic of Mali"}, "cca3": "MLI", "independent": true,
   "capital": ["Bamako"], "altSpellings": ["ML", "République du Mali"],
   "demonyms": {"eng": {"f": "Malian", "m": "Malian"}}},
  {"name": {"common": "Kosovo", "official": "Republic of Kosovo"}, "cca3": "UNK",
   "independent": null, "capital": ["Pristina"], "altSpellings": ["XK", "Република Косово"],
   "demonyms": {"eng": {"f": "Kosovar", "m": "Kosovar"}}},
  {"name": {"common": "Seychelles", "official": "Republic of Seychelles"}, "cca3": "SYC",
   "independent": true, "capital": ["Victoria"], "demonyms": {"eng": {"m": "Seychellois"}}},
  {"name": {"common": "Iceland", "official": "Iceland"}, "cca3": "ISL", "independent": true,
   "capital": ["Reykjavik"], "altSpellings": ["IS", "Island", "Republic of Iceland"]},
  {"name": {"common": "Maldives"}, "cca3": "MDV", "independent": true, "capital": ["Malé"]},
  {"name": {"common": "South Korea", "official": "Republic of Korea"}, "cca3": "KOR",
   "independent": true, "altSpellings": ["Korea, Republic of", "남한"]},
  {"name": {"common": "Antigua and Barbuda"}, "cca3": "ATG", "independent": true,
   "demonyms": {"eng": {"m": "Antiguan, Barbudan"}}},
  {"name": {"common": "Bahamas", "official": "Commonwealth of the Bahamas"}, "cca3": "BHS",
   "independent": true, "altSpellings": ["The Bahamas"]},
  {"name": {"common": "Colombia"}, "cca3": "COL", "independent": true, "capital": ["Bogotá"]}
])";

TEST(CountryImport, WritesNamesDemonymsAndCapitals) {
  Imported r = run(kSmall);
  ASSERT_TRUE(r.count.ok()) << r.count.error();
  EXPECT_EQ(*r.count, r.phrases.size());
  EXPECT_EQ(r.phrases["FRA"],
            (std::vector<std::string>{"France", "French Republic", "République française",
                                      "Republique francaise", "French", "Paris"}));
  EXPECT_TRUE(r.has("MLI", "Malian"));
  EXPECT_TRUE(r.has("MLI", "Malians"));  // "Malians protested"
  EXPECT_TRUE(r.has("MLI", "Bamako"));
  EXPECT_TRUE(r.has("ATG", "Antiguan"));
  EXPECT_TRUE(r.has("ATG", "Barbudan"));
  EXPECT_TRUE(r.has("COL", "Bogotá"));
  EXPECT_TRUE(r.has("COL", "Bogota"));  // news copy often drops the accent
  EXPECT_TRUE(r.has("BHS", "Bahamas"));
  EXPECT_FALSE(r.has("BHS", "The Bahamas"));  // the coder matches names without "the"
  EXPECT_TRUE(r.warnings.empty()) << r.warnings[0];
}

TEST(CountryImport, KosovoGetsCameosCode) {
  Imported r = run(kSmall);
  EXPECT_TRUE(r.has("KSV", "Kosovo"));
  EXPECT_TRUE(r.has("KSV", "Pristina"));
  EXPECT_EQ(r.phrases.count("UNK"), 0u);
}

TEST(CountryImport, LeavesOutCodesWordsNamesAndOtherScripts) {
  Imported r = run(kSmall);
  EXPECT_FALSE(r.has("FRA", "FR"));          // ISO alpha-2 codes
  EXPECT_FALSE(r.has("KSV", "XK"));
  EXPECT_FALSE(r.has("SYC", "Victoria"));    // a person's name, places elsewhere
  EXPECT_TRUE(r.has("SYC", "Seychellois"));
  EXPECT_FALSE(r.has("ISL", "Island"));      // an English word
  EXPECT_TRUE(r.has("ISL", "Republic of Iceland"));
  EXPECT_TRUE(r.has("MDV", "Malé"));         // the accented capital stays ...
  EXPECT_FALSE(r.has("MDV", "Male"));        // ... its fold is an English word
  EXPECT_FALSE(r.has("KSV", "Република Косово"));
  EXPECT_FALSE(r.has("KOR", "남한"));
  EXPECT_FALSE(r.has("KOR", "Korea, Republic of"));  // inverted catalogue form
  EXPECT_TRUE(r.has("KOR", "Republic of Korea"));
}

TEST(CountryImport, HeaderCarriesTheOdblNotice) {
  Imported r = run(kSmall);
  EXPECT_EQ(r.text.rfind("# countries.dyad", 0), 0u);
  EXPECT_NE(r.text.find("Open\n# Database License (ODbL) 1.0"), std::string::npos);
  EXPECT_NE(r.text.find("world-countries"), std::string::npos);
}

TEST(CountryImport, SharedPhrasesGoToOneOwner) {
  Imported r = run(R"([
    {"name": {"common": "France"}, "cca3": "FRA", "independent": true,
     "demonyms": {"eng": {"m": "French"}}},
    {"name": {"common": "French Southern and Antarctic Lands"}, "cca3": "ATF",
     "independent": false, "demonyms": {"eng": {"m": "French"}}},
    {"name": {"common": "Guernsey"}, "cca3": "GGY", "independent": false,
     "demonyms": {"eng": {"m": "Channel Islander"}}},
    {"name": {"common": "Jersey"}, "cca3": "JEY", "independent": false,
     "altSpellings": ["Bailiwick of Jersey"], "demonyms": {"eng": {"m": "Channel Islander"}}},
    {"name": {"common": "Dominica"}, "cca3": "DMA", "independent": true,
     "demonyms": {"eng": {"m": "Dominican"}}},
    {"name": {"common": "Dominican Republic"}, "cca3": "DOM", "independent": true,
     "demonyms": {"eng": {"m": "Dominican"}}},
    {"name": {"common": "DR Congo"}, "cca3": "COD", "independent": true,
     "demonyms": {"eng": {"m": "Congolese"}}},
    {"name": {"common": "Republic of the Congo"}, "cca3": "COG", "independent": true,
     "altSpellings": ["Congo"], "demonyms": {"eng": {"m": "Congolese"}}}
  ])");
  ASSERT_TRUE(r.count.ok()) << r.count.error();
  // The one independent state wins.
  EXPECT_TRUE(r.has("FRA", "French"));
  EXPECT_FALSE(r.has("ATF", "French"));
  // No rule decides: nobody gets it, and the importer says so.
  EXPECT_FALSE(r.has("GGY", "Channel Islander"));
  EXPECT_FALSE(r.has("JEY", "Channel Islander"));
  EXPECT_TRUE(warned(r, "'Channel Islander' is shared by GGY, JEY"));
  // Policy: the Dominican Republic and the Democratic Republic of the Congo dominate news.
  EXPECT_TRUE(r.has("DOM", "Dominican"));
  EXPECT_TRUE(r.has("DOM", "Dominicans"));
  EXPECT_FALSE(r.has("DMA", "Dominican"));
  EXPECT_TRUE(r.has("COD", "Congolese"));
  EXPECT_FALSE(r.has("COG", "Congolese"));
  EXPECT_TRUE(r.has("COD", "Congo"));  // moved even though only COG listed it
  EXPECT_FALSE(r.has("COG", "Congo"));
  // "Jersey" alone is skipped ("New Jersey", a shirt); the Bailiwick stays.
  EXPECT_FALSE(r.has("JEY", "Jersey"));
  EXPECT_TRUE(r.has("JEY", "Bailiwick of Jersey"));
}

TEST(CountryImport, BadJsonIsAnError) {
  std::vector<std::string> warnings;
  std::ostringstream out;
  Result<size_t> r = import_countries("[{\"cca3\": \"FRA\",", out, warnings);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().find("not valid JSON"), std::string::npos) << r.error();
  EXPECT_FALSE(import_countries("", out, warnings).ok());
  EXPECT_FALSE(import_countries("\"\xFF\"", out, warnings).ok());  // not UTF-8
}

TEST(CountryImport, NotAnArrayIsAnError) {
  std::vector<std::string> warnings;
  std::ostringstream out;
  Result<size_t> r = import_countries(R"({"cca3": "FRA"})", out, warnings);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().find("expected an array"), std::string::npos) << r.error();
}

TEST(CountryImport, MissingAndMalformedFieldsAreWarnings) {
  Imported r = run(R"([
    42,
    {"name": {"common": "Nowhere"}},
    {"name": {"common": "Badland"}, "cca3": "bad"},
    {"cca3": "XXA"},
    {"name": {"official": "Republic of Officia"}, "cca3": "OFF"},
    {"name": {"common": "Mali"}, "cca3": "MLI", "capital": 7,
     "altSpellings": ["Malian Republic", 3], "demonyms": {"eng": "Malian"}},
    {"name": {"common": "Hash"}, "cca3": "HSH", "altSpellings": ["Hash #1", "Semi;colon"]}
  ])");
  ASSERT_TRUE(r.count.ok()) << r.count.error();
  EXPECT_EQ(*r.count, 3u);  // OFF, MLI, HSH
  EXPECT_TRUE(warned(r, "entry 1: not an object"));
  EXPECT_TRUE(warned(r, "entry 2 (Nowhere): no cca3 code: skipped"));
  EXPECT_TRUE(warned(r, "entry 3 (Badland): bad cca3 code 'bad'"));
  EXPECT_TRUE(warned(r, "entry 4 XXA: no name.common or name.official: skipped"));
  EXPECT_TRUE(warned(r, "entry 5 OFF: no name.common"));
  EXPECT_TRUE(warned(r, "capital: neither a string nor a list of strings"));
  EXPECT_TRUE(warned(r, "altSpellings: a value that is not a string"));
  EXPECT_TRUE(warned(r, "'Hash #1' has a character the dictionary format reserves"));
  EXPECT_TRUE(r.has("OFF", "Republic of Officia"));
  EXPECT_TRUE(r.has("MLI", "Malian Republic"));
  EXPECT_FALSE(r.has("HSH", "Semi;colon"));
}

TEST(CountryImport, DuplicateCodesAreMerged) {
  Imported r = run(R"([
    {"name": {"common": "Kosovo"}, "cca3": "UNK"},
    {"name": {"common": "Kosova"}, "cca3": "XKX"}
  ])");
  ASSERT_TRUE(r.count.ok());
  EXPECT_EQ(*r.count, 1u);
  EXPECT_EQ(r.phrases["KSV"], (std::vector<std::string>{"Kosovo", "Kosova"}));
  EXPECT_TRUE(warned(r, "code KSV already used by entry 1 (Kosovo): merged"));
}

TEST(CountryImport, EmptyArrayWritesOnlyTheHeader) {
  Imported r = run("[]");
  ASSERT_TRUE(r.count.ok());
  EXPECT_EQ(*r.count, 0u);
  EXPECT_TRUE(r.phrases.empty());
}

TEST(CountryImport, OutputLoadsAsANativeDictionary) {
  std::vector<std::string> warnings;
  std::ostringstream out;
  ASSERT_TRUE(import_countries(kSmall, out, warnings).ok());
  DictionarySet set;
  parse_native(out.str(), "countries.dyad", set);
  for (const auto& d : set.diagnostics) ADD_FAILURE() << d.origin << ": " << d.message;
  EXPECT_EQ(set.actors.size(), 10u);
}

}  // namespace
}  // namespace dyad
