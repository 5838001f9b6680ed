// Every published PETRARCH dictionary loads; the operational set (CAMEO.2.0 verbs and the
// Phoenix actors, agents and discards) loads and compiles quickly. Prints counts, time and
// peak memory; asserts only plausible counts (no timed assertions).
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>

#include "dyad/dictionary.h"

namespace dyad {
namespace {

const std::string kDir = std::string(DYAD_SHARED_DIR) + "/data/peer/petrarch2/";

bool present(const std::string& name) { return static_cast<bool>(std::ifstream(kDir + name)); }

long peak_rss_kb() {
  std::ifstream f("/proc/self/status");
  std::string line;
  while (std::getline(f, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
  return -1;
}

size_t pattern_count(const DictionarySet& s) {
  size_t n = 0;
  for (const auto& b : s.verb_blocks) n += b.patterns.size();
  return n;
}

size_t phrase_count(const DictionarySet& s) {
  size_t n = 0;
  for (const auto& a : s.actors) n += a.phrases.size();
  return n;
}

void print_diagnostics(const DictionarySet& s, size_t max) {
  for (size_t i = 0; i < s.diagnostics.size() && i < max; ++i)
    std::printf("    %s: %s\n", s.diagnostics[i].origin.c_str(), s.diagnostics[i].message.c_str());
}

TEST(RealFiles, OperationalSetLoadsAndCompiles) {
  const char* actors[] = {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                          "Phoenix.MilNonState.actors.txt"};
  for (const char* f : actors)
    if (!present(f)) GTEST_SKIP() << "reference data absent: " << kDir << f;
  if (!present("CAMEO.2.0.txt")) GTEST_SKIP() << "reference data absent";

  auto start = std::chrono::steady_clock::now();
  DictionarySet set;
  ASSERT_TRUE(load_verbs(kDir + "CAMEO.2.0.txt", set).ok());
  for (const char* f : actors) ASSERT_TRUE(load_actors(kDir + f, set).ok());
  ASSERT_TRUE(load_agents(kDir + "Phoenix.agents.txt", set).ok());
  ASSERT_TRUE(load_discards(kDir + "Phoenix.discards.txt", set).ok());
  auto loaded = std::chrono::steady_clock::now();
  auto dicts = compile(std::move(set));
  auto done = std::chrono::steady_clock::now();
  const DictionarySet& s = dicts->set;

  auto ms = [](auto a, auto b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
  std::printf("  load %.1f ms, compile %.1f ms, total %.1f ms, peak RSS %ld kB\n",
              ms(start, loaded), ms(loaded, done), ms(start, done), peak_rss_kb());
  std::printf(
      "  actors %zu (%zu phrases), agents %zu, discards %zu, verb blocks %zu, verbs %zu,"
      " patterns %zu, synsets %zu, transforms %zu\n",
      s.actors.size(), phrase_count(s), s.agents.size(), s.discards.size(), s.verb_blocks.size(),
      s.verbs.size(), pattern_count(s), s.synsets.size(), s.transforms.size());
  std::printf(
      "  trie nodes: actors %zu, agents %zu, verbs %zu; words %zu; hash %s;"
      " diagnostics %zu\n",
      dicts->actors.size(), dicts->agents.size(), dicts->verbs.size(), dicts->words->size(),
      dicts->hash.c_str(), s.diagnostics.size());
  print_diagnostics(s, 50);

  EXPECT_GT(phrase_count(s), 10000u);
  EXPECT_GT(dicts->actors.phrases(), 10000u);
  EXPECT_GT(s.agents.size(), 1000u);
  EXPECT_GT(s.discards.size(), 300u);
  EXPECT_GT(pattern_count(s), 3000u);
  EXPECT_GT(s.verbs.size(), 1000u);
  EXPECT_GT(s.synsets.size(), 20u);
  EXPECT_GT(s.transforms.size(), 0u);
  // A handful of known-bad lines are diagnosed, not thousands.
  EXPECT_GT(s.diagnostics.size(), 0u);
  EXPECT_LT(s.diagnostics.size(), 100u);
  // The malformed date the brief names is reported with its place.
  bool korea = false;
  for (const auto& d : s.diagnostics) korea |= d.origin == "Phoenix.International.actors.txt:40";
  EXPECT_TRUE(korea);
}

TEST(RealFiles, EveryPublishedDictionaryLoads) {
  struct File {
    const char* name;
    Result<bool> (*load)(const std::string&, DictionarySet&);
  };
  const File files[] = {
      {"PETR.Validate.actors.txt", load_actors},
      {"PETR.Validate.agents.txt", load_agents},
      {"PETR.Validate.verbs.txt", load_verbs},
      {"PETR.Validate.discards.txt", load_discards},
      {"Phoenix.Countries.actors.txt", load_actors},
      {"Phoenix.International.actors.txt", load_actors},
      {"Phoenix.MilNonState.actors.txt", load_actors},
      {"Phoenix.agents.txt", load_agents},
      {"Phoenix.discards.txt", load_discards},
      {"CAMEO.2.0.txt", load_verbs},
      {"CAMEO.verbpatterns.150430.txt", load_verbs},
  };
  for (const File& f : files) {
    if (!present(f.name)) GTEST_SKIP() << "reference data absent: " << kDir << f.name;
    DictionarySet s;
    auto start = std::chrono::steady_clock::now();
    ASSERT_TRUE(f.load(kDir + f.name, s).ok()) << f.name;
    double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    size_t entries = s.actors.size() + s.agents.size() + s.discards.size() + s.verbs.size();
    std::printf(
        "  %-34s %6.1f ms  actors %zu agents %zu discards %zu verbs %zu patterns %zu"
        " synsets %zu diagnostics %zu\n",
        f.name, ms, s.actors.size(), s.agents.size(), s.discards.size(), s.verbs.size(),
        pattern_count(s), s.synsets.size(), s.diagnostics.size());
    EXPECT_GT(entries, 5u) << f.name;
  }
}

TEST(RealFiles, ValidationDictionariesReadAsIntended) {
  for (const char* f :
       {"PETR.Validate.actors.txt", "PETR.Validate.agents.txt", "PETR.Validate.verbs.txt"})
    if (!present(f)) GTEST_SKIP() << "reference data absent: " << kDir << f;
  DictionarySet set;
  ASSERT_TRUE(load_actors(kDir + "PETR.Validate.actors.txt", set).ok());
  ASSERT_TRUE(load_agents(kDir + "PETR.Validate.agents.txt", set).ok());
  ASSERT_TRUE(load_verbs(kDir + "PETR.Validate.verbs.txt", set).ok());
  auto d = compile(std::move(set));
  const DictionarySet& s = d->set;
  auto actor = [&](std::vector<std::string> w) -> const ActorEntry* {
    const auto* ids = d->actors.find(w);
    return ids ? &s.actors[ids->back()] : nullptr;
  };
  // A code below the name, on its own indented line.
  ASSERT_NE(actor({"ENT"}), nullptr);
  EXPECT_EQ(actor({"ENT"})->codes[0].codes[0], "ENT");
  // Several codes, lowercase codes, spaces in names, synonyms after a one-line entry.
  EXPECT_EQ(actor({"THE", "SHIRE"})->codes[0].codes,
            (std::vector<std::string>{"FRO", "BIL", "SAM"}));
  // "PALESTINIAN [pse]", and later "+PALESTINIAN" under PALESTINE [PAL]: both kept.
  const auto* palestinian = d->actors.find({"PALESTINIAN"});
  ASSERT_NE(palestinian, nullptr);
  ASSERT_EQ(palestinian->size(), 2u);
  EXPECT_EQ(s.actors[palestinian->front()].codes[0].codes[0], "PSE");
  EXPECT_EQ(s.actors[palestinian->back()].codes[0].codes[0], "PAL");
  EXPECT_NE(actor({"CARAS", "GALADHON"}), nullptr);
  EXPECT_NE(actor({"HAMAS", "WING"}), nullptr);
  EXPECT_EQ(actor({"ANORIEN"}), actor({"GONDOR"}));
  EXPECT_NE(actor({"BARAD-DUR"}), nullptr);
  EXPECT_NE(actor({"INTERPOL"}), nullptr);
  EXPECT_EQ(actor({"NASGUL"}), nullptr);  // commented out
  // Agents: plurals, substitutions.
  for (std::vector<std::string> w : {std::vector<std::string>{"CONGRESSES"},
                                     {"CONGRESSWOMEN"},
                                     {"CONGRESSPERSON"},
                                     {"MINISTRIES", "OF", "SILLY", "WALKS"},
                                     {"ATTORNEYS", "GENERAL"},
                                     {"GOLDEN", "GEESE"},
                                     {"PRESIDENTS"}})
    EXPECT_NE(d->agents.find(w), nullptr) << w[0];
  EXPECT_EQ(d->agents.find({"POLICES"}), nullptr);
  EXPECT_EQ(d->agents.find({"ATTORNEY", "GENERALS"}), nullptr);
  // Verbs: multi-word forms, synsets in synsets, the pattern shapes.
  EXPECT_NE(d->verbs.find({"BROKEN", "DOWN"}), nullptr);
  EXPECT_NE(d->verbs.find({"WIRE", "TAPPING"}), nullptr);
  EXPECT_NE(d->verbs.find({"LASHED", "OUT"}), nullptr);
  const Synset& accord = s.synsets[d->synset_by_name.at("ACCORDSYN")];
  bool has_yen = false, has_cultural = false;
  for (const auto& m : accord.members) {
    has_yen |= m == std::vector<std::string>{"JAVANESE", "YEN"};
    has_cultural |= m == std::vector<std::string>{"CULTURAL"};
  }
  EXPECT_TRUE(has_yen);
  EXPECT_TRUE(has_cultural);
  const Synset& neg = s.synsets[d->synset_by_name.at("NEGATVAUXVRB")];
  EXPECT_EQ(neg.members[0], (std::vector<std::string>{"DID", "N'T"}));
}

}  // namespace
}  // namespace dyad
