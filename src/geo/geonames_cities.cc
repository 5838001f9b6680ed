// GeoNames cities1000.txt: 19 tab-separated columns (id, name, asciiname, alternatenames,
// latitude, longitude, feature class, feature code, country, cc2, admin1 ... population ...).
#include <algorithm>
#include <cctype>
#include <charconv>
#include <fstream>

#include "geo/sources.h"

namespace dyad::geo {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return out;
}

namespace {

bool parse_double(std::string_view s, double& out) {
  auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

// Letters of the Latin script in UTF-8: ASCII letters and U+00C0..U+024F (two-byte
// sequences C3..C9 lead bytes).
bool latin_script(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (!(std::isalpha(c) || c == ' ' || c == '-' || c == '\'' || c == '.')) return false;
      continue;
    }
    if (c < 0xC3 || c > 0xC9 || i + 1 >= s.size()) return false;
    ++i;
  }
  return true;
}

}  // namespace

bool usable_alternate_name(std::string_view name) {
  if (name.size() < 3 || !latin_script(name)) return false;
  unsigned char first = static_cast<unsigned char>(name[0]);
  if (!(std::isupper(first) || first >= 0xC3)) return false;
  bool all_caps = true;
  for (char c : name)
    if (std::islower(static_cast<unsigned char>(c))) all_caps = false;
  return !(all_caps && name.size() <= 4);
}

bool parse_city_row(std::string_view line, CityRow& row) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  auto f = split_tabs(line);
  if (f.size() != 19) return false;
  row = CityRow{};
  row.name = f[1];
  row.ascii_name = f[2];
  if (row.name.empty() || !parse_double(f[4], row.lat) || !parse_double(f[5], row.lon))
    return false;
  std::string_view alts = f[3];
  size_t start = 0;
  while (start <= alts.size() && !alts.empty()) {
    size_t comma = alts.find(',', start);
    std::string_view a = alts.substr(start, comma == std::string_view::npos ? comma : comma - start);
    if (usable_alternate_name(a)) row.alternates.emplace_back(a);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  row.feature_code = f[7];
  row.country = f[8];
  row.admin1_code = f[10];
  uint64_t pop = 0;
  std::from_chars(f[14].data(), f[14].data() + f[14].size(), pop);
  row.population = static_cast<uint32_t>(std::min<uint64_t>(pop, UINT32_MAX));
  return row.country.size() == 2;
}

Result<std::vector<CityRow>> read_geonames_cities(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Error{"cannot open GeoNames cities file " + path};
  std::vector<CityRow> rows;
  std::string line;
  CityRow row;
  size_t bad = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    if (parse_city_row(line, row))
      rows.push_back(std::move(row));
    else
      ++bad;
  }
  if (rows.empty()) return Error{path + ": no GeoNames rows (" + std::to_string(bad) + " bad lines)"};
  return rows;
}

}  // namespace dyad::geo
