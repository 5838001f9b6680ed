// dyad's hand-written gazetteer files (data/geo/*.tsv, stopnames.txt) and the common-word
// list taken from Lingua::EN::Tagger's lexicon.
#include <algorithm>
#include <cctype>
#include <charconv>
#include <fstream>
#include <map>

#include "geo/sources.h"

namespace dyad::geo {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::vector<std::string> split_list(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t at = s.find(sep, start);
    std::string_view part = trim(s.substr(start, at == std::string_view::npos ? at : at - start));
    if (!part.empty() && part != "-") out.emplace_back(part);
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return out;
}

bool number(std::string_view s, double& out) {
  s = trim(s);
  auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

// Calls fn(fields, line number) for each non-blank, non-comment line of a TSV file.
template <typename Fn>
Result<bool> each_row(const std::string& path, Fn fn) {
  std::ifstream in(path);
  if (!in) return Error{"cannot open " + path};
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    std::string_view l = line;
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    if (trim(l).empty() || trim(l).front() == '#') continue;
    if (auto r = fn(split_tabs(l), n); !r) return Error{path + ":" + std::to_string(n) + ": " + r.error()};
  }
  return true;
}

}  // namespace

Result<std::vector<RegionRow>> read_regions(const std::string& path) {
  std::vector<RegionRow> out;
  // name | aliases | lat | lon | member countries | inside country
  auto r = each_row(path, [&](const std::vector<std::string_view>& f, int) -> Result<bool> {
    if (f.size() < 5) return Error{"expected name, aliases, lat, lon, countries[, country]"};
    RegionRow row;
    row.name = std::string(trim(f[0]));
    row.aliases = split_list(f[1], '|');
    if (!number(f[2], row.lat) || !number(f[3], row.lon)) return Error{"bad lat/lon"};
    row.countries = split_list(f[4], ',');
    if (f.size() > 5) row.country = std::string(trim(f[5]));
    if (row.country == "-") row.country.clear();
    out.push_back(std::move(row));
    return true;
  });
  if (!r) return Error{r.error()};
  return out;
}

Result<std::vector<AliasRow>> read_aliases(const std::string& path) {
  std::vector<AliasRow> out;
  auto r = each_row(path, [&](const std::vector<std::string_view>& f, int) -> Result<bool> {
    if (f.size() != 3) return Error{"expected code, kind, names"};
    AliasRow row{std::string(trim(f[0])), std::string(trim(f[1])), split_list(f[2], '|')};
    if (row.kind != "alternate" && row.kind != "abbreviation" && row.kind != "demonym")
      return Error{"kind must be alternate, abbreviation or demonym"};
    out.push_back(std::move(row));
    return true;
  });
  if (!r) return Error{r.error()};
  return out;
}

Result<std::vector<PointRow>> read_points(const std::string& path) {
  std::vector<PointRow> out;
  auto r = each_row(path, [&](const std::vector<std::string_view>& f, int) -> Result<bool> {
    PointRow row;
    if (f.size() < 3 || !number(f[1], row.lat) || !number(f[2], row.lon))
      return Error{"expected code, lat, lon[, note]"};
    row.code = std::string(trim(f[0]));
    out.push_back(std::move(row));
    return true;
  });
  if (!r) return Error{r.error()};
  return out;
}

Result<std::vector<std::pair<std::string, std::string>>> read_pairs(const std::string& path) {
  std::vector<std::pair<std::string, std::string>> out;
  auto r = each_row(path, [&](const std::vector<std::string_view>& f, int) -> Result<bool> {
    if (f.size() != 2) return Error{"expected code, value"};
    out.emplace_back(std::string(trim(f[0])), std::string(trim(f[1])));
    return true;
  });
  if (!r) return Error{r.error()};
  return out;
}

Result<std::vector<std::string>> read_word_list(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Error{"cannot open " + path};
  std::vector<std::string> out;
  std::string line;
  while (std::getline(in, line)) {
    std::string_view l = line;
    if (auto hash = l.find('#'); hash != std::string_view::npos) l = l.substr(0, hash);
    l = trim(l);
    if (!l.empty()) out.emplace_back(l);
  }
  return out;
}

Result<std::vector<std::string>> read_common_words(const std::string& words_yml, int min_count) {
  // Lines look like:  mobile: { jj: 9 }   or   "'d": { nnp: 4, md: 98 }
  std::ifstream in(words_yml);
  if (!in) return Error{"cannot open " + words_yml};
  std::vector<std::string> out;
  std::string line;
  while (std::getline(in, line)) {
    std::string_view l = line;
    size_t colon = l.find(": {");
    if (colon == std::string_view::npos) continue;
    std::string_view word = trim(l.substr(0, colon));
    if (word.size() >= 2 && word.front() == '"' && word.back() == '"')
      word = word.substr(1, word.size() - 2);
    if (word.empty() || !std::islower(static_cast<unsigned char>(word[0]))) continue;
    int count = 0;
    for (const auto& item : split_list(l.substr(colon + 3), ',')) {
      auto kv = split_list(item, ':');
      if (kv.size() != 2) continue;
      std::string tag = kv[0];
      int n = 0;
      std::string_view v = trim(kv[1]);
      if (!v.empty() && v.back() == '}') v.remove_suffix(1);
      v = trim(v);
      std::from_chars(v.data(), v.data() + v.size(), n);
      if (tag != "nnp" && tag != "nnps") count += n;
    }
    if (count >= min_count) out.emplace_back(word);
  }
  return out;
}

}  // namespace dyad::geo
