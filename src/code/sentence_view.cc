#include "code/sentence_view.h"

#include <algorithm>

namespace dyad {

SentenceView make_view(const std::vector<Token>& toks, const ParsedSentence& ps,
                       const std::vector<ActorUnit>& units, const CompiledDictionaries& d,
                       const std::vector<uint32_t>& word_ids) {
  SentenceView v{toks, ps, units, d, word_ids, {}, std::vector<int>(toks.size(), -1)};
  for (uint32_t id : word_ids)
    if (id != WordTable::kUnknown) v.present.push_back(id);
  std::sort(v.present.begin(), v.present.end());
  v.present.erase(std::unique(v.present.begin(), v.present.end()), v.present.end());
  for (size_t u = 0; u < units.size(); ++u)
    for (int i = units[u].range.begin; i < units[u].range.end; ++i)
      v.unit_of_token[i] = static_cast<int>(u);
  return v;
}

bool SentenceView::has_word(uint32_t id) const {
  return std::binary_search(present.begin(), present.end(), id);
}

}  // namespace dyad
