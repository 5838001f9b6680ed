// data/tables/iso_fips.tsv: ISO 3166-1 alpha-2 -> CAMEO (alpha-3) and FIPS 10-4 codes.
#include <cctype>
#include <fstream>
#include <sstream>

#include "dyad/export.h"
#include "dyad/paths.h"

namespace dyad {

namespace {

bool upper_letters(const std::string& s, size_t n) {
  if (s.size() != n) return false;
  for (unsigned char c : s)
    if (!std::isupper(c)) return false;
  return true;
}

}  // namespace

Result<CountryCodes> CountryCodes::parse(const std::string& tsv, const std::string& name) {
  CountryCodes out;
  std::istringstream in(tsv);
  std::string line;
  int number = 0;
  bool header = false;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::string where = name + ":" + std::to_string(number) + ": ";
    std::vector<std::string> cells;
    std::istringstream fields(line);
    for (std::string cell; std::getline(fields, cell, '\t');) cells.push_back(cell);
    if (!header) {
      if (line != "iso2\tcameo\tfips\tname")
        return Error{where + "want the header iso2<TAB>cameo<TAB>fips<TAB>name"};
      header = true;
      continue;
    }
    if (cells.size() != 4) return Error{where + "want 4 tab-separated columns"};
    CountryCode c{cells[0], cells[1], cells[2], cells[3]};
    if (!upper_letters(c.iso2, 2) || !upper_letters(c.cameo, 3) || !upper_letters(c.fips, 2) ||
        c.name.empty())
      return Error{where + "want two, three and two capital letters and a name"};
    if (out.iso2_.count(c.iso2) || out.cameo_.count(c.cameo))
      return Error{where + "duplicate country " + c.iso2 + " / " + c.cameo};
    out.iso2_[c.iso2] = out.rows_.size();
    out.cameo_[c.cameo] = out.rows_.size();
    out.rows_.push_back(std::move(c));
  }
  if (!header) return Error{name + ": empty table"};
  return out;
}

Result<CountryCodes> CountryCodes::load(const std::string& dir) {
  std::string path = (dir.empty() ? data_path("tables") : dir) + "/iso_fips.tsv";
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"cannot read " + path};
  std::stringstream ss;
  ss << in.rdbuf();
  return parse(ss.str(), path);
}

const CountryCode* CountryCodes::by_iso2(const std::string& iso2) const {
  auto it = iso2_.find(iso2);
  return it == iso2_.end() ? nullptr : &rows_[it->second];
}

const CountryCode* CountryCodes::by_cameo(const std::string& cameo) const {
  auto it = cameo_.find(cameo);
  return it == cameo_.end() ? nullptr : &rows_[it->second];
}

}  // namespace dyad
