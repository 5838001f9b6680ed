// Dictionary verbs in a sentence: forms from the verb trie (multi-word forms included) and,
// failing that, the token's lemma; auxiliaries and premodifying participles are left out.
#pragma once
#include <vector>

#include "code/sentence_view.h"

namespace dyad {

std::vector<VerbHit> find_verb_hits(const SentenceView& v);

}  // namespace dyad
