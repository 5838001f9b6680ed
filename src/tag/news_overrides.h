// dyad's own corrections to the WSJ-era lexicon of Lingua::EN::Tagger for words that matter in
// conflict news. The lexicon was counted on 1980s business text: it has never seen "airstrikes"
// or "jihadists", and it knows "arrested" only as VBN and "abducted" only as NN, which would
// hide the main verb of "Police arrested ...". Each override replaces the lexicon's entry for
// that exact (lower-case) spelling; weights are relative counts (they sum to about 100).
//
// Curated by hand for dyad (not derived from any dictionary); add a word when a news sentence
// is mis-tagged because of it, and add a test in news_overrides_test.cc or tagger_test.cc.
#pragma once
#include <span>
#include <string_view>

#include "dyad/pos.h"

namespace dyad::tag {

struct OverrideTag {
  Pos tag = Pos::UNK;
  float weight = 0;  // 0 ends the list
};

struct NewsOverride {
  std::string_view word;
  OverrideTag tags[4];
};

std::span<const NewsOverride> news_overrides();

}  // namespace dyad::tag
