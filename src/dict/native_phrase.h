// Phrases of dyad's native dictionaries: split into words by dyad's own tokenizer, so a phrase
// is exactly the words the coder sees in news text, plus the plural marks of agents, nouns and
// synset members ("soldiers{}", "man{men}"). Private to src/dict.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "dyad/dictionary.h"

namespace dyad::dict {

// The words of `text` as the coder sees them: dyad::tokenize, each token's Token::upper
// ("France's" -> FRANCE 'S, "U.S." -> U.S., "al-Qaeda" -> AL-QAEDA, "Goïta" -> GOïTA).
std::vector<std::string> native_words(std::string_view text);

// A phrase with no plural marks (actors, discards). False with `error` when the text has
// braces or no words.
bool plain_phrase(std::string_view text, const std::string& origin, Phrase& out,
                  std::string& error);

// A phrase followed by its plurals (agents, nouns, synset members), each distinct word
// sequence once:
//   "army"                 -> ARMY, ARMIES        (regular plural of the last word)
//   "police{}"             -> POLICE               (no plural)
//   "man{men}"             -> MAN, MEN             (plurals given, ';'-separated)
//   "armed man{men}"       -> ARMED MAN, ARMED MEN (a one-word plural of a longer phrase
//                                                  replaces its last word)
//   "head of state{heads of state}" -> both phrases as written
// False with `error` when the braces are malformed or a phrase has no words.
bool phrase_with_plurals(std::string_view text, const std::string& origin,
                         std::vector<Phrase>& out, std::string& error);

}  // namespace dyad::dict
