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
  std::vector<int> unit_of_token;  // index into units, or -1
  int size() const { return static_cast<int>(toks.size()); }
};

SentenceView make_view(const std::vector<Token>& toks, const ParsedSentence& ps,
                       const std::vector<ActorUnit>& units, const CompiledDictionaries& d);

}  // namespace dyad
