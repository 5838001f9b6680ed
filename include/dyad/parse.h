// Shallow parse: base noun phrases, verb groups and clause boundaries over tagged tokens.
// It is deliberately dictionary-free except for "name spans" (tokens that a dictionary phrase
// covers), which must stay inside one noun phrase.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/token.h"

namespace dyad {

// Token index range [begin, end).
struct TokenRange {
  int begin = 0;
  int end = 0;
  bool contains(int i) const { return i >= begin && i < end; }
  int size() const { return end - begin; }
};

struct VerbGroup {
  TokenRange range;      // auxiliaries, modals, adverbs and the main verb
  int head = -1;         // the last verb token (the lexical verb)
  bool negated = false;  // not / n't / never inside the group
  bool passive = false;  // a form of BE (or GET) followed by a past participle head
  bool modal = false;    // will / would / could / may ... inside the group
  std::string modal_word;  // lowercased modal ("will"), empty when none
};

// Why a clause starts at a token.
enum class ClauseMark : uint8_t {
  None = 0,
  Hard,           // ';' ':' '--' : nothing crosses it
  Subordinator,   // after / when / while / because / if ... (adverbial clause)
  Complement,     // "that" after a verb, or the complement of a speech verb
  Relative,       // who / which / whom / "that" after a noun
  Coordinate,     // ", and NP VG" / ", NP said" : a new clause with its own subject
};

struct ParsedSentence {
  std::vector<TokenRange> nps;        // base noun phrases in text order
  std::vector<int> np_of_token;       // index into nps, or -1
  std::vector<VerbGroup> vgs;         // verb groups in text order
  std::vector<int> vg_of_token;       // index into vgs, or -1
  std::vector<ClauseMark> mark;       // per token: a clause starts AT this token
};

// `name_span_of_token[i]` is -1 or an id shared by the tokens of one dictionary phrase.
ParsedSentence shallow_parse(const std::vector<Token>& toks,
                             const std::vector<int>& name_span_of_token);

// Lowercase ASCII copy, for word tests.
std::string lower_ascii(const std::string& s);
// lower_ascii(text) == lower, without building the copy (`lower` is already lower case).
inline bool lower_equals(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}
// Speech and cognition verbs whose complement is reported content ("said", "announced").
bool is_speech_lemma(const std::string& upper_lemma);

}  // namespace dyad
