// Loading what every coding command needs: dictionaries (defaults and user files), tagger,
// lemmatizer and code tables.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "dyad/coder.h"

namespace dyad::cli {

struct DictFlags {
  std::vector<std::string> actors, agents, verbs, discards;
  bool no_default_dicts = false;
};

// Loads and compiles the dictionaries; diagnostics are printed to stderr (the first few in
// full, then a count). Returns nullptr (after printing why) when a file cannot be read.
std::shared_ptr<const CompiledDictionaries> load_dictionaries(const DictFlags& f, bool quiet);

// Builds a coder with the default tagger, lemmatizer and CAMEO table; nullptr (after
// printing why) when the tagger or lemmatizer data is missing.
std::unique_ptr<Coder> make_coder(std::shared_ptr<const CompiledDictionaries> dicts,
                                  CoderOptions opts);

}  // namespace dyad::cli
