// mentions.confidence: how firmly the text asserts the event (docs/store.md, "Confidence").
#include <algorithm>
#include <cmath>

#include "dyad/store.h"

namespace dyad {

namespace {

// What the text claims, from plain report down to a denial.
double status_factor(const std::string& status) {
  if (status == "happened") return 1.0;
  if (status == "announced") return 0.8;
  if (status == "intended") return 0.7;
  if (status == "demanded") return 0.6;
  if (status == "conditional") return 0.5;
  if (status == "hypothetical") return 0.4;
  if (status == "denied") return 0.3;
  return 0.6;  // a status this version does not know
}

bool resolved_by_coreference(const std::vector<EntryRef>& entries) {
  for (const EntryRef& e : entries)
    if (e.origin == "coreference") return true;
  return false;
}

}  // namespace

double mention_confidence(const Event& e) {
  double c = status_factor(e.status);
  if (!e.attributed_to.empty()) c *= 0.85;  // someone's claim, not the reporter's
  if (resolved_by_coreference(e.evidence.source_entries)) c *= 0.8;  // "he", "the junta"
  if (resolved_by_coreference(e.evidence.target_entries)) c *= 0.8;
  if (e.evidence.pattern.phrase.empty()) c *= 0.9;  // the verb's default code, no pattern
  if (e.target.empty() || e.target == "---") c *= 0.8;  // no target actor
  c = std::clamp(c, 0.05, 1.0);
  return std::round(c * 1000) / 1000;
}

}  // namespace dyad
