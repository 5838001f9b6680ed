// Small closed word lists that tell a place name from a person's or an organisation's
// (written for dyad). Each takes a token's upper form.
#pragma once
#include <array>
#include <cstdint>
#include <string_view>

#include "dyad/token.h"

namespace dyad::geo {

// A capital first letter: ASCII, Latin-1 ("Évian", "Ürümqi": U+00C0..U+00DE) or Latin
// Extended-A ("Łódź"; its capitals and small letters alternate, so both pass). Curly
// quotes and other marks do not.
inline bool capitalised(const Token& t) {
  // A std::string ends in a NUL, so text[0] of "" and text[1] of a one-byte text read 0: the
  // common cases (lower-case words, digits, punctuation) cost one byte compare and no size
  // test.
  const unsigned char c = static_cast<unsigned char>(t.text[0]);
  if (c < 0xC3) return static_cast<unsigned>(c - 'A') < 26u;
  if (c == 0xC3) {
    const unsigned char c2 = static_cast<unsigned char>(t.text[1]);
    return c2 >= 0x80 && c2 <= 0x9E && c2 != 0x97;
  }
  return (c == 0xC4 || c == 0xC5) && t.text.size() >= 2;
}

// The closed lists below, as bits (1 << WordList) of a word's word_lists().
enum class WordList : uint8_t {
  Modifier, Title, Institution, Calendar, Speech, County, Function, PlacePreposition, Count
};

namespace detail {
// A 12-bit hash of a word from its length, first two and last letters.
constexpr unsigned list_hash(std::string_view w) {
  const unsigned a = static_cast<unsigned char>(w[0]);
  const unsigned b = w.size() > 1 ? static_cast<unsigned char>(w[1]) : 0u;
  const unsigned c = static_cast<unsigned char>(w.back());
  const unsigned n = static_cast<unsigned>(w.size());
  return ((a * 0x9E3779B1u) ^ (b * 0x85EBCA77u) ^ (c * 0xC2B2AE3Du) ^ (n * 0x27D4EB2Fu)) >> 20;
}
// A bit per list_hash() that some listed word has.
extern const std::array<uint64_t, 64> kListFilter;
// The lists that hold `upper`: compares it with the words of its list_hash().
uint8_t lists_of(std::string_view upper);
}  // namespace detail

// The lists that hold the upper-case word, a bit (1 << WordList) each. An inline bit test
// turns away about 19 words in 20 that are in no list before any call or string compare.
inline uint8_t word_lists(std::string_view upper) {
  if (upper.empty()) return 0;
  const unsigned h = detail::list_hash(upper);
  if (!(detail::kListFilter[h >> 6] >> (h & 63) & 1)) return 0;
  return detail::lists_of(upper);
}
inline bool in_lists(uint8_t lists, WordList list) {
  return (lists >> static_cast<unsigned>(list)) & 1;
}
inline bool in_word_list(WordList list, std::string_view upper) {
  return in_lists(word_lists(upper), list);
}

// Words that may stand before a place without making it part of a longer name:
// "Northern Iraq", "Downtown Atlanta", "Greater London".
inline bool place_modifier(std::string_view u) { return in_word_list(WordList::Modifier, u); }
// Titles that make the next capitalised words a person: "Mr.", "Sen.", "President".
inline bool person_title(std::string_view u) { return in_word_list(WordList::Title, u); }
// Capitalised words that may follow a place in the name of something located there:
// "Gainesville Police", "Hall County", "Ohio River" (not "Paris Hilton").
inline bool place_institution(std::string_view u) {
  return in_word_list(WordList::Institution, u);
}
// Days, months and other capitalised words that say nothing about the word before.
inline bool calendar_word(std::string_view u) { return in_word_list(WordList::Calendar, u); }
// "said", "says", "told": a town name before one is far more often a person's name.
inline bool speech_verb(std::string_view u) { return in_word_list(WordList::Speech, u); }
// Words that end an administrative second-level name: "Laurel County", "Rapides Parish".
inline bool county_word(std::string_view u) { return in_word_list(WordList::County, u); }
// Prepositions that put the next name in a place role: "in", "at", "near", "from".
inline bool place_preposition(std::string_view u) {
  return in_word_list(WordList::PlacePreposition, u);
}
// Capitalised function words at a sentence start that cannot begin a county name.
inline bool function_word(std::string_view u) { return in_word_list(WordList::Function, u); }

}  // namespace dyad::geo
