// Cheap, allocation-free tests on the spelling of a Penn-tokenised token: punctuation with a
// fixed tag, numbers, capitalisation, and the shape class used to guess tags of unknown words.
#pragma once
#include <cstddef>
#include <string_view>

#include "dyad/pos.h"

namespace dyad::tag {

// The Penn tag of a punctuation token whose tag never depends on context ("," "." "--" "("
// "-LRB-" "``" "$" "#" ...), or Pos::UNK. A straight double quote `"` returns LQUOTE: whether
// it opens or closes is decided by the caller, which sees the whole sentence.
Pos punctuation_tag(std::string_view text);

// "4,300" "1996-12-06" "2-1" "-0.5" "1/2" "10:30" "1990s": Penn tags these CD.
bool is_number(std::string_view text);
// "20th" "1st" "3rd".
bool is_ordinal(std::string_view text);

inline bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_digit_ascii(char c) { return c >= '0' && c <= '9'; }
inline char to_lower_ascii(char c) { return is_upper_ascii(c) ? static_cast<char>(c + 32) : c; }

// At least two letters, no lower-case letter: "NATO", "U.N.", "SOCCER".
bool is_all_caps(std::string_view text);
// Upper-case first letter: "France", "NATO".
inline bool starts_upper(std::string_view text) {
  return !text.empty() && is_upper_ascii(text.front());
}

// Which family of unknown words a token belongs to; the tagger learns a suffix model per family
// from the rare words of the lexicon, since rare words behave like unseen ones.
enum class ShapeClass : char {
  Lower = 'l',        // "airstrikes", "jihadists"
  Hyphenated = 'h',   // "state-owned", "cease-fire"
  Capitalised = 'c',  // "Gondor", "Malian", "Al-Ain"
  AllCaps = 'a',      // "UNHCR", "U.N."
  Digits = 'd',       // mixes digits and letters: "F-16", "10-year", "M16"
  Other = 'o',        // symbols, non-ASCII letters
};
ShapeClass shape_class(std::string_view text);

// Copies `text` into `out` (capacity `cap`) in ASCII lower case, turning the curly apostrophe
// U+2019 into "'" so that "don’t" looks up like "don't". Returns the length, or 0 when the
// text does not fit (callers then treat the word as unknown).
size_t lower_into(std::string_view text, char* out, size_t cap);
// Same normalisation without lowering case.
size_t normalise_into(std::string_view text, char* out, size_t cap);

}  // namespace dyad::tag
