#include "tag/morphy.h"

#include <fstream>

namespace dyad::tag {

namespace {

constexpr const char* kPosNames[kWnPosCount] = {"noun", "verb", "adj", "adv"};

// WordNet's rules, in the order morphy tries them.
constexpr Detachment kNounRules[] = {{"s", ""},      {"ses", "s"},   {"xes", "x"},   {"zes", "z"},
                                     {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr Detachment kVerbRules[] = {{"s", ""},   {"ies", "y"}, {"es", "e"},  {"es", ""},
                                     {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};
constexpr Detachment kAdjRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

Result<bool> read_index(const std::string& path, StringTable& index) {
  std::ifstream in(path);
  if (!in) return Error{"cannot open " + path + " (is wordnet-base installed?)"};
  std::string line;
  while (std::getline(in, line)) {
    // The licence header lines start with two spaces; entries with the lemma.
    if (line.empty() || line[0] == ' ') continue;
    const size_t space = line.find(' ');
    index.insert(std::string_view(line).substr(0, space), 1);
  }
  if (index.size() == 0) return Error{path + " lists no lemmas"};
  return true;
}

Result<bool> read_exceptions(const std::string& path, std::vector<WordNetData::Exception>& out) {
  std::ifstream in(path);
  if (!in) return Error{"cannot open " + path + " (is wordnet-base installed?)"};
  std::string line;
  while (std::getline(in, line)) {
    const size_t space = line.find(' ');
    if (space == std::string::npos || space == 0) continue;
    const size_t end = line.find_first_of(" \r", space + 1);
    std::string base = line.substr(space + 1, end == std::string::npos ? end : end - space - 1);
    if (!base.empty()) out.push_back({line.substr(0, space), std::move(base)});
  }
  return true;
}

}  // namespace

Result<WordNetData> read_wordnet(const std::string& dir) {
  WordNetData data;
  for (size_t p = 0; p < kWnPosCount; ++p) {
    auto index = read_index(dir + "/index." + kPosNames[p], data.index[p]);
    if (!index) return Error{index.error()};
    auto exc = read_exceptions(dir + "/" + kPosNames[p] + ".exc", data.exceptions[p]);
    if (!exc) return Error{exc.error()};
  }
  return data;
}

std::span<const Detachment> detachment_rules(WnPos pos) {
  switch (pos) {
    case WnPos::Noun:
      return kNounRules;
    case WnPos::Verb:
      return kVerbRules;
    case WnPos::Adj:
      return kAdjRules;
    case WnPos::Adv:
      return {};
  }
  return {};
}

std::string_view detach(std::string_view form, WnPos pos, const StringTable& index,
                        std::string& buffer) {
  // Like WordNet, leave nouns in "-ss" ("glass", "business") and very short words alone.
  if (form.size() <= 2) return {};
  if (pos == WnPos::Noun && form.ends_with("ss")) return {};
  for (const Detachment& rule : detachment_rules(pos)) {
    if (!form.ends_with(rule.suffix) || form.size() == rule.suffix.size()) continue;
    buffer.assign(form.substr(0, form.size() - rule.suffix.size()));
    buffer.append(rule.ending);
    if (index.contains(buffer)) return buffer;
  }
  return {};
}

}  // namespace dyad::tag
