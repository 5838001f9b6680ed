// dyad code [FILES|-]: articles in, one JSON line (or TSV row) per event out. Only events go
// to stdout; problems, warnings and the summary go to stderr.
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/dict_flags.h"
#include "cli/input_flags.h"
#include "dyad/io.h"
#include "dyad/ordered_pool.h"

namespace dyad::cli {

int cmd_code(int argc, char** argv) {
  CLI::App app{"Code news articles into events", "dyad code"};
  std::vector<std::string> files;
  std::string out_format = "jsonl", output;
  int threads = 1;
  InputFlags input;
  bool strict = false, quiet = false, allow_null = false;
  DictFlags flags;
  app.add_option("files", files, "input files; '-' or none reads stdin");
  app.add_option("-o,--output", output, "write events to this file instead of stdout");
  app.add_option("--format", out_format, "output: jsonl, tsv or plover (PLOVER JSON Lines)")
      ->check(CLI::IsMember({"jsonl", "tsv", "plover"}));
  add_input_flags(app, input);
  app.add_option("-j,--threads", threads, "worker threads")->check(CLI::Range(1, 256));
  app.add_flag("--strict", strict, "any bad record fails the run (exit status 1)");
  app.add_flag("-q,--quiet", quiet, "no summary on stderr");
  app.add_flag("--allow-null-target", allow_null, "code events without a target actor (---)");
  add_dict_flags(app, flags);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  Result<ReaderOptions> ropts = reader_options(input);
  if (!ropts) {
    std::fprintf(stderr, "dyad code: %s\n", ropts.error().c_str());
    return 2;
  }
  if (files.empty()) files.push_back("-");

  auto t0 = std::chrono::steady_clock::now();
  std::shared_ptr<const Coder> coder = load_coder(flags, quiet, allow_null);
  if (!coder) return 2;

  std::ios::sync_with_stdio(false);
  std::ofstream out_file;
  if (!output.empty()) {
    out_file.open(output, std::ios::binary | std::ios::trunc);
    if (!out_file) {
      std::fprintf(stderr, "dyad code: cannot write %s\n", output.c_str());
      return 2;
    }
  }
  std::ostream& out = output.empty() ? std::cout : out_file;
  const bool tsv = out_format == "tsv";
  if (tsv) write_event_tsv_header(out);

  size_t articles = 0, sentences = 0, events = 0, bad = 0;
  for (const std::string& f : files) {
    std::ifstream file;
    std::istream* in = &std::cin;
    if (f != "-") {
      file.open(f, std::ios::binary);
      if (!file) {
        std::fprintf(stderr, "dyad code: cannot open %s\n", f.c_str());
        ++bad;
        continue;
      }
      in = &file;
    }
    auto reader = open_reader(*in, f, *ropts);
    std::vector<Problem> problems;
    auto next = [&](Article& a) {
      bool got = reader->next(a, problems);
      for (const Problem& p : problems) {
        std::fprintf(stderr, "dyad code: %s: %s\n", p.record.c_str(), p.message.c_str());
        if (p.fatal_for_record) ++bad;
      }
      problems.clear();
      return got;
    };
    auto work = [&](Article& a) { return coder->code_article(a); };
    auto sink = [&](ArticleResult& r) {
      ++articles;
      sentences += r.sentences;
      for (const auto& w : r.warnings) std::fprintf(stderr, "dyad code: %s\n", w.c_str());
      for (const Event& e : r.events) {
        if (tsv)
          write_event_tsv(out, e);
        else if (out_format == "plover")
          write_event_plover(out, e);
        else
          write_event_jsonl(out, e);
      }
      events += r.events.size();
      if (out_format == "jsonl")
        for (const Quantity& q : r.quantities) write_quantity_jsonl(out, q);
    };
    run_ordered<Article, ArticleResult>(next, work, sink, threads, threads * 64);
  }
  out.flush();
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!quiet)
    std::fprintf(stderr,
                 "dyad code: %zu articles, %zu sentences, %zu events, %zu bad records in %.2f s "
                 "(%.0f sentences/s)\n",
                 articles, sentences, events, bad, secs, secs > 0 ? sentences / secs : 0.0);
  return strict && bad > 0 ? 1 : 0;
}

}  // namespace dyad::cli
