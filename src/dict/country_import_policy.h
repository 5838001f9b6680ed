// The coding policy of the country importer (country_import.h): CAMEO's own country codes,
// the spellings left out, and the owner of a spelling several entries share. Documented for
// people in data/dict/ACTORS.md ("Countries from world-countries"); keep the two in step.
// Private to src/dict.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace dyad::countries {

// The CAMEO code of an entry whose ISO 3166-1 alpha-3 code (the package's cca3) is `iso3`:
// ISO's code except where CAMEO has its own (Kosovo, which has no ISO code: the package
// writes UNK, others XKX or XKS; CAMEO writes KSV).
std::string cameo_country_code(std::string_view iso3);

struct SkippedPhrase {
  std::string_view phrase;  // as tidy_phrase makes it: "Valley" for the package's "The Valley"
  std::string_view reason;
};

// Spellings never written as actors, with the reason: ordinary English words, persons'
// names, places elsewhere that share the name, and seats that stand for someone else
// ("Brussels" means the EU). Compared by phrase_key.
const std::vector<SkippedPhrase>& skipped_phrases();

// The reason `phrase` is skipped, or "" when it is kept.
std::string_view skip_reason(std::string_view phrase);

// The CAMEO code that gets `phrase` when entries share it and the independent-state rule
// does not decide ("Dominican" -> DOM, "Congolese" -> COD), or "". Such a phrase goes to
// that code even when only another entry lists it ("Congo": AP and most wire copy use it for
// the Democratic Republic).
std::string_view preferred_owner(std::string_view phrase);

// Phrases with fewer than three letters that are kept all the same ("UK"); the rest are
// ISO alpha-2 codes that mean nothing in news text ("FR") or are words ("AU", "US").
bool short_phrase_allowed(std::string_view phrase);

}  // namespace dyad::countries
