// dyad recode --db events.db: codes every stored article again with the current dictionaries,
// replaces its mentions (merged events, stories and rollups follow), and reports what changed
// on stdout: a short table, or JSON with --json.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/dict_flags.h"
#include "cli/progress_line.h"
#include "cli/store_commands.h"
#include "dyad/ordered_pool.h"
#include "dyad/store.h"

namespace dyad::cli {

namespace {


// The codes whose mentions changed most (added + removed), most first, then by code.
std::vector<std::pair<std::string, CodeChange>> top_codes(const PutStats& t, size_t n) {
  std::vector<std::pair<std::string, CodeChange>> v;
  for (const auto& [code, c] : t.code_changes)
    if (c.added != c.removed) v.emplace_back(code, c);
  std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) {
    size_t x = a.second.added + a.second.removed, y = b.second.added + b.second.removed;
    return x != y ? x > y : a.first < b.first;
  });
  if (v.size() > n) v.resize(n);
  return v;
}

void print_table(const PutStats& t, size_t articles, size_t failed) {
  std::printf("articles recoded   %zu\n", articles);
  std::printf("articles changed   %zu\n", t.articles_changed);
  std::printf("mentions added     %zu\n", t.mentions_added);
  std::printf("mentions removed   %zu\n", t.mentions_removed);
  std::printf("events added       %zu\n", t.events_created);
  std::printf("events removed     %zu\n", t.events_deleted);
  if (failed) std::printf("articles failed    %zu\n", failed);
  auto top = top_codes(t, 10);
  if (top.empty()) return;
  std::printf("\n%-8s %8s %8s %8s\n", "code", "added", "removed", "net");
  for (const auto& [code, c] : top)
    std::printf("%-8s %8zu %8zu %+8lld\n", code.c_str(), c.added, c.removed,
                static_cast<long long>(c.added) - static_cast<long long>(c.removed));
}

void print_json(const PutStats& t, size_t articles, size_t failed) {
  nlohmann::json codes = nlohmann::json::array();
  for (const auto& [code, c] : top_codes(t, 10))
    codes.push_back({{"code", code}, {"added", c.added}, {"removed", c.removed}});
  nlohmann::json j = {{"articles", articles},
                      {"articles_changed", t.articles_changed},
                      {"articles_failed", failed},
                      {"mentions_added", t.mentions_added},
                      {"mentions_removed", t.mentions_removed},
                      {"events_added", t.events_created},
                      {"events_removed", t.events_deleted},
                      {"top_codes", codes}};
  std::cout << j.dump() << "\n";
}

}  // namespace

int cmd_recode(int argc, char** argv) {
  CLI::App app{"Code the stored articles again with the current dictionaries", "dyad recode"};
  std::string db;
  int threads = 1;
  size_t batch_size = 200;
  bool json = false, quiet = false, allow_null = false;
  DictFlags flags;
  app.add_option("--db", db, "the event store (SQLite file)")->required();
  app.add_option("-j,--threads", threads, "coding threads")->check(CLI::Range(1, 256));
  app.add_option("--batch", batch_size, "articles per transaction")->check(CLI::Range(1, 100000));
  app.add_flag("--json", json, "report as one JSON object");
  app.add_flag("-q,--quiet", quiet, "no progress line");
  app.add_flag("--allow-null-target", allow_null, "code events without a target actor (---)");
  add_dict_flags(app, flags);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  if (::access(db.c_str(), F_OK) != 0) {
    std::fprintf(stderr, "dyad recode: no event store at %s\n", db.c_str());
    return 2;
  }
  auto opened = Store::open(db);
  if (!opened) {
    std::fprintf(stderr, "dyad recode: %s\n", opened.error().c_str());
    return 2;
  }
  Store& store = **opened;
  auto ids = store.article_ids();
  if (!ids) {
    std::fprintf(stderr, "dyad recode: %s\n", ids.error().c_str());
    return 2;
  }
  std::shared_ptr<const Coder> coder = load_coder(flags, quiet, allow_null);
  if (!coder) return 2;
  const std::string coder_id = coder->coder_id();

  ProgressLine progress("dyad recode", ProgressLine::wanted(quiet));
  size_t next_id = 0, done = 0, unreadable = 0;
  BatchWriter writer(store, batch_size, [&](const Article& a, const std::string& message) {
    progress.clear();
    std::fprintf(stderr, "dyad recode: %s: not stored: %s\n", a.id.c_str(), message.c_str());
  });
  bool stopped = false;
  auto next = [&](Article& a) {
    while (!stopped && next_id < ids->size()) {
      auto loaded = store.load_article((*ids)[next_id++]);
      if (loaded) {
        a = std::move(*loaded);
        return true;
      }
      ++unreadable;
      progress.clear();
      std::fprintf(stderr, "dyad recode: %s\n", loaded.error().c_str());
    }
    return false;
  };
  auto work = [&](Article& a) { return code_for_store(*coder, std::move(a), coder_id); };
  auto sink = [&](CodedArticle& c) {
    if (stopped) return;
    ++done;
    if (!writer.add(std::move(c))) stopped = true;
    progress.show(done, "articles", "of " + std::to_string(ids->size()),
                  static_cast<double>(done) / ids->size());
  };
  run_ordered<Article, CodedArticle>(next, work, sink, threads, threads * 64);
  if (!stopped) writer.flush();
  progress.clear();
  if (!writer.fatal_error().empty()) {
    std::fprintf(stderr, "dyad recode: cannot write to %s: %s\n", db.c_str(),
                 writer.fatal_error().c_str());
    return 1;
  }
  const size_t failed = writer.failed() + unreadable;
  if (json)
    print_json(writer.totals(), writer.totals().articles, failed);
  else
    print_table(writer.totals(), writer.totals().articles, failed);
  return failed > 0 ? 1 : 0;
}

}  // namespace dyad::cli
