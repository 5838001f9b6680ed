// Actor units: noun phrases with the actor codes they stand for, joined into compounds
// ("Mordor, Rohan and Bree") and agent-of-actor phrases ("soldiers from Gondor").
#pragma once
#include <vector>

#include "code/mentions.h"
#include "dyad/coder.h"

namespace dyad {

std::vector<ActorUnit> build_units(const std::vector<Token>& toks, const ParsedSentence& ps,
                                   const std::vector<Mention>& mentions);

// Joins an actor code and agent codes: prefix agents, the actor, then suffix agents, leaving
// out an agent code the actor code already carries ("USAGOV" + "GOV" -> "USAGOV").
std::string compose_code(const std::string& actor, const std::vector<const Mention*>& agents);

}  // namespace dyad
