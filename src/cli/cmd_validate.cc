// dyad validate FILE.xml: runs a PETRARCH validation / unit-test file.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <set>
#include <string>

#include "cli/commands.h"
#include "cli/setup.h"
#include "dyad/io.h"

namespace dyad::cli {

namespace {

bool truthy(std::string v) {
  for (auto& c : v) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return v == "true" || v == "1" || v == "yes";
}

void apply_config(const std::vector<std::pair<std::string, std::string>>& cfg, CoderOptions& o) {
  for (const auto& [k, v] : cfg)
    if (k == "require_dyad") o.require_dyad = truthy(v);
  // Other PETRARCH options (new_actor_length, comma_*) tune its tree-based heuristics and
  // have no counterpart in dyad's shallow parse; they are read and ignored.
}

std::string fmt(const std::string& s, const std::string& t, const std::string& c) {
  return s + " " + t + " " + c;
}

}  // namespace

int cmd_validate(int argc, char** argv) {
  CLI::App app{"Run a PETRARCH validation file and report how many expected codings dyad "
               "reproduces", "dyad validate"};
  std::string file;
  bool verbose = false;
  app.add_option("file", file, "validation XML file")->required();
  app.add_flag("-v,--verbose", verbose, "also print passing records");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  auto vf = read_validation_file(file);
  if (!vf) {
    std::fprintf(stderr, "dyad validate: %s\n", vf.error().c_str());
    return 2;
  }
  for (const auto& p : vf->problems)
    std::fprintf(stderr, "dyad validate: %s: %s\n", p.record.c_str(), p.message.c_str());
  namespace fs = std::filesystem;
  fs::path dir = fs::path(file).parent_path();
  auto rel = [&](const std::string& f) { return f.empty() ? f : (dir / f).string(); };
  DictFlags flags;
  flags.no_default_dicts = true;
  if (!vf->actorfile.empty()) flags.actors = {rel(vf->actorfile)};
  if (!vf->agentfile.empty()) flags.agents = {rel(vf->agentfile)};
  if (!vf->verbfile.empty()) flags.verbs = {rel(vf->verbfile)};
  if (!vf->discardfile.empty()) flags.discards = {rel(vf->discardfile)};
  auto dicts = load_dictionaries(flags, !verbose);
  if (!dicts) return 2;
  CoderOptions opts;
  apply_config(vf->config, opts);
  auto coder = make_coder(dicts, opts);
  if (!coder) return 2;
  std::set<std::string> include(vf->include.begin(), vf->include.end());

  size_t passed = 0, failed = 0, extras = 0;
  for (const ValidationRecord& r : vf->records) {
    apply_config(r.config, opts);
    coder->set_options(opts);
    if (!include.count(r.category)) continue;
    int date = parse_date(r.date);
    std::vector<Token> toks = tokenize(r.text, 0);
    SentenceAnalysis sa = coder->code_sentence(std::move(toks), r.text, date, r.id, 0, 0,
                                               static_cast<uint32_t>(r.text.size()));
    std::multiset<std::string> produced;
    for (const Event& e : sa.events) produced.insert(fmt(e.source, e.target, e.code));
    std::set<std::string> expected;
    for (const auto& x : r.expected) expected.insert(fmt(x.source, x.target, x.code));

    if (!r.expect_error.empty()) {
      bool discard = sa.discarded && (r.expect_error == "sentencediscard" ||
                                      r.expect_error == "storydiscard");
      std::printf("error record %s [%s]: expected %s, dyad %s\n", r.id.c_str(),
                  r.category.c_str(), r.expect_error.c_str(),
                  discard ? (sa.story_discard ? "discarded the story" : "discarded the sentence")
                          : (sa.events.empty() ? "coded no event" : "coded events"));
      continue;
    }
    if (r.expect_no_events) {
      std::printf("no-event record %s [%s]: %s\n", r.id.c_str(), r.category.c_str(),
                  sa.events.empty() ? "no events, as expected"
                                    : ("produced " + std::to_string(sa.events.size()) +
                                       " extra event(s)").c_str());
      extras += sa.events.size();
      continue;
    }
    std::vector<std::string> missing;
    for (const auto& x : expected) {
      if (produced.count(x))
        ++passed;
      else {
        ++failed;
        missing.push_back(x);
      }
    }
    std::vector<std::string> extra;
    for (const auto& p : produced)
      if (!expected.count(p)) extra.push_back(p);
    extras += extra.size();
    if (!missing.empty() || verbose) {
      std::printf("%s %s [%s]: %s\n", missing.empty() ? "PASS" : "FAIL", r.id.c_str(),
                  r.category.c_str(), r.text.c_str());
      for (const auto& x : expected)
        std::printf("  expected %s%s\n", x.c_str(), produced.count(x) ? "" : "   <- missing");
      for (const auto& p : produced) std::printf("  produced %s\n", p.c_str());
      if (!extra.empty()) std::printf("  extras: %zu\n", extra.size());
    }
  }
  std::printf("extra events (coded but not expected): %zu\n", extras);
  std::printf("%zu passed, %zu failed\n", passed, failed);
  return 0;
}

}  // namespace dyad::cli
