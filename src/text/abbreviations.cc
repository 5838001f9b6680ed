#include "text/abbreviations.h"

#include <unordered_map>
#include <unordered_set>

#include "text/char_class.h"

namespace dyad::text {
namespace {

const std::unordered_map<std::string_view, AbbrevKind>& abbreviation_table() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string_view, AbbrevKind>();
    // Titles and ranks: a name always follows.
    for (std::string_view w :
         {"Mr",   "Mrs",  "Ms",   "Messrs", "Mmes", "Dr",     "Drs",  "Gen",  "Gens",
          "Lt",   "Col",  "Maj",  "Capt",   "Sgt",  "Cpl",    "Pvt",  "Adm",  "Gov",
          "Govs", "Sen",  "Sens", "Rep",    "Reps", "Rev",    "Prof", "Pres", "Sec",
          "Amb",  "Brig", "Cmdr", "Cdr",    "Hon",  "Atty",   "Supt", "Det",  "Insp",
          "Fr",   "Mt",   "Ft",   "vs",     "v",    "approx", "Nos",  "Vol"}) {
      t->emplace(w, AbbrevKind::kNeverEnds);
    }
    // "Sr." and "Jr." close names that may end a sentence; so do company suffixes, months,
    // US state abbreviations (AP style), street words and "etc.".
    for (std::string_view w :
         {"Jr",   "Sr",   "Inc",  "Co",   "Corp", "Ltd",  "Bros", "Cos",  "Plc",  "etc",
          "St",   "Ave",  "Blvd", "Rd",   "Jan",  "Feb",  "Mar",  "Apr",  "Jun",  "Jul",
          "Aug",  "Sep",  "Sept", "Oct",  "Nov",  "Dec",  "Ala",  "Ariz", "Ark",  "Calif",
          "Colo", "Conn", "Del",  "Fla",  "Ga",   "Ill",  "Ind",  "Kan",  "Kans", "Ky",
          "La",   "Md",   "Mass", "Mich", "Minn", "Miss", "Mo",   "Mont", "Neb",  "Nev",
          "Okla", "Ore",  "Pa",   "Tenn", "Tex",  "Va",   "Vt",   "Wash", "Wis",  "Wyo"}) {
      t->emplace(w, AbbrevKind::kMayEnd);
    }
    return t;
  }();
  return *table;
}

// "U.S", "a.m", "Ph.D", "U.S.A": groups of one or two letters joined by periods.
bool is_dotted_acronym(std::string_view w) {
  size_t groups = 0, run = 0;
  for (char c : w) {
    if (c == '.') {
      if (run == 0) return false;
      ++groups;
      run = 0;
    } else if (is_ascii_alpha(static_cast<unsigned char>(c))) {
      if (++run > 2) return false;
    } else {
      return false;
    }
  }
  return run > 0 && groups >= 1;
}

}  // namespace

AbbrevKind abbreviation_kind(std::string_view word) {
  if (word.empty() || word.size() > 12) return AbbrevKind::kNone;
  const auto& table = abbreviation_table();
  if (auto it = table.find(word); it != table.end()) return it->second;
  if (word.size() == 1) {  // an initial: "George W. Bush"
    return is_ascii_upper(static_cast<unsigned char>(word[0])) ? AbbrevKind::kNeverEnds
                                                               : AbbrevKind::kNone;
  }
  if (is_dotted_acronym(word)) return AbbrevKind::kMayEnd;
  // ALL-CAPS copies of listed words ("GEN.", "INC.").
  bool all_upper = true;
  for (char c : word) all_upper = all_upper && is_ascii_upper(static_cast<unsigned char>(c));
  if (all_upper) {
    char buf[12];
    buf[0] = word[0];
    for (size_t i = 1; i < word.size(); ++i) buf[i] = ascii_lower(word[i]);
    if (auto it = table.find(std::string_view(buf, word.size())); it != table.end())
      return it->second;
  }
  return AbbrevKind::kNone;
}

bool is_sentence_opener(std::string_view word) {
  static const auto* openers = new std::unordered_set<std::string_view>{
      "The",   "A",        "An",      "He",      "She",       "It",    "They",    "We",    "I",
      "You",   "His",      "Her",     "Its",     "Their",     "Our",   "My",      "This",  "That",
      "These", "Those",    "There",   "Here",    "But",       "And",   "Or",      "So",    "Yet",
      "In",    "On",       "At",      "For",     "If",        "When",  "While",   "After", "Before",
      "As",    "Although", "Though",  "However", "Meanwhile", "Some",  "Many",    "Most",  "All",
      "Both",  "Each",     "Such",    "What",    "Who",       "Why",   "How",     "Where", "Since",
      "Until", "Last",     "Earlier", "Later",   "Also",      "Still", "Instead", "Then",  "THE"};
  return openers->count(word) != 0;
}

}  // namespace dyad::text
