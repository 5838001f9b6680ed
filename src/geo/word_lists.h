// Small closed word lists that tell a place name from a person's or an organisation's
// (written for dyad). Each takes a token's upper form.
#pragma once
#include <string_view>

#include "dyad/token.h"

namespace dyad::geo {

// A capital first letter: ASCII, Latin-1 ("Évian", "Ürümqi": U+00C0..U+00DE) or Latin
// Extended-A ("Łódź"; its capitals and small letters alternate, so both pass). Curly
// quotes and other marks do not.
inline bool capitalised(const Token& t) {
  if (t.text.empty()) return false;
  unsigned char c = static_cast<unsigned char>(t.text[0]);
  if (c >= 'A' && c <= 'Z') return true;
  if (t.text.size() < 2) return false;
  unsigned char c2 = static_cast<unsigned char>(t.text[1]);
  if (c == 0xC3) return c2 >= 0x80 && c2 <= 0x9E && c2 != 0x97;
  return c == 0xC4 || c == 0xC5;
}

// Words that may stand before a place without making it part of a longer name:
// "Northern Iraq", "Downtown Atlanta", "Greater London".
bool place_modifier(std::string_view upper);
// Titles that make the next capitalised words a person: "Mr.", "Sen.", "President".
bool person_title(std::string_view upper);
// Capitalised words that may follow a place in the name of something located there:
// "Gainesville Police", "Hall County", "Ohio River" (not "Paris Hilton").
bool place_institution(std::string_view upper);
// Days, months and other capitalised words that say nothing about the word before.
bool calendar_word(std::string_view upper);
// "said", "says", "told": a town name before one is far more often a person's name.
bool speech_verb(std::string_view upper);
// Words that end an administrative second-level name: "Laurel County", "Rapides Parish".
bool county_word(std::string_view upper);
// Prepositions that put the next name in a place role: "in", "at", "near", "from".
bool place_preposition(std::string_view upper);
// Capitalised function words at a sentence start that cannot begin a county name.
bool function_word(std::string_view upper);

}  // namespace dyad::geo
