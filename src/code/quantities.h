// Numbers and what they count: "about 4,300 troops", "including 2,400 in Mali" (the count of
// the previous number carries over), "killed at least 12 soldiers", "2.5 million refugees".
#pragma once
#include <vector>

#include "code/sentence_view.h"

namespace dyad {

struct QuantityHit {
  Quantity q;
  TokenRange range;
  int actor_unit = -1;     // the clause subject it belongs to
  int place_unit = -1;     // "in Mali"
};

std::vector<QuantityHit> find_quantities(const SentenceView& v);

// "4,300" -> 4300, "2.5" -> 2.5, "twelve" -> 12; NaN-free: returns false when not a number.
bool number_value(const std::string& word, double* value);

}  // namespace dyad
