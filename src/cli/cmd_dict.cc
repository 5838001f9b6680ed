// dyad dict check | coverage: the dictionaries seen as data to maintain.
//   check     loads every dictionary, prints each problem as file:line: message and a
//             summary; exits 1 when there is any problem.
//   coverage  lists the CAMEO event codes (three and four digits) that no verb, pattern or
//             noun produces; exits 1 when there is one.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <set>
#include <string>

#include "cli/commands.h"
#include "cli/dict_flags.h"
#include "dyad/cameo.h"

namespace dyad::cli {

namespace {

// Both sides of a paired code ("032:033"), without the empty and "---" ones.
std::vector<std::string> event_codes(const std::string& code) {
  std::vector<std::string> out;
  size_t b = 0;
  while (b <= code.size()) {
    size_t colon = code.find(':', b);
    if (colon == std::string::npos) colon = code.size();
    std::string part = code.substr(b, colon - b);
    if (!part.empty() && part != "---") out.push_back(part);
    b = colon + 1;
  }
  return out;
}

// Calls f(code, origin) for every event code a verb block, verb, pattern or noun gives. A
// verb's code is visited only when it differs from its block's (most verbs inherit it).
template <typename F>
void for_each_event_code(const DictionarySet& s, F f) {
  for (const VerbBlock& b : s.verb_blocks) {
    for (const auto& c : event_codes(b.code)) f(c, b.origin);
    for (const Pattern& p : b.patterns)
      for (const auto& c : event_codes(p.code)) f(c, p.origin);
  }
  for (const VerbEntry& v : s.verbs) {
    bool inherited = v.block >= 0 && v.block < static_cast<int>(s.verb_blocks.size()) &&
                     s.verb_blocks[v.block].code == v.code;
    if (!inherited)
      for (const auto& c : event_codes(v.code)) f(c, v.origin);
  }
  for (const NounEvent& n : s.nouns)
    for (const auto& c : event_codes(n.code)) f(c, n.origin);
}

// The codes of the table with three or four digits: the ones events are coded with (the
// two-digit roots name families, which no dictionary entry is expected to produce).
std::vector<std::string> codable_cameo_codes(const CameoTable& table) {
  std::vector<std::string> out;
  for (int digits = 3; digits <= 4; ++digits) {
    int limit = digits == 3 ? 1000 : 10000;
    for (int n = 0; n < limit; ++n) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "%0*d", digits, n);
      if (table.find(buf)) out.push_back(buf);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool load_set(const DictFlags& flags, const std::vector<std::string>& files, DictionarySet& set) {
  DictFlags f = flags;
  f.dicts.insert(f.dicts.end(), files.begin(), files.end());
  return load_dictionary_set(f, set);
}

int check(const DictFlags& flags, const std::vector<std::string>& files) {
  DictionarySet set;
  if (!load_set(flags, files, set)) return 2;
  std::vector<Diagnostic> problems = set.diagnostics;
  if (auto table = CameoTable::load(); table) {
    for_each_event_code(set, [&](const std::string& code, const std::string& origin) {
      if (!table->find(code))
        problems.push_back({origin, "event code " + code + " is not in the CAMEO table"});
    });
  } else {
    std::fprintf(stderr, "dyad dict check: event codes not checked: %s\n",
                 table.error().c_str());
  }
  for (const auto& d : problems) std::printf("%s: %s\n", d.origin.c_str(), d.message.c_str());

  size_t actor_phrases = 0, agent_phrases = 0, patterns = 0;
  for (const auto& a : set.actors) actor_phrases += a.phrases.size();
  for (const auto& a : set.agents) agent_phrases += a.phrases.size();
  for (const auto& b : set.verb_blocks) patterns += b.patterns.size();
  std::printf("files: %zu\n", set.files.size());
  std::printf("actors: %zu\n", set.actors.size());
  std::printf("actor phrases: %zu\n", actor_phrases);
  std::printf("agents: %zu\n", set.agents.size());
  std::printf("agent phrases: %zu\n", agent_phrases);
  std::printf("verbs: %zu\n", set.verbs.size());
  std::printf("verb blocks: %zu\n", set.verb_blocks.size());
  std::printf("patterns: %zu\n", patterns);
  std::printf("nouns: %zu\n", set.nouns.size());
  std::printf("synsets: %zu\n", set.synsets.size());
  std::printf("discards: %zu\n", set.discards.size());
  std::printf("problems: %zu\n", problems.size());
  return problems.empty() ? 0 : 1;
}

int coverage(const DictFlags& flags, const std::vector<std::string>& files) {
  auto table = CameoTable::load();
  if (!table) {
    std::fprintf(stderr, "dyad dict coverage: %s\n", table.error().c_str());
    return 2;
  }
  DictionarySet set;
  if (!load_set(flags, files, set)) return 2;
  if (!set.diagnostics.empty())
    std::fprintf(stderr, "dyad dict coverage: %zu dictionary problem(s); see 'dyad dict check'\n",
                 set.diagnostics.size());
  std::set<std::string> produced;
  for_each_event_code(set, [&](const std::string& code, const std::string&) {
    produced.insert(code);
  });
  std::vector<std::string> all = codable_cameo_codes(*table);
  size_t covered = 0;
  for (const auto& code : all) {
    if (produced.count(code)) {
      ++covered;
      continue;
    }
    std::printf("%s\t%s\n", code.c_str(), table->find(code)->label.c_str());
  }
  std::printf("%zu of %zu codes covered\n", covered, all.size());
  return covered == all.size() ? 0 : 1;
}

}  // namespace

int cmd_dict(int argc, char** argv) {
  CLI::App app{"Check dictionaries and what they cover", "dyad dict"};
  app.require_subcommand(1);
  DictFlags flags;
  std::vector<std::string> files;
  CLI::App* check_cmd = app.add_subcommand(
      "check", "load every dictionary, print each problem as file:line: message and a "
               "summary; exit 1 when there is a problem");
  CLI::App* coverage_cmd = app.add_subcommand(
      "coverage", "list the CAMEO codes (3 and 4 digits) that no verb, pattern or noun "
                  "produces; exit 1 when there is one");
  for (CLI::App* sub : {check_cmd, coverage_cmd}) {
    add_dict_flags(*sub, flags);
    sub->add_option("files", files, "more dictionaries in dyad's native format (as --dict)");
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return check_cmd->parsed() ? check(flags, files) : coverage(flags, files);
}

}  // namespace dyad::cli
