// What the verb and pattern matchers see of one sentence.
#pragma once
#include <vector>

#include "dyad/coder.h"

namespace dyad {

struct SentenceView {
  const std::vector<Token>& toks;
  const ParsedSentence& ps;
  const std::vector<ActorUnit>& units;
  const CompiledDictionaries& dicts;
  const std::vector<uint32_t>& word_ids;  // each token's id in dicts.words (or kUnknown)
  std::vector<uint32_t> present;          // the sentence's known word ids, sorted, unique
  std::vector<int> unit_of_token;         // index into units, or -1
  bool has_word(uint32_t id) const;
  int size() const { return static_cast<int>(toks.size()); }
};

SentenceView make_view(const std::vector<Token>& toks, const ParsedSentence& ps,
                       const std::vector<ActorUnit>& units, const CompiledDictionaries& d,
                       const std::vector<uint32_t>& word_ids);

}  // namespace dyad
