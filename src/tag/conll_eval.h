// Part-of-speech accuracy of a Tagger on a CoNLL-2003 file ("token POS [chunk] NER" per line,
// blank line between sentences, -DOCSTART- lines skipped): the tagger sees each sentence's
// tokens as given and its tags are compared with the second column.
#pragma once
#include <cstddef>
#include <string>

#include "dyad/result.h"
#include "dyad/tagger.h"

namespace dyad {

struct ConllScore {
  size_t tokens = 0;
  size_t correct = 0;
  double accuracy = 0;
  size_t sentences = 0;
  double tag_seconds = 0;  // time spent inside Tagger::tag
};

// A gold straight quote `"` does not say whether it opens or closes, so either quote tag counts
// as correct for it.
Result<ConllScore> conll_pos_accuracy(const std::string& path, const Tagger& tagger);

}  // namespace dyad
