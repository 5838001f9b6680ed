// The Lemmatizer implementation: WordNet morphy, precomputed at load time into one hash table
// from (part of speech, lower-case form) to the upper-case lemma, so that lemmatizing a token
// costs a single lookup. See morphy.h for the rules.
#pragma once

namespace dyad::tag {

inline constexpr const char* kWordNetDir = "/usr/share/wordnet";

}  // namespace dyad::tag
