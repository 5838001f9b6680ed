// dyad explain "sentence": everything the coder saw and decided, for a person to read.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "cli/dict_flags.h"
#include "dyad/io.h"

namespace dyad::cli {

namespace {

std::string range_text(const std::vector<Token>& t, TokenRange r) {
  std::string s;
  for (int i = r.begin; i < r.end && i < static_cast<int>(t.size()); ++i) {
    if (i > r.begin) s += ' ';
    s += t[i].text;
  }
  return s;
}

const char* mark_name(ClauseMark m) {
  switch (m) {
    case ClauseMark::Hard: return "hard";
    case ClauseMark::Subordinator: return "subordinate";
    case ClauseMark::Complement: return "complement";
    case ClauseMark::Relative: return "relative";
    case ClauseMark::Coordinate: return "coordinate";
    default: return "";
  }
}

}  // namespace

int cmd_explain(int argc, char** argv) {
  CLI::App app{"Explain how dyad codes one sentence", "dyad explain"};
  std::string sentence, date = "2022-01-01";
  DictFlags flags;
  bool allow_null = false;
  app.add_option("sentence", sentence, "the sentence to code")->required();
  app.add_option("--date", date, "article date, YYYY-MM-DD (dated actor roles)");
  app.add_flag("--allow-null-target", allow_null, "code events without a target actor (---)");
  add_dict_flags(app, flags);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  int d = parse_date(date);
  if (!d) {
    std::fprintf(stderr, "dyad explain: bad --date '%s' (want YYYY-MM-DD)\n", date.c_str());
    return 2;
  }
  auto dicts = load_dictionaries(flags, false);
  if (!dicts) return 2;
  CoderOptions opts;
  opts.require_dyad = !allow_null;
  auto coder = make_coder(dicts, opts);
  if (!coder) return 2;
  SentenceAnalysis a = coder->code_single(sentence, d);
  const auto& t = a.tokens;
  std::printf("Tokens (text/tag/lemma):\n ");
  for (size_t i = 0; i < t.size(); ++i) {
    std::printf(" %zu:%s/%s/%s", i, t[i].text.c_str(), std::string(pos_name(t[i].tag)).c_str(),
                t[i].lemma.c_str());
    if (a.parse.mark.size() > i && a.parse.mark[i] != ClauseMark::None)
      std::printf("[%s]", mark_name(a.parse.mark[i]));
  }
  std::printf("\nNoun phrases:\n");
  for (const auto& np : a.parse.nps) std::printf("  [%s]\n", range_text(t, np).c_str());
  std::printf("Verb groups:\n");
  for (const auto& g : a.parse.vgs)
    std::printf("  [%s] head=%s%s%s%s\n", range_text(t, g.range).c_str(), t[g.head].text.c_str(),
                g.negated ? " negated" : "", g.passive ? " passive" : "",
                g.modal ? (" modal=" + g.modal_word).c_str() : "");
  std::printf("Actor phrases:\n");
  for (const auto& u : a.units) {
    if (u.readings.empty()) continue;
    std::printf("  [%s]%s ->", range_text(t, u.range).c_str(), u.compound ? " (compound)" : "");
    for (const auto& r : u.readings) std::printf(" %s", r.code.c_str());
    std::printf("\n");
    for (const auto& r : u.readings)
      for (const auto& e : r.entries)
        std::printf("      %s %s (%s)\n", e.phrase.c_str(), e.code.c_str(), e.origin.c_str());
  }
  std::printf("Dictionary verbs:\n");
  for (const auto& v : a.verbs) {
    std::printf("  [%s]:", range_text(t, v.range).c_str());
    for (uint32_t id : v.entries) {
      const VerbEntry& e = dicts->set.verbs[id];
      std::string block = e.block >= 0 ? dicts->set.verb_blocks[e.block].name : "";
      std::printf(" %s [%s] in %s (%s)", e.name.c_str(), e.code.c_str(), block.c_str(),
                  e.origin.c_str());
    }
    std::printf("\n");
  }
  for (const auto& n : a.notes) std::printf("Note: %s\n", n.c_str());
  std::printf("Events:\n");
  if (a.events.empty()) std::printf("  (none)\n");
  for (const Event& e : a.events) {
    std::printf("  %s -> %s %s %s status=%s%s%s", e.source.c_str(), e.target.c_str(),
                e.code.c_str(), e.date.c_str(), e.status.c_str(), e.historical ? " historical" : "",
                e.attributed_to.empty() ? "" : (" reported-by=" + e.attributed_to).c_str());
    if (e.quad) std::printf(" quad=%d", *e.quad);
    if (e.goldstein) std::printf(" goldstein=%.1f", *e.goldstein);
    std::printf("\n    verb: %s %s", e.evidence.verb_entry.phrase.c_str(),
                e.evidence.verb_entry.origin.c_str());
    if (!e.evidence.pattern.phrase.empty())
      std::printf("\n    pattern: %s [%s] %s", e.evidence.pattern.phrase.c_str(),
                  e.evidence.pattern.code.c_str(), e.evidence.pattern.origin.c_str());
    std::printf("\n");
  }
  return 0;
}

}  // namespace dyad::cli
