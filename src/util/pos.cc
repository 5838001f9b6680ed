#include "dyad/pos.h"

#include <array>

namespace dyad {

namespace {
constexpr std::array<std::string_view, static_cast<size_t>(Pos::COUNT_)> kNames = {
    "UNK", "CC",  "CD",  "DT",  "EX",  "FW",   "IN",  "JJ",  "JJR", "JJS", "LS",
    "MD",  "NN",  "NNS", "NNP", "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR",
    "RBS", "RP",  "SYM", "TO",  "UH",  "VB",   "VBD", "VBG", "VBN", "VBP", "VBZ",
    "WDT", "WP",  "WP$", "WRB", ",",   ".",    ":",   "``",  "''",  "-LRB-", "-RRB-",
    "#",   "$"};
}  // namespace

Pos pos_from_string(std::string_view s) {
  if (s == "(" || s == "LRB") return Pos::LRB;
  if (s == ")" || s == "RRB") return Pos::RRB;
  if (s == "\"") return Pos::RQUOTE;
  for (size_t i = 1; i < kNames.size(); ++i)
    if (kNames[i] == s) return static_cast<Pos>(i);
  return Pos::UNK;
}

std::string_view pos_name(Pos p) {
  auto i = static_cast<size_t>(p);
  return i < kNames.size() ? kNames[i] : "UNK";
}

}  // namespace dyad
