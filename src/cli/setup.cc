#include "cli/setup.h"

#include <cstdio>
#include <filesystem>

#include "dyad/paths.h"

namespace dyad::cli {

namespace {

bool load_all(const std::vector<std::string>& files, Result<bool> (*loader)(const std::string&,
                                                                            DictionarySet&),
              DictionarySet& set) {
  for (const auto& f : files) {
    auto r = loader(f, set);
    if (!r) {
      std::fprintf(stderr, "dyad: cannot load dictionary %s: %s\n", f.c_str(), r.error().c_str());
      return false;
    }
  }
  return true;
}

std::vector<std::string> with_defaults(const std::string& name,
                                       const std::vector<std::string>& user, bool no_defaults) {
  std::vector<std::string> files;
  if (!no_defaults) {
    std::string def = data_path("dict/" + name);
    if (std::filesystem::exists(def)) files.push_back(def);
  }
  files.insert(files.end(), user.begin(), user.end());  // user files last: they override
  return files;
}

}  // namespace

std::shared_ptr<const CompiledDictionaries> load_dictionaries(const DictFlags& f, bool quiet) {
  DictionarySet set;
  bool nd = f.no_default_dicts;
  if (!load_all(with_defaults("dyad.actors.txt", f.actors, nd), load_actors, set) ||
      !load_all(with_defaults("dyad.agents.txt", f.agents, nd), load_agents, set) ||
      !load_all(with_defaults("dyad.verbs.txt", f.verbs, nd), load_verbs, set) ||
      !load_all(with_defaults("dyad.discards.txt", f.discards, nd), load_discards, set))
    return nullptr;
  if (!quiet && !set.diagnostics.empty()) {
    size_t shown = 0;
    for (const auto& d : set.diagnostics) {
      if (shown++ == 10) break;
      std::fprintf(stderr, "dyad: %s: %s\n", d.origin.c_str(), d.message.c_str());
    }
    if (set.diagnostics.size() > 10)
      std::fprintf(stderr, "dyad: ... %zu dictionary problems in all (entries skipped)\n",
                   set.diagnostics.size());
  }
  return compile(std::move(set));
}

std::unique_ptr<Coder> make_coder(std::shared_ptr<const CompiledDictionaries> dicts,
                                  CoderOptions opts) {
  std::shared_ptr<const Tagger> tagger;
  std::shared_ptr<const Lemmatizer> lemmatizer;
  std::shared_ptr<const CameoTable> table;
  auto t = Tagger::load();
  if (!t) {
    std::fprintf(stderr, "dyad: cannot load the tagger: %s (run scripts/setup)\n",
                 t.error().c_str());
    return nullptr;
  }
  tagger = *t;
  auto l = Lemmatizer::load();
  if (!l) {
    std::fprintf(stderr, "dyad: cannot load the lemmatizer: %s (run scripts/setup)\n",
                 l.error().c_str());
    return nullptr;
  }
  lemmatizer = *l;
  if (auto c = CameoTable::load(); c)
    table = std::make_shared<const CameoTable>(std::move(*c));
  else
    std::fprintf(stderr, "dyad: CAMEO tables unavailable: %s\n", c.error().c_str());
  return std::make_unique<Coder>(std::move(dicts), tagger, lemmatizer, table, opts);
}

}  // namespace dyad::cli
