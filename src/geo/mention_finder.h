// Finding place-name candidates in sentences: longest gazetteer names over capitalised
// tokens, with the context rules that tell "Paris" from "Paris Hilton".
#pragma once
#include <span>
#include <vector>

#include "dyad/geo.h"

namespace dyad::geo {

struct Candidate {
  uint32_t sentence = 0;           // position in the sentence span
  uint32_t begin = 0, end = 0;     // token range
  std::span<const uint32_t> postings;  // empty for a county without a gazetteer name
  bool demonym_only = false;       // "French": evidence, not a mention
  bool county = false;             // "Laurel County", "Rapides Parish"
  int qualifier = -1;              // candidate index of ", La." after "Alexandria"
  bool is_qualifier = false;
};

// Per-token facts find_candidates() works out once per sentence; the caller keeps one
// across sentences and articles so that the buffers are not allocated again.
struct FinderScratch {
  std::vector<uint8_t> flags;       // finder bits per token (capitalised, after a title)
  std::vector<uint8_t> lists;       // word_lists() of each capitalised token
  std::vector<uint64_t> hash;       // name_hash() of each capitalised token
  std::vector<uint64_t> prefetch;   // the same hashes, packed, for one bulk prefetch
  std::vector<uint32_t> caps;       // positions of the capitalised tokens
};

// Appends the candidates of one sentence (index `s` in the article's span), and to
// `surnames` the hashes (geo_hash of the upper form) of last words of names that are not
// places ("Judge Danny Pierce"), so that the article's later "Pierce" is not a town.
void find_candidates(const Gazetteer& gaz, const Sentence& sentence, uint32_t s,
                     std::vector<Candidate>& out, std::vector<uint64_t>& surnames,
                     FinderScratch& scratch);

// Drops single-word town candidates whose word is among `surnames`.
void drop_surnames(const Gazetteer& gaz, std::span<const Sentence> sentences,
                   std::vector<Candidate>& cands, std::vector<uint64_t>& surnames);

}  // namespace dyad::geo
