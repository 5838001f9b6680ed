// Reader for the data files of Lingua::EN::Tagger (Debian liblingua-en-tagger-perl). The files
// are GPL-3, so dyad never ships them: they are read at run time from the installed package.
//
// All three files are flat YAML, one mapping per line:
//   words.yml    word:  { tag: count, ... }      how often each Penn-derived tag was seen
//   tags.yml     prev:  { next: prob, ... }      P(next tag | previous tag)
//   unknown.yml  -cls-: { tag: count, ... }      tag counts for unknown-word classes
// Tag names are Lingua's lowercase variants of Penn tags ("det" = DT, "ppc" = ",").
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/pos.h"
#include "dyad/result.h"

namespace dyad::tag {

struct TagCount {
  Pos tag = Pos::UNK;
  double count = 0;
};
using TagDist = std::vector<TagCount>;

struct LinguaEntry {
  std::string key;
  TagDist tags;
};

struct LinguaData {
  std::vector<LinguaEntry> words;    // words.yml, file order
  std::vector<LinguaEntry> unknown;  // unknown.yml
  // tags.yml as a dense matrix: transition[prev * kPosCount + next] = P(next | prev), 0 if absent.
  std::vector<double> transition;
};

inline constexpr size_t kPosCount = static_cast<size_t>(Pos::COUNT_);

// Lingua's tag name -> Pos ("det" -> DT, "ppc" -> COMMA, "pp" -> PERIOD, "prps" -> PRPS);
// UNK for a name it does not use.
Pos pos_from_lingua(std::string_view name);

// Splits one line `key: { a: 1, b: 2.5 }` (key optionally in double quotes). Returns false for
// lines that are not such a mapping (the "--- #YAML:1.0" header, blank lines). Tags that
// pos_from_lingua does not know are dropped.
bool parse_lingua_line(std::string_view line, std::string& key, TagDist& tags);

// Reads words.yml, tags.yml and unknown.yml from `dir`. Errors name the missing or empty file.
Result<LinguaData> read_lingua_data(const std::string& dir);

}  // namespace dyad::tag
