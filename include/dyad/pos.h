// Penn Treebank part-of-speech tags, as a compact enum.
#pragma once
#include <cstdint>
#include <string_view>

namespace dyad {

enum class Pos : uint8_t {
  UNK = 0,
  CC, CD, DT, EX, FW, IN, JJ, JJR, JJS, LS, MD, NN, NNS, NNP, NNPS, PDT, POS, PRP, PRPS,
  RB, RBR, RBS, RP, SYM, TO, UH, VB, VBD, VBG, VBN, VBP, VBZ, WDT, WP, WPS, WRB,
  // punctuation
  COMMA, PERIOD, COLON, LQUOTE, RQUOTE, LRB, RRB, HASH, DOLLAR,
  COUNT_
};

// "NN", "PRP$", ",", "." ... ; UNK for anything else.
Pos pos_from_string(std::string_view s);
std::string_view pos_name(Pos p);

inline bool is_noun(Pos p) { return p >= Pos::NN && p <= Pos::NNPS; }
inline bool is_proper(Pos p) { return p == Pos::NNP || p == Pos::NNPS; }
inline bool is_verb(Pos p) { return p >= Pos::VB && p <= Pos::VBZ; }
inline bool is_adj(Pos p) { return p >= Pos::JJ && p <= Pos::JJS; }
inline bool is_adv(Pos p) { return p >= Pos::RB && p <= Pos::RBS; }
inline bool is_punct(Pos p) { return p >= Pos::COMMA; }

}  // namespace dyad
