// What the verb and pattern matchers see of one sentence.
#pragma once
#include <cstdint>
#include <vector>

#include "dyad/coder.h"

namespace dyad {

// A 2048-bit Bloom filter over the sentence's word ids: has_word() answers most absent words
// (nearly every one a pattern asks for) without searching.
struct WordBloom {
  uint64_t bits[32] = {};
  static uint32_t bit_of(uint32_t id) {
    return static_cast<uint32_t>((id * 0x9E3779B97F4A7C15ull) >> 53);
  }
  void add(uint32_t id) { bits[bit_of(id) >> 6] |= 1ull << (bit_of(id) & 63); }
  bool may_have(uint32_t id) const { return bits[bit_of(id) >> 6] >> (bit_of(id) & 63) & 1; }
};

struct SentenceView {
  const std::vector<Token>& toks;
  const ParsedSentence& ps;
  const std::vector<ActorUnit>& units;
  const CompiledDictionaries& dicts;
  const std::vector<uint32_t>& word_ids;  // each token's id in dicts.words (or kUnknown)
  std::vector<uint32_t> present;          // the sentence's known word ids, sorted, unique
  std::vector<int> unit_of_token;         // index into units, or -1
  WordBloom bloom;                        // over `present`
  // The words and the synsets they may start or end, for skipping patterns quickly.
  CompiledDictionaries::PatternFilter offers;
  bool has_word(uint32_t id) const;
  int size() const { return static_cast<int>(toks.size()); }
};

SentenceView make_view(const std::vector<Token>& toks, const ParsedSentence& ps,
                       const std::vector<ActorUnit>& units, const CompiledDictionaries& d,
                       const std::vector<uint32_t>& word_ids);

}  // namespace dyad
