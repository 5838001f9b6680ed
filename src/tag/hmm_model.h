// The bigram HMM behind dyad's tagger, built at load time from Lingua::EN::Tagger's counts.
//
// Emission scores are log P(tag | word) - alpha * log P(tag): with alpha = 1 this is
// log P(word | tag) up to a per-word constant, which Viterbi ignores. Each word keeps only the
// tags it was seen with (minus a tail of rare ones), so Viterbi runs over 1-3 states per token.
// Unknown words get tags from a suffix model learned from the lexicon's rare words, one per
// spelling family (lower case, Capitalised, ALL CAPS, hyphenated, with digits): rare words
// behave much like unseen ones.
#pragma once
#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "dyad/huge_pages.h"
#include "dyad/pos.h"
#include "dyad/result.h"
#include "tag/lingua_data.h"
#include "dyad/string_table.h"
#include "tag/word_shape.h"

namespace dyad::tag {

struct Candidate {
  Pos tag = Pos::UNK;
  float prob = 0;   // P(tag | word), after pruning and renormalising
  float score = 0;  // emission score used by Viterbi
};

struct ModelOptions {
  // alpha above; 0.8 scored best on CoNLL dev. 0 mimics Lingua: P(tag|prev) * P(tag|word).
  double prior_exponent = 0.8;
  double min_share = 0.01;         // tags below this share of a word's counts are dropped
  size_t max_candidates = 6;       // and at most this many are kept
  double transition_floor = 1e-4;  // P(next|prev) for pairs tags.yml never saw
  double rare_word_count = 3;      // words seen at most this often train the suffix model
  double suffix_min_words = 10;    // a suffix needs this many training words to be used
  size_t max_suffix = 5;
  // Share given to the missing half of VBD/VBN (regular "-ed" forms) and VB/VBP pairs: the
  // lexicon saw "arrested" only as VBN, but "Police arrested ..." needs VBD.
  double paired_form_share = 0.25;
  // Share of NNP mixed into a Capitalised word in mid-sentence whose only lexicon entry is its
  // lower-case form ("Defence" in "Ministry of Defence"): mostly a name, but the lower-case
  // reading stays possible in title-cased phrases.
  double mid_sentence_name_share = 0.8;
  // Share of NNP mixed into an ALL-CAPS headline word ("SOCCER", "WIN").
  double headline_name_share = 0.5;
  // Run the clause-level VBN -> VBD repair (main_verb_repair.h).
  bool repair_main_verbs = true;
};

class HmmModel {
 public:
  static constexpr size_t kMaxCandidates = 8;

  static HmmModel build(const LinguaData& data, const ModelOptions& options = {});

  // Candidates of a known word, by its exact (normalised) spelling; empty if unknown.
  std::span<const Candidate> word(std::string_view text) const { return entry(words_, text); }
  // The same in bulk: prefetch_word(StringTable::hash32(text)) for every word of a sentence
  // first, then word(text, hash) for each.
  void prefetch_word(uint32_t hash) const { words_.prefetch(hash); }
  std::span<const Candidate> word(std::string_view text, uint32_t hash) const {
    return decode(words_.find(text, hash));
  }
  // For a capitalised word at the start of a sentence that the lexicon knows both as written
  // and in lower case: the two entries' counts pooled ("Will" -> mostly MD, "China" -> NNP).
  std::span<const Candidate> sentence_initial(std::string_view text) const {
    return entry(initial_, text);
  }
  // For an ALL-CAPS headline word the lexicon lacks as written: the pooled counts of every
  // spelling that upper-cases to it ("CHINA" -> "China" + "china").
  std::span<const Candidate> all_caps(std::string_view upper) const {
    return entry(all_caps_, upper);
  }
  // Best guess for a word the lexicon lacks; `lower` is its lower-cased spelling.
  std::span<const Candidate> unknown(ShapeClass shape, std::string_view lower) const;
  std::span<const Candidate> number() const { return span_of(number_); }
  std::span<const Candidate> ordinal() const { return span_of(ordinal_); }
  std::span<const Candidate> fixed(Pos p) const { return span_of(fixed_[static_cast<size_t>(p)]); }

  float transition(Pos prev, Pos next) const {
    return transition_[static_cast<size_t>(prev) * kPosCount + static_cast<size_t>(next)];
  }
  // Emission score for a candidate built at run time from a probability.
  float score(Pos tag, float prob) const;

  const ModelOptions& options() const { return options_; }
  size_t word_count() const { return words_.size(); }

 private:
  struct Range {
    uint32_t first = 0;
    uint32_t count = 0;
  };
  std::span<const Candidate> span_of(Range r) const {
    return {candidates_.data() + r.first, r.count};
  }
  std::span<const Candidate> entry(const StringTable& table, std::string_view key) const {
    return decode(table.find(key));
  }
  // A table value is the candidates' range itself, (first << 4) | count, when it fits (always,
  // in practice: this saves a dependent memory access per look-up); else kInRanges | index
  // into ranges_.
  static constexpr uint32_t kInRanges = 1u << 31;
  std::span<const Candidate> decode(uint32_t v) const {
    if (v == StringTable::kMissing) return {};
    if (v & kInRanges) return span_of(ranges_[v & ~kInRanges]);
    return {candidates_.data() + (v >> 4), v & 15u};
  }
  uint32_t add(const TagDist& dist);  // -> a table value (see decode)
  Range add_range(const TagDist& dist);
  void learn_suffixes(const LinguaData& data);

  ModelOptions options_;
  std::vector<Candidate, HugePageAllocator<Candidate>> candidates_;
  std::vector<Range> ranges_;
  StringTable words_;
  StringTable initial_;
  StringTable all_caps_;
  StringTable suffixes_;                       // shape-class char + lower-case suffix -> range
  std::array<Range, 128> unknown_fallback_{};  // by shape-class char
  Range number_, ordinal_;
  std::array<Range, kPosCount> fixed_{};
  std::array<float, kPosCount> log_prior_{};
  std::vector<float> transition_;
};

}  // namespace dyad::tag
