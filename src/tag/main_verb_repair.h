// A post-pass over Viterbi's output for errors a bigram model makes in news because it sees
// only the previous tag.
//
// 1. A past form after its subject read as a participle: after "dealers immediately" the bigram
//    prefers VBN. A VBN that could be VBD, follows a noun or pronoun (adverbs skipped), has no
//    finite verb before it in the sentence nor after it in its clause, and is followed by a
//    direct object (or has a pronoun subject: "he later discussed"), is the main verb: VBD.
//    A participle followed by a preposition ("soldiers killed in an attack") is left alone,
//    since reading a headline passive as active would swap who did what to whom.
// 2. The base form after an auxiliary that an adverb hides from the bigram: "did n't say",
//    "will not attack", "to quickly withdraw" take VB, not VBP.
#pragma once
#include <cstddef>
#include <cstdint>

#include "dyad/pos.h"
#include "dyad/token.h"

namespace dyad::tag {

// tags[i]: the chosen tag of tokens[i]; can_be_past[i]: VBD was among its candidates.
void repair_main_verbs(const Token* tokens, Pos* tags, const uint8_t* can_be_past, size_t n);

}  // namespace dyad::tag
