// Simple coreference inside an article: pronouns and definite descriptions take the actor
// they most likely refer to.
//
//  - "he", "she" (and "him", "her"): the latest person-like actor, one whose role code came
//    from the actor dictionary itself ("Macron" -> FRAGOV), not from an agent word.
//  - "they", "them": the latest group: a compound or an agent-based actor ("the insurgents").
//  - "it": the latest country or organisation.
//  - a definite state agent without a country ("the junta", "the government", "the army")
//    takes the latest country mentioned other than the sentence subject's own country: "he
//    blamed the junta now ruling the country" after "Mali" -> MLIMIL. "the West African
//    country", "the country" become that country.
// These are heuristics and are documented as such; every resolved reading names the pronoun
// or phrase it replaced in its entries (origin "coreference").
#pragma once
#include <string>
#include <vector>

#include "dyad/coder.h"

namespace dyad {

// What the article has said so far.
struct Discourse {
  std::string last_person;   // code
  std::string last_group;
  std::string last_thing;    // country or organisation
  std::vector<std::string> countries;  // country codes in order of mention (latest last)
};

// Resolves pronoun and definite-description units in place, reading and updating `d`.
void resolve_references(const std::vector<Token>& toks, std::vector<ActorUnit>& units,
                        Discourse& d);

bool is_country_code(const std::string& code);

}  // namespace dyad
