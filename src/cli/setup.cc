#include "cli/setup.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "dyad/paths.h"

namespace dyad::cli {

bool load_dictionary_set(const DictFlags& f, DictionarySet& set) {
  auto r = load_sources(f, set);
  if (!r) std::fprintf(stderr, "dyad: %s\n", r.error().c_str());
  return static_cast<bool>(r);
}

std::shared_ptr<const CompiledDictionaries> load_dictionaries(const DictFlags& f, bool quiet) {
  DictionarySet set;
  if (!load_dictionary_set(f, set)) return nullptr;
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

namespace {
// One warning per process is enough.
bool quiet_geo_warning() {
  static bool warned = false;
  bool was = warned;
  warned = true;
  return was;
}
}  // namespace

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
  auto coder = std::make_unique<Coder>(std::move(dicts), tagger, lemmatizer, table, opts);
  if (auto p = PloverTable::load(); p)
    coder->set_plover(std::make_shared<const PloverTable>(std::move(*p)));
  else
    std::fprintf(stderr, "dyad: PLOVER table unavailable: %s\n", p.error().c_str());
  // The gazetteer is built by scripts/setup; without it events simply carry no location.
  if (auto gaz = Gazetteer::load(); gaz)
    coder->set_gazetteer(*gaz);
  else if (!quiet_geo_warning())
    std::fprintf(stderr, "dyad: no gazetteer (%s): events get no location; run scripts/setup\n",
                 gaz.error().c_str());
  return coder;
}

std::shared_ptr<const Coder> load_coder(const DictFlags& f, bool quiet, bool allow_null_target) {
  auto dicts = load_dictionaries(f, quiet);
  if (!dicts) return nullptr;
  CoderOptions opts;
  opts.require_dyad = !allow_null_target;
  return make_coder(dicts, opts);
}

CodedArticle code_for_store(const Coder& coder, Article article, const std::string& coder_id) {
  CodedArticle c;
  c.result = coder.code_article(article);
  c.article = std::move(article);
  c.coder = coder_id;
  return c;
}

}  // namespace dyad::cli
