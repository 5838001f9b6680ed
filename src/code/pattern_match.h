// Matching one verb pattern (TABARI / PETRARCH syntax) around a verb found in a sentence.
#pragma once
#include "code/sentence_view.h"

namespace dyad {

struct PatternMatch {
  int source_unit = -1;  // set by '$' (or a '%' before the verb)
  int target_unit = -1;  // set by '+' (or a '%' after the verb)
  bool covers_negation = false;  // the pattern itself matched "not", "n't", "never" ...
};

// Words before '*' are looked for right to left from the verb, words after it left to right;
// '_' connectors demand adjacency, spaces allow gaps. Greedy: the nearest match is taken.
bool match_pattern(const Pattern& p, const SentenceView& v, const VerbHit& hit, PatternMatch* out);

}  // namespace dyad
