// actor_country(): which CAMEO actor codes start with a country.
#include <array>
#include <fstream>
#include <string_view>
#include <unordered_set>

#include "dyad/paths.h"
#include "dyad/store.h"

namespace dyad {

namespace {

bool three_capitals(std::string_view s) {
  if (s.size() < 3) return false;
  for (int i = 0; i < 3; ++i)
    if (s[i] < 'A' || s[i] > 'Z') return false;
  return true;
}

// The three-letter codes of the `actor` lines of dyad's country dictionaries.
std::unordered_set<std::string> load_countries() {
  std::unordered_set<std::string> codes;
  for (const char* file : {"generated/countries.dyad", "dict/countries-extra.dyad"}) {
    std::ifstream in(data_path(file));
    std::string line;
    while (std::getline(in, line)) {
      if (line.compare(0, 6, "actor\t") != 0) continue;
      size_t end = line.find('\t', 6);
      std::string_view code = std::string_view(line).substr(6, end == std::string::npos
                                                                  ? std::string::npos
                                                                  : end - 6);
      if (code.size() == 3 && three_capitals(code)) codes.emplace(code);
    }
  }
  return codes;
}

// Without the country files (a broken install) every three-capital prefix counts as a
// country except CAMEO's region, organisation and sector codes.
bool fallback_is_country(std::string_view c) {
  static constexpr std::array<std::string_view, 45> kNotCountries = {
      // regions
      "AFR", "ASA", "EUR", "MEA", "LAM", "NMR", "SAM", "WAF", "EAF", "SAF", "NAF", "CAS",
      "SAS", "SEA", "WST", "ARB", "BLK", "CRB", "EEU", "MDT", "PGS", "WEU",
      // international and non-state actors, sectors
      "IGO", "NGO", "NGM", "MNC", "REB", "INS", "UIS", "OPP", "IMG", "MED", "BUS", "CVL",
      "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI", "LAB", "EDU", "REF", "CRM"};
  for (auto n : kNotCountries)
    if (c == n) return false;
  return true;
}

}  // namespace

std::string actor_country(const std::string& code) {
  if (!three_capitals(code)) return "";  // "", "---", lowercase, too short
  static const std::unordered_set<std::string> countries = load_countries();
  std::string prefix = code.substr(0, 3);
  bool country = countries.empty() ? fallback_is_country(prefix) : countries.count(prefix) > 0;
  return country ? prefix : "";
}

}  // namespace dyad
