// Dictionary phrases found in a sentence: actors (with the codes in force on the date),
// agents, and discard phrases.
#pragma once
#include <string>
#include <vector>

#include "dyad/dictionary.h"
#include "dyad/event.h"
#include "dyad/parse.h"

namespace dyad {

struct Mention {
  TokenRange range;
  bool actor = false;              // else an agent
  std::vector<std::string> codes;  // actor: codes in force; agent: its one code
  bool prefix = false;             // agent goes before the actor code
  EntryRef ref;                    // phrase, code and origin, for evidence
};

struct MentionScan {
  std::vector<Mention> mentions;       // in text order, non-overlapping
  std::vector<int> name_span_of_token; // -1 or the index of the mention covering the token
  bool sentence_discard = false;
  bool story_discard = false;
  std::string discard_phrase;
};

// `word_ids` are the tokens' ids in d.words (CompiledDictionaries::words->ids(toks)).
MentionScan scan_mentions(const CompiledDictionaries& d, const std::vector<Token>& toks,
                          const std::vector<uint32_t>& word_ids, int date);

}  // namespace dyad
