// Events said as nouns: "Macron's meeting with African leaders", "the withdrawal of French
// troops from Mali", "talks between Kyiv and Moscow", "Russia launched an attack on Ukraine".
#pragma once
#include <vector>

#include "code/roles.h"
#include "code/sentence_view.h"

namespace dyad {

struct NounHit {
  TokenRange range;      // the noun phrase's words ("meeting", "peace talks")
  uint32_t entry = 0;    // index into set.nouns
  int source_unit = -1;  // possessor, "of"/"by" frame, or the subject of a support verb
  int target_unit = -1;  // "with"/"on"/"against"/... frame
  bool mutual = false;   // "between X and Y": the members act on each other
};

// `verbs` are the sentence's dictionary verbs; `coded_verb_heads` the heads of those that
// produced events (a noun governed by one of them needs its own source: "the EU condemned
// the attack on Ukraine" is not an EU attack).
std::vector<NounHit> find_noun_events(const SentenceView& v, const std::vector<VerbHit>& verbs,
                                      const std::vector<int>& coded_verb_heads);

}  // namespace dyad
