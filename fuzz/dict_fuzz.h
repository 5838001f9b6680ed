// Drives one dictionary parser over arbitrary text, then compiles the result, and checks what
// the loaders promise: never a crash, every problem a Diagnostic naming file:line, and every
// entry that was kept findable through the compiled tries.
#pragma once
#include <algorithm>
#include <string>

#include "dyad/dictionary.h"
#include "fuzz_check.h"

namespace dyad::fuzz {

using DictParser = void (*)(std::string_view, const std::string&, DictionarySet&);

inline bool trie_has(const PhraseTrie& trie, const std::vector<std::string>& words, uint32_t id) {
  if (words.empty()) return true;  // nothing to look up
  const std::vector<uint32_t>* ids = trie.find(words);
  return ids && std::find(ids->begin(), ids->end(), id) != ids->end();
}

inline int fuzz_dictionary(DictParser parse, const uint8_t* data, size_t size) {
  DictionarySet set;
  parse(as_text(data, size), "fuzz.txt", set);
  for (const Diagnostic& d : set.diagnostics) {
    DYAD_FUZZ_CHECK(d.origin.rfind("fuzz.txt:", 0) == 0);
    DYAD_FUZZ_CHECK(!d.message.empty());
  }
  for (const VerbEntry& v : set.verbs)
    DYAD_FUZZ_CHECK(v.block >= -1 && v.block < static_cast<int>(set.verb_blocks.size()));

  auto compiled = compile(set);
  DYAD_FUZZ_CHECK(compiled->hash.size() == 16);
  const DictionarySet& s = compiled->set;
  for (uint32_t i = 0; i < s.actors.size(); ++i)
    for (const Phrase& p : s.actors[i].phrases) DYAD_FUZZ_CHECK(trie_has(compiled->actors, p.words, i));
  for (uint32_t i = 0; i < s.agents.size(); ++i)
    for (const Phrase& p : s.agents[i].phrases) DYAD_FUZZ_CHECK(trie_has(compiled->agents, p.words, i));
  for (uint32_t i = 0; i < s.discards.size(); ++i)
    DYAD_FUZZ_CHECK(trie_has(compiled->discards, s.discards[i].phrase.words, i));
  for (uint32_t i = 0; i < s.verbs.size(); ++i)
    for (const VerbForm& f : s.verbs[i].forms) {
      DYAD_FUZZ_CHECK(f.words.empty() || (f.head >= 0 && f.head < static_cast<int>(f.words.size())));
      DYAD_FUZZ_CHECK(trie_has(compiled->verbs, f.words, i));
    }
  DYAD_FUZZ_CHECK(compiled->pattern_order.size() == s.verb_blocks.size());
  return 0;
}

}  // namespace dyad::fuzz
