#include "code/sentence_view.h"

namespace dyad {

SentenceView make_view(const std::vector<Token>& toks, const ParsedSentence& ps,
                       const std::vector<ActorUnit>& units, const CompiledDictionaries& d) {
  SentenceView v{toks, ps, units, d, std::vector<int>(toks.size(), -1)};
  for (size_t u = 0; u < units.size(); ++u)
    for (int i = units[u].range.begin; i < units[u].range.end; ++i)
      v.unit_of_token[i] = static_cast<int>(u);
  return v;
}

}  // namespace dyad
