// DictionarySet -> the read-only indexes the coder shares between threads.
#include <algorithm>
#include <cstdio>
#include <numeric>

#include "dyad/dictionary.h"

namespace dyad {

namespace {

std::string_view file_of(const std::string& origin) {
  size_t colon = origin.rfind(':');
  return std::string_view(origin).substr(0, colon == std::string::npos ? origin.size() : colon);
}

size_t literal_elements(const Pattern& p) {
  auto literal = [](const PatElem& e) {
    return e.kind == PatKind::Word || e.kind == PatKind::Synset;
  };
  return std::count_if(p.pre.begin(), p.pre.end(), literal) +
         std::count_if(p.post.begin(), p.post.end(), literal);
}

// Gives every pattern word and synset member a word id, so matching compares integers.
void intern_pattern_words(CompiledDictionaries& c) {
  WordTable& w = *c.words;
  for (Synset& syn : c.set.synsets) {
    syn.member_ids.clear();
    syn.by_first.clear();
    syn.by_last.clear();
    for (const auto& m : syn.members) {
      std::vector<uint32_t> ids;
      for (const auto& word : m) ids.push_back(w.intern(word));
      if (ids.empty()) continue;
      auto k = static_cast<uint32_t>(syn.member_ids.size());
      syn.by_first.push_back({ids.front(), k});
      syn.by_last.push_back({ids.back(), k});
      syn.member_ids.push_back(std::move(ids));
    }
    std::sort(syn.by_first.begin(), syn.by_first.end());
    std::sort(syn.by_last.begin(), syn.by_last.end());
  }
  for (VerbBlock& b : c.set.verb_blocks) {
    for (Pattern& p : b.patterns) {
      p.required_words.clear();
      for (auto* part : {&p.pre, &p.post}) {
        for (PatElem& e : *part) {
          if (e.kind == PatKind::Word) {
            e.word_id = w.intern(e.word);
            p.required_words.push_back(e.word_id);
          } else if (e.kind == PatKind::Synset) {
            auto it = c.synset_by_name.find(e.word);
            e.synset = it == c.synset_by_name.end() ? -1 : static_cast<int>(it->second);
          }
        }
      }
      std::sort(p.required_words.begin(), p.required_words.end());
      p.required_words.erase(std::unique(p.required_words.begin(), p.required_words.end()),
                             p.required_words.end());
    }
  }
}

// Which words can start or end a synset member, and of which synsets (for the matcher's
// shortcuts).
void index_synset_words(CompiledDictionaries& c) {
  const size_t words = c.words->size();
  c.synset_word_flags.assign(words, 0);
  std::vector<std::vector<uint32_t>> of_word(words);
  for (uint32_t si = 0; si < c.set.synsets.size(); ++si) {
    const Synset& syn = c.set.synsets[si];
    for (const auto& [word, member] : syn.by_first) {
      c.synset_word_flags[word] |= CompiledDictionaries::kStartsSynsetMember;
      of_word[word].push_back(si);
    }
    for (const auto& [word, member] : syn.by_last) {
      c.synset_word_flags[word] |= CompiledDictionaries::kEndsSynsetMember;
      of_word[word].push_back(si);
    }
  }
  c.synsets_of_word_begin.assign(1, 0);
  c.synsets_of_word.clear();
  for (auto& list : of_word) {
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    c.synsets_of_word.insert(c.synsets_of_word.end(), list.begin(), list.end());
    c.synsets_of_word_begin.push_back(static_cast<uint32_t>(c.synsets_of_word.size()));
  }
}

}  // namespace

std::shared_ptr<const CompiledDictionaries> compile(DictionarySet set) {
  auto out = std::make_shared<CompiledDictionaries>();
  out->set = std::move(set);
  const DictionarySet& s = out->set;
  out->words = std::make_shared<WordTable>();
  out->actors = PhraseTrie(out->words);
  out->agents = PhraseTrie(out->words);
  out->discards = PhraseTrie(out->words);
  out->verbs = PhraseTrie(out->words);
  out->nouns = PhraseTrie(out->words);

  for (uint32_t i = 0; i < s.actors.size(); ++i)
    for (const Phrase& p : s.actors[i].phrases) out->actors.add(p.words, i);
  for (uint32_t i = 0; i < s.agents.size(); ++i)
    for (const Phrase& p : s.agents[i].phrases) out->agents.add(p.words, i);
  for (uint32_t i = 0; i < s.discards.size(); ++i) out->discards.add(s.discards[i].phrase.words, i);
  for (uint32_t i = 0; i < s.verbs.size(); ++i)
    for (const VerbForm& f : s.verbs[i].forms) out->verbs.add(f.words, i);
  for (uint32_t i = 0; i < s.nouns.size(); ++i)
    for (const Phrase& p : s.nouns[i].phrases) out->nouns.add(p.words, i);

  // A lemma listed twice: the first entry of a file wins (as in PETRARCH), a later file
  // overrides an earlier one (user dictionaries load last).
  std::unordered_map<std::string, std::string_view> lemma_file;
  for (uint32_t i = 0; i < s.verbs.size(); ++i) {
    const VerbEntry& v = s.verbs[i];
    if (v.forms.empty() || v.forms[0].words.size() != 1) continue;
    std::string_view file = file_of(v.origin);
    auto it = lemma_file.find(v.lemma);
    if (it != lemma_file.end() && it->second == file) continue;
    lemma_file[v.lemma] = file;
    out->verb_by_lemma[v.lemma] = i;
  }
  for (uint32_t i = 0; i < s.synsets.size(); ++i) out->synset_by_name[s.synsets[i].name] = i;
  intern_pattern_words(*out);
  index_synset_words(*out);
  out->one_word_heads_zero = true;
  for (const VerbEntry& v : s.verbs)
    for (const VerbForm& f : v.forms)
      if (f.words.size() == 1 && f.head != 0) out->one_word_heads_zero = false;

  out->pattern_order.resize(s.verb_blocks.size());
  for (size_t b = 0; b < s.verb_blocks.size(); ++b) {
    const auto& patterns = s.verb_blocks[b].patterns;
    std::vector<size_t> weight(patterns.size());
    for (size_t k = 0; k < patterns.size(); ++k) weight[k] = literal_elements(patterns[k]);
    auto& order = out->pattern_order[b];
    order.resize(patterns.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(),
                     [&](uint32_t a, uint32_t c) { return weight[a] > weight[c]; });
  }

  out->pattern_filters.resize(s.verb_blocks.size());
  for (size_t b = 0; b < s.verb_blocks.size(); ++b) {
    for (uint32_t k : out->pattern_order[b]) {
      const Pattern& p = s.verb_blocks[b].patterns[k];
      CompiledDictionaries::PatternFilter f;
      for (uint32_t w : p.required_words) f.add_word(w);
      for (const auto* part : {&p.pre, &p.post})
        for (const PatElem& e : *part)
          if (e.kind == PatKind::Synset && e.synset >= 0)
            f.add_synset(static_cast<uint32_t>(e.synset));
      out->pattern_filters[b].push_back(f);
    }
  }

  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(s.content_hash));
  out->hash = hex;
  return out;
}

}  // namespace dyad
