// The Tagger implementation: Viterbi over the candidate tags of each token (see hmm_model.h).
#pragma once
#include <memory>
#include <string>

#include "dyad/result.h"
#include "dyad/tagger.h"
#include "tag/hmm_model.h"

namespace dyad::tag {

inline constexpr const char* kLinguaDir = "/usr/share/perl5/Lingua/EN/Tagger";

// Tagger::load with explicit model options (used by tests and tuning experiments).
Result<std::shared_ptr<const Tagger>> load_hmm_tagger(const std::string& dir,
                                                      const ModelOptions& options);

}  // namespace dyad::tag
