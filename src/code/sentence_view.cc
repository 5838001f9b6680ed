#include "code/sentence_view.h"

#include <algorithm>

namespace dyad {

SentenceView make_view(const std::vector<Token>& toks, const ParsedSentence& ps,
                       const std::vector<ActorUnit>& units, const CompiledDictionaries& d,
                       const std::vector<uint32_t>& word_ids) {
  SentenceView v{toks, ps, units, d, word_ids, {}, std::vector<int>(toks.size(), -1), {}, {}};
  v.present.reserve(word_ids.size());
  for (uint32_t id : word_ids) {
    if (id == WordTable::kUnknown) continue;
    v.present.push_back(id);
    v.bloom.add(id);
    v.offers.add_word(id);
    if (id + 1 < d.synsets_of_word_begin.size())
      for (uint32_t k = d.synsets_of_word_begin[id]; k < d.synsets_of_word_begin[id + 1]; ++k)
        v.offers.add_synset(d.synsets_of_word[k]);
  }
  std::sort(v.present.begin(), v.present.end());
  v.present.erase(std::unique(v.present.begin(), v.present.end()), v.present.end());
  for (size_t u = 0; u < units.size(); ++u)
    for (int i = units[u].range.begin; i < units[u].range.end; ++i)
      v.unit_of_token[i] = static_cast<int>(u);
  return v;
}

bool SentenceView::has_word(uint32_t id) const {
  return bloom.may_have(id) && std::binary_search(present.begin(), present.end(), id);
}

}  // namespace dyad
