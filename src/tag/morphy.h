// WordNet's morphy: the lemma of an inflected form is its entry in the exception list
// (verb.exc: "withdrew withdraw"), or else the first suffix-detachment rule whose result is a
// lemma in the part of speech's index ("attacking" -> "attack"). The data (Debian
// wordnet-base, WordNet licence) is read at run time from /usr/share/wordnet.
#pragma once
#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/result.h"
#include "dyad/string_table.h"

namespace dyad::tag {

enum class WnPos : uint8_t { Noun = 0, Verb = 1, Adj = 2, Adv = 3 };
inline constexpr size_t kWnPosCount = 4;

struct WordNetData {
  std::array<StringTable, kWnPosCount> index;  // lemmas (lower case, "_" for spaces) -> 1
  struct Exception {
    std::string form;
    std::string base;  // the first base listed
  };
  std::array<std::vector<Exception>, kWnPosCount> exceptions;
};

// Reads index.{noun,verb,adj,adv} and {noun,verb,adj,adv}.exc from `dir`.
Result<WordNetData> read_wordnet(const std::string& dir);

// A detachment rule: a form ending in `suffix` may be the lemma ending in `ending`.
struct Detachment {
  std::string_view suffix;
  std::string_view ending;
};
std::span<const Detachment> detachment_rules(WnPos pos);

// The lemma morphy's rules give for `form` (lower case), or "" when no rule yields an indexed
// lemma. Exceptions are not consulted here. `buffer` holds the result.
std::string_view detach(std::string_view form, WnPos pos, const StringTable& index,
                        std::string& buffer);

}  // namespace dyad::tag
