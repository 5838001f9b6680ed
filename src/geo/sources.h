// Readers for the gazetteer's sources; build_gazetteer() puts them together.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dyad/result.h"

namespace dyad::geo {

// One row of GeoNames cities1000.txt (the fields dyad uses).
struct CityRow {
  std::string name, ascii_name;
  std::vector<std::string> alternates;  // Latin-script alternate names only
  double lat = 0, lon = 0;
  std::string feature_code;  // PPL, PPLA, PPLC, ...
  std::string country;       // alpha-2
  std::string admin1_code;   // GeoNames' own first-level code ("LA", "08")
  uint32_t population = 0;
};
Result<std::vector<CityRow>> read_geonames_cities(const std::string& path);
// Splits one line; false when it is not a 19-column GeoNames row.
bool parse_city_row(std::string_view line, CityRow& row);
// True for a usable Latin-script name: starts with a capital, no digits, and not a short
// all-capital code ("PAR").
bool usable_alternate_name(std::string_view name);

struct IsoCountry {
  std::string alpha2, name, official_name, common_name;
};
struct IsoDivision {
  std::string code, name, type, parent;  // code "US-LA"; parent "" for first-level ones
};
Result<std::vector<IsoCountry>> read_iso_countries(const std::string& path);
Result<std::vector<IsoDivision>> read_iso_divisions(const std::string& path);

// world-countries: representative point, names and English demonyms per alpha-2 code.
struct CountryFacts {
  double lat = 0, lon = 0;
  bool has_point = false;
  std::vector<std::string> names;
  std::vector<std::string> demonyms;
};
Result<std::unordered_map<std::string, CountryFacts>> read_world_countries(const std::string& path);

// dyad's own files under data/geo/.
struct RegionRow {
  std::string name;
  std::vector<std::string> aliases;
  double lat = 0, lon = 0;
  std::vector<std::string> countries;  // alpha-2 codes; empty when it spans none in particular
  std::string country;                 // a region inside one country ("West Bank": PS)
};
Result<std::vector<RegionRow>> read_regions(const std::string& path);
struct AliasRow {
  std::string code;  // alpha-2 or ISO 3166-2 code
  std::string kind;  // alternate | abbreviation | demonym
  std::vector<std::string> names;
};
Result<std::vector<AliasRow>> read_aliases(const std::string& path);
struct PointRow {
  std::string code;
  double lat = 0, lon = 0;
};
Result<std::vector<PointRow>> read_points(const std::string& path);
// Two-column TSV (code, value): data/geo/seats.tsv.
Result<std::vector<std::pair<std::string, std::string>>> read_pairs(const std::string& path);
// One entry a line; '#' starts a comment.
Result<std::vector<std::string>> read_word_list(const std::string& path);
// Lower-case words that Lingua::EN::Tagger's lexicon saw at least `min_count` times with a
// tag other than a proper noun.
Result<std::vector<std::string>> read_common_words(const std::string& words_yml, int min_count);

// Tab-separated fields of one line.
std::vector<std::string_view> split_tabs(std::string_view line);

}  // namespace dyad::geo
