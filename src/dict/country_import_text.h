// Text helpers of the country importer (country_import.h): which spellings from the
// world-countries package can be dictionary phrases, and the variants news text writes them in.
// Private to src/dict.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace dyad::countries {

// Latin letters with diacritics folded to ASCII, because news copy often drops accents and
// dyad matches words byte for byte: "Bogotá" -> "Bogota", "Chișinău" -> "Chisinau",
// "Ålandish" -> "Alandish", "Việt Nam" -> "Viet Nam"; curly and modifier apostrophes become
// "'". Empty when a character has no ASCII fold (other scripts, IPA, signs such as "×") or the
// text is not valid UTF-8.
std::string ascii_fold(std::string_view s);

// True when every character is in the Latin script (ASCII, Latin-1, Latin Extended-A/B,
// Latin Extended Additional) or is an apostrophe, quote or dash: the spellings an English
// news text can contain. False for Cyrillic, Chinese, IPA ("ʁɛpublika") and invalid UTF-8.
bool latin_script(std::string_view s);

// The key two spellings share when dyad would match them alike: ASCII letters uppercased,
// blanks collapsed to one space, ends trimmed ("the  Gambia " -> "THE GAMBIA").
std::string phrase_key(std::string_view s);

// A spelling as a phrase: blanks collapsed, a parenthesised part removed ("Cocos (Keeling)
// Islands" -> "Cocos Islands", "Saint Martin (French part)" -> "Saint Martin") and a leading
// "the" dropped ("The Bahamas" -> "Bahamas": the coder matches names without their article).
std::string tidy_phrase(std::string_view s);

// Letters in `s` (ASCII letters and every non-ASCII character), to reject two-letter codes.
size_t letter_count(std::string_view s);

// The demonyms in one package field: "Antiguan, Barbudan" and "Kittitian or Nevisian" name
// two peoples each.
std::vector<std::string> split_demonyms(std::string_view s);

// The plural that names a people in news text ("Malians protested", "Israelis",
// "New Zealanders"), or "" when the demonym does not take "-s": "Chinese", "French", "Swiss",
// "Dutch", "Turkmen", "Malagasy", "Greenlandic" (an adjective only).
std::string demonym_plural(std::string_view demonym);

}  // namespace dyad::countries
