// dyad ingest INPUT... --db events.db: code articles and store them, one transaction per
// batch. A rerun skips the articles already stored with the same text and coder, so an
// interrupted ingest resumes where its last batch was committed. Stdout stays empty; problems,
// the progress line (terminals only) and the summary go to stderr.
#include <sys/stat.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include "cli/dict_flags.h"
#include "cli/input_flags.h"
#include "cli/progress_line.h"
#include "cli/store_commands.h"
#include "dyad/io.h"
#include "dyad/ordered_pool.h"
#include "dyad/clickhouse.h"
#include "dyad/store.h"

namespace dyad::cli {

namespace {

using Clock = std::chrono::steady_clock;

// Bytes of the regular files among `files` (0 when any input is not one: no ETA then).
uint64_t input_size(const std::vector<std::string>& files) {
  uint64_t total = 0;
  for (const std::string& f : files) {
    struct stat st {};
    if (f == "-" || ::stat(f.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return 0;
    total += static_cast<uint64_t>(st.st_size);
  }
  return total;
}

}  // namespace

int cmd_ingest(int argc, char** argv) {
  CLI::App app{"Code news articles and store them in an event store", "dyad ingest"};
  std::vector<std::string> files;
  std::string db;
  int threads = 1;
  size_t batch_size = 200;
  InputFlags input;
  bool strict = false, quiet = false, verbose = false, allow_null = false;
  DictFlags flags;
  app.add_option("files", files, "input files; '-' or none reads stdin");
  std::string clickhouse;
  auto* db_opt =
      app.add_option("--db", db, "the event store (SQLite file, created if missing)");
  auto* ch_opt = app.add_option("--clickhouse", clickhouse,
                                "store in ClickHouse instead: http://HOST:PORT[,URL...]"
                                "[?cluster=NAME&database=NAME] (docs/clickhouse.md)");
  db_opt->excludes(ch_opt);
  add_input_flags(app, input);
  app.add_option("-j,--threads", threads, "coding threads")->check(CLI::Range(1, 256));
  app.add_option("--batch", batch_size, "articles per transaction")->check(CLI::Range(1, 100000));
  app.add_flag("--strict", strict, "any bad record fails the run (exit status 1)");
  app.add_flag("-q,--quiet", quiet, "no progress line and no summary");
  app.add_flag("-v,--verbose", verbose, "also print the coder's warnings (articles skipped, "
                                        "sentences cut)");
  app.add_flag("--allow-null-target", allow_null, "code events without a target actor (---)");
  add_dict_flags(app, flags);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  Result<ReaderOptions> ropts = reader_options(input);
  if (!ropts) {
    std::fprintf(stderr, "dyad ingest: %s\n", ropts.error().c_str());
    return 2;
  }
  if (db.empty() && clickhouse.empty()) {
    std::fprintf(stderr, "dyad ingest: --db FILE or --clickhouse URL is required\n");
    return 2;
  }
  if (files.empty()) files.push_back("-");

  auto t0 = Clock::now();
  // Exactly one backend: the SQLite store, or ClickHouse (which replaces re-ingested
  // articles itself, so it has no "unchanged" shortcut).
  std::unique_ptr<Store> store;
  std::unique_ptr<ClickHouseBackend> cluster;
  if (!clickhouse.empty()) {
    auto opened = open_clickhouse(clickhouse);
    if (!opened) {
      std::fprintf(stderr, "dyad ingest: %s\n", opened.error().c_str());
      return 2;
    }
    cluster = std::move(*opened);
  } else {
    auto opened = Store::open(db);
    if (!opened) {
      std::fprintf(stderr, "dyad ingest: %s\n", opened.error().c_str());
      return 2;
    }
    store = std::move(*opened);
  }
  const std::string target = store ? db : clickhouse;
  std::shared_ptr<const Coder> coder = load_coder(flags, quiet, allow_null);
  if (!coder) return 2;
  const std::string coder_id = coder->coder_id();

  ProgressLine progress("dyad ingest", ProgressLine::wanted(quiet));
  const uint64_t total_bytes = input_size(files);
  uint64_t bytes_before = 0;  // of the files already read
  size_t bad = 0, unchanged = 0, not_coded = 0;

  auto put = [&](const std::vector<CodedArticle>& batch) {
    return store ? store->put(batch) : cluster->put(batch);
  };
  BatchWriter writer(put, batch_size, [&](const Article& a, const std::string& message) {
    progress.clear();
    std::fprintf(stderr, "dyad ingest: %s (id=%s): not stored: %s\n", a.origin.c_str(),
                 a.id.c_str(), message.c_str());
  });
  bool stopped = false;
  for (const std::string& f : files) {
    if (stopped) break;
    std::ifstream file;
    std::istream* in = &std::cin;
    if (f != "-") {
      file.open(f, std::ios::binary);
      if (!file) {
        progress.clear();
        std::fprintf(stderr, "dyad ingest: cannot open %s\n", f.c_str());
        ++bad;
        continue;
      }
      in = &file;
    }
    auto fraction = [&] {
      if (total_bytes == 0) return -1.0;
      std::streamoff pos = f == "-" ? -1 : static_cast<std::streamoff>(file.tellg());
      return pos < 0 ? -1.0 : static_cast<double>(bytes_before + pos) / total_bytes;
    };
    auto show = [&] {
      const PutStats& t = writer.totals();
      progress.show(t.articles + unchanged, "articles", std::to_string(t.mentions) + " events",
                    fraction());
    };
    auto reader = open_reader(*in, f, *ropts);
    std::vector<Problem> problems;
    auto next = [&](Article& a) {
      for (;;) {
        if (stopped) return false;
        bool got = reader->next(a, problems);
        for (const Problem& p : problems) {
          progress.clear();
          std::fprintf(stderr, "dyad ingest: %s: %s\n", p.record.c_str(), p.message.c_str());
          if (p.fatal_for_record) ++bad;
        }
        problems.clear();
        if (!got) return false;
        show();
        // Stored already with this text by this coder: nothing would change.
        if (!store || !store->has_article(a.id, text_hash(a.text), coder_id)) return true;
        ++unchanged;
      }
    };
    auto work = [&](Article& a) { return code_for_store(*coder, std::move(a), coder_id); };
    auto sink = [&](CodedArticle& c) {
      if (stopped) return;
      if (c.result.skipped) ++not_coded;
      if (verbose)
        for (const auto& w : c.result.warnings) {
          progress.clear();
          std::fprintf(stderr, "dyad ingest: %s\n", w.c_str());
        }
      if (!writer.add(std::move(c))) stopped = true;
    };
    run_ordered<Article, CodedArticle>(next, work, sink, threads, threads * 64);
    if (f != "-") bytes_before += static_cast<uint64_t>(std::max<std::streamoff>(0, [&] {
      struct stat st {};
      return ::stat(f.c_str(), &st) == 0 ? static_cast<std::streamoff>(st.st_size) : 0;
    }()));
  }
  if (!stopped) writer.flush();
  progress.clear();
  if (!writer.fatal_error().empty()) {
    std::fprintf(stderr, "dyad ingest: cannot write to %s: %s\n", target.c_str(),
                 writer.fatal_error().c_str());
    return 1;
  }
  bad += writer.failed();
  const PutStats& t = writer.totals();
  double secs = std::chrono::duration<double>(Clock::now() - t0).count();
  if (!quiet) {
    long long in_store = -1;
    if (store)
      if (auto counts = store->counts()) in_store = static_cast<long long>(counts->events);
    std::fprintf(stderr,
                 "dyad ingest: %zu articles new, %zu replaced, %zu unchanged (%zu not coded); "
                 "%zu mentions; %zu merged events written (%lld in the store); %zu bad records; "
                 "%.2f s (%.0f articles/s)\n",
                 t.articles - t.replaced, t.replaced, unchanged, not_coded, t.mentions,
                 t.events_touched, in_store, bad,
                 secs, secs > 0 ? (t.articles + unchanged) / secs : 0.0);
  }
  return strict && bad > 0 ? 1 : 0;
}

}  // namespace dyad::cli
