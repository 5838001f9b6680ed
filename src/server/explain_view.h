// JSON views of the coder's work: one event as `dyad code` writes it, and everything
// `dyad explain` prints for a sentence (POST /api/explain).
#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "dyad/coder.h"

namespace dyad::server {

// The event object of `dyad code` JSON Lines output (same writer, same keys, "type" too).
nlohmann::ordered_json event_json(const Event& e);

// {"sentence","date","tokens":[{"text","tag","lemma","begin","end","clause"?}],
//  "noun_phrases":[{"text","begin","end"}] (token ranges), "verb_groups":[...],
//  "phrases":[{"text","begin","end","compound","codes","readings":[{"code","entries"}]}],
//  "verbs":[{"text","begin","end","entries":[{"name","code","block","origin"}]}],
//  "events":[event objects], "notes":[...], "discarded":bool}
nlohmann::ordered_json explain_json(const SentenceAnalysis& a, const CompiledDictionaries& dicts,
                                    const std::string& sentence, const std::string& date);

}  // namespace dyad::server
