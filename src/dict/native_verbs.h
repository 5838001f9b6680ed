// Verb lemmas of dyad's native dictionaries -> every inflected form. Private to src/dict.
#pragma once
#include <string>
#include <string_view>

#include "dict/irregular_verbs.h"
#include "dyad/dictionary.h"

namespace dyad::dict {

// Fills entry.name, lemma and forms from a lemma as written: "withdraw", "pull out",
// "wire +tap". The words come from dyad's tokenizer; the first word inflects unless another
// is marked with '+'. The forms are the base, the regular forms of the inflecting word
// (regular_verb_forms, VerbForm::regular set) and its irregular forms from `irregular`
// ("withdrew", "withdrawn"), each word sequence once. False with `error` when the lemma has
// no words, several '+' marks or a '+' inside a word.
bool native_verb_forms(std::string_view lemma, const IrregularVerbs& irregular, VerbEntry& entry,
                       std::string& error);

}  // namespace dyad::dict
