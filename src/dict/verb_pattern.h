// Verb pattern syntax (TABARI, PETRARCH-1 and PETRARCH-2) -> Pattern elements.
#pragma once
#include <string>
#include <string_view>

#include "dyad/dictionary.h"

namespace dyad::dict {

// Parses the pattern between the leading '-' and the code: "SUGGESTED_+ * DEMAND_&GENINT",
// "* (TO LIST) (OF {BANNED PARTIES})". Elements are separated by blanks (loose) or '_'
// (tight: adjacent words); a '_' before a blank is PETRARCH's exact-word mark, not a
// connector. Fills pre, post and groups; false with `error` when malformed (no '*', two
// '*', unbalanced groups, an empty synset name).
bool parse_pattern(std::string_view text, Pattern& out, std::string& error);

}  // namespace dyad::dict
