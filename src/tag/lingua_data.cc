#include "tag/lingua_data.h"

#include <charconv>
#include <fstream>
#include <string>

namespace dyad::tag {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

bool parse_number(std::string_view s, double& out) {
  s = trim(s);
  if (s.empty()) return false;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

Result<std::vector<LinguaEntry>> read_entries(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Error{"cannot open " + path + " (is liblingua-en-tagger-perl installed?)"};
  std::vector<LinguaEntry> entries;
  std::string line;
  LinguaEntry entry;
  while (std::getline(in, line)) {
    if (parse_lingua_line(line, entry.key, entry.tags)) entries.push_back(std::move(entry));
    entry = LinguaEntry{};
  }
  if (entries.empty()) return Error{path + " holds no `key: { tag: value }` lines"};
  return entries;
}

}  // namespace

Pos pos_from_lingua(std::string_view name) {
  // Lingua renames the Penn tags that are not plain identifiers.
  struct Rename {
    std::string_view lingua;
    Pos pos;
  };
  static constexpr Rename kRenames[] = {
      {"det", Pos::DT},     {"pp", Pos::PERIOD},  {"ppc", Pos::COMMA}, {"ppd", Pos::DOLLAR},
      {"ppl", Pos::LQUOTE}, {"ppr", Pos::RQUOTE}, {"pps", Pos::COLON}, {"prps", Pos::PRPS},
      {"wps", Pos::WPS},    {"lrb", Pos::LRB},    {"rrb", Pos::RRB}};
  for (const Rename& r : kRenames)
    if (r.lingua == name) return r.pos;
  // The rest are Penn tags in lower case.
  char upper[8];
  if (name.empty() || name.size() > sizeof upper) return Pos::UNK;
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (c < 'a' || c > 'z') return Pos::UNK;
    upper[i] = static_cast<char>(c - 'a' + 'A');
  }
  Pos p = pos_from_string(std::string_view(upper, name.size()));
  // Lingua never uses the punctuation enumerators under letter names.
  return is_punct(p) ? Pos::UNK : p;
}

bool parse_lingua_line(std::string_view line, std::string& key, TagDist& tags) {
  tags.clear();
  const size_t open = line.find(": {");
  const size_t close = line.rfind('}');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open)
    return false;
  std::string_view k = trim(line.substr(0, open));
  if (k.size() >= 2 && k.front() == '"' && k.back() == '"') k = k.substr(1, k.size() - 2);
  if (k.empty()) return false;
  key.assign(k);
  std::string_view body = line.substr(open + 3, close - open - 3);
  while (!body.empty()) {
    const size_t comma = body.find(',');
    std::string_view item = body.substr(0, comma);
    body = comma == std::string_view::npos ? std::string_view{} : body.substr(comma + 1);
    const size_t colon = item.find(':');
    if (colon == std::string_view::npos) continue;
    double value = 0;
    if (!parse_number(item.substr(colon + 1), value) || value <= 0) continue;
    Pos p = pos_from_lingua(trim(item.substr(0, colon)));
    if (p != Pos::UNK) tags.push_back({p, value});
  }
  return !tags.empty();
}

Result<LinguaData> read_lingua_data(const std::string& dir) {
  LinguaData data;
  auto words = read_entries(dir + "/words.yml");
  if (!words) return Error{words.error()};
  auto unknown = read_entries(dir + "/unknown.yml");
  if (!unknown) return Error{unknown.error()};
  auto tags = read_entries(dir + "/tags.yml");
  if (!tags) return Error{tags.error()};
  data.words = std::move(*words);
  data.unknown = std::move(*unknown);
  data.transition.assign(kPosCount * kPosCount, 0.0);
  for (const LinguaEntry& row : *tags) {
    Pos prev = pos_from_lingua(row.key);
    if (prev == Pos::UNK) continue;
    for (const TagCount& next : row.tags)
      data.transition[static_cast<size_t>(prev) * kPosCount + static_cast<size_t>(next.tag)] =
          next.count;
  }
  return data;
}

}  // namespace dyad::tag
