// Abbreviations that keep their period ("Gen.", "U.S.") and the words that may open a
// sentence right after one that can end a sentence ("... in the U.S. The talks ...").
#pragma once
#include <string_view>

namespace dyad::text {

enum class AbbrevKind : unsigned char {
  kNone,
  // Titles, initials and similar: always followed by more of the same sentence ("Gen. Smith").
  kNeverEnds,
  // Acronyms, company suffixes, months, US states, "etc.": they end the sentence only when the
  // next word is a typical sentence opener (see is_sentence_opener) or at a line break.
  kMayEnd,
};

// Kind of `word` (given WITHOUT its trailing period) when a period follows it. Single capital
// letters are initials, letter-dot acronyms ("U.S", "a.m", "Ph.D") may end, and ALL-CAPS forms
// of listed words ("GEN", "INC") count as the listed word. "No" is not here: it is an
// abbreviation only before a number, which the tokenizer checks.
AbbrevKind abbreviation_kind(std::string_view word);

// Capitalised closed-class words that begin sentences but are never part of a name:
// "The", "He", "But", "In" ... Used to decide whether "U.S." or "Inc." closes a sentence.
bool is_sentence_opener(std::string_view word);

}  // namespace dyad::text
