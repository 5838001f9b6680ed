// Loading what every coding command needs: dictionaries (defaults and user files), tagger,
// lemmatizer and code tables.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "dyad/coder.h"
#include "dyad/store.h"

namespace dyad::cli {

using DictFlags = DictionarySources;  // filled from --actors ... --dict

// Loads every dictionary into `set`, in this order (later files override earlier ones):
// unless no_default_dicts, the native *.dyad files of data_path("dict") and then of
// data_path("generated"), each folder sorted by name, then the legacy PETRARCH-format starter
// files data/dict/dyad.{actors,agents,verbs,discards}.txt that exist; then the user's
// --actors, --agents, --verbs, --discards files and last the --dict files. Diagnostics stay
// in set.diagnostics. False (after printing why) when a file cannot be read.
bool load_dictionary_set(const DictFlags& f, DictionarySet& set);

// Loads and compiles the dictionaries; diagnostics are printed to stderr (the first few in
// full, then a count). Returns nullptr (after printing why) when a file cannot be read.
std::shared_ptr<const CompiledDictionaries> load_dictionaries(const DictFlags& f, bool quiet);

// Builds a coder with the default tagger, lemmatizer and CAMEO table; nullptr (after
// printing why) when the tagger or lemmatizer data is missing.
std::unique_ptr<Coder> make_coder(std::shared_ptr<const CompiledDictionaries> dicts,
                                  CoderOptions opts);

// load_dictionaries + make_coder for the coding commands: events need a target actor unless
// allow_null_target (--allow-null-target). nullptr (after printing why) on failure.
std::shared_ptr<const Coder> load_coder(const DictFlags& f, bool quiet, bool allow_null_target);

// One coded article as the store takes it, stamped with the coder's id.
CodedArticle code_for_store(const Coder& coder, Article article, const std::string& coder_id);

}  // namespace dyad::cli
