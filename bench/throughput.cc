// Coder throughput on the Reuters-21578 corpus with the full Phoenix dictionaries:
// dictionary load time, the first stages on their own (tokenizer MB/s, tagger and lemmatizer
// tokens/s), whole-pipeline sentences/s on 1 and 2 threads, peak RSS. Prints a table.
//
//   build/bench/dyad_bench_throughput [--dicts phoenix|dyad] [--articles N] [--threads N]
//                                     [--repeat N]
//
// --threads N times only N threads (default: 1, then 2); `--threads 1 --articles 1500` is the
// small, repeatable run to profile under `valgrind --tool=callgrind`. --repeat N codes the
// corpus N times per thread count (figures are per pass), so that under `perf record` the
// coding dominates the dictionary load.
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "dyad/coder.h"
#include "dyad/io.h"
#include "dyad/paths.h"
#include "dyad/text.h"

using namespace dyad;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

long peak_rss_mb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024;
}

struct Totals {
  size_t sentences = 0, events = 0;
  double cpu_seconds = 0;  // CPU time of the coding thread (less noisy than wall time when
                           // other processes share the cores)
};

double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

Totals code_range(const Coder& c, const std::vector<Article>& arts, size_t b, size_t e) {
  Totals t;
  const double cpu0 = thread_cpu_seconds();
  for (size_t i = b; i < e; ++i) {
    ArticleResult r = c.code_article(arts[i]);
    t.sentences += r.sentences;
    t.events += r.events.size();
  }
  t.cpu_seconds = thread_cpu_seconds() - cpu0;
  return t;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dicts = "phoenix";
  size_t limit = 0;
  int repeat = 1;
  std::vector<int> thread_counts = {1, 2};
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--dicts") && i + 1 < argc) dicts = argv[++i];
    if (!std::strcmp(argv[i], "--articles") && i + 1 < argc) limit = std::stoul(argv[++i]);
    if (!std::strcmp(argv[i], "--threads") && i + 1 < argc)
      thread_counts = {std::max(1, std::atoi(argv[++i]))};
    if (!std::strcmp(argv[i], "--repeat") && i + 1 < argc) repeat = std::max(1, std::atoi(argv[++i]));
  }
  const std::string shared = DYAD_SHARED_DIR;
  const std::string peer = shared + "/data/peer/petrarch2/";
  const std::string corpus = shared + "/data/corpora/reuters21578/articles.jsonl";

  auto t0 = Clock::now();
  DictionarySet set;
  std::vector<std::pair<std::string, Result<bool> (*)(const std::string&, DictionarySet&)>> files;
  if (dicts == "phoenix") {
    files = {{peer + "Phoenix.Countries.actors.txt", load_actors},
             {peer + "Phoenix.International.actors.txt", load_actors},
             {peer + "Phoenix.MilNonState.actors.txt", load_actors},
             {peer + "Phoenix.agents.txt", load_agents},
             {peer + "CAMEO.2.0.txt", load_verbs},
             {peer + "Phoenix.discards.txt", load_discards}};
  } else {
    if (auto r = load_sources(DictionarySources{}, set); !r) {
      std::fprintf(stderr, "%s\n", r.error().c_str());
      return 1;
    }
  }
  for (auto& [f, loader] : files) {
    auto r = loader(f, set);
    if (!r) {
      std::fprintf(stderr, "cannot load %s: %s\n", f.c_str(), r.error().c_str());
      return 1;
    }
  }
  auto compiled = compile(std::move(set));
  double load_s = seconds_since(t0);

  auto tagger = Tagger::load();
  auto lemmatizer = Lemmatizer::load();
  auto table = CameoTable::load();
  if (!tagger || !lemmatizer) {
    std::fprintf(stderr, "tagger or lemmatizer data missing\n");
    return 1;
  }
  auto tab = table ? std::make_shared<const CameoTable>(std::move(*table)) : nullptr;
  Coder coder(compiled, *tagger, *lemmatizer, tab);
  // The whole pipeline, as `dyad code` runs it: places and PLOVER types too when present.
  bool with_places = false;
  if (auto gaz = Gazetteer::load(); gaz) {
    coder.set_gazetteer(*gaz);
    with_places = true;
  }
  if (auto p = PloverTable::load(); p)
    coder.set_plover(std::make_shared<const PloverTable>(std::move(*p)));

  std::ifstream in(corpus, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "corpus not found: %s\n", corpus.c_str());
    return 1;
  }
  ReaderOptions ro;
  auto reader = open_reader(in, corpus, ro);
  std::vector<Article> arts;
  std::vector<Problem> problems;
  Article a;
  size_t bytes = 0;
  while (reader->next(a, problems)) {
    bytes += a.text.size();
    arts.push_back(a);
    if (limit && arts.size() >= limit) break;
  }

  std::printf("| measure | value |\n|---|---|\n");
  std::printf("| dictionaries | %s |\n", dicts.c_str());
  std::printf("| dictionary load + compile | %.3f s |\n", load_s);
  std::printf("| place resolution (gazetteer) | %s |\n", with_places ? "on" : "off (not built)");
  std::printf("| articles | %zu (%.1f MB) |\n", arts.size(), bytes / 1e6);
  // The first stages alone, one thread, as code_article() runs them: segmenting (tokenizer and
  // sentence splitter), then tagging and lemmatizing the sentences. Article by article, so
  // that the corpus' tokens are never all in memory at once (peak RSS stays the coder's).
  {
    double segment_s = 0, tag_s = 0, lemma_s = 0;
    size_t tokens = 0;
    for (const Article& art : arts) {
      double t = thread_cpu_seconds();
      SegmentResult sr = segment(art.text);
      double u = thread_cpu_seconds();
      segment_s += u - t;
      for (Sentence& sent : sr.sentences) {
        tokens += sent.tokens.size();
        (*tagger)->tag(sent.tokens);
      }
      t = thread_cpu_seconds();
      tag_s += t - u;
      for (Sentence& sent : sr.sentences) (*lemmatizer)->lemmatize(sent.tokens);
      lemma_s += thread_cpu_seconds() - t;
    }
    std::printf("| tokenizer + sentence splitter, 1 thread | %.1f MB/s (%zu tokens, %.2f s CPU) |\n",
                bytes / 1e6 / segment_s, tokens, segment_s);
    std::printf("| tagger, 1 thread | %.2f M tokens/s (%.2f s CPU) |\n", tokens / 1e6 / tag_s, tag_s);
    std::printf("| lemmatizer, 1 thread | %.2f M tokens/s (%.2f s CPU) |\n", tokens / 1e6 / lemma_s,
                lemma_s);
  }
  for (int threads : thread_counts) {
    auto t1 = Clock::now();
    std::vector<Totals> parts(threads);
    std::vector<std::thread> pool;
    size_t per = (arts.size() + threads - 1) / threads;
    for (int k = 0; k < threads; ++k) {
      size_t b = k * per, e = std::min(arts.size(), b + per);
      pool.emplace_back([&, k, b, e] {
        for (int pass = 0; pass < repeat; ++pass) {
          Totals once = code_range(coder, arts, b, e);
          parts[k].sentences += once.sentences;
          parts[k].events += once.events;
          parts[k].cpu_seconds += once.cpu_seconds;
        }
      });
    }
    for (auto& th : pool) th.join();
    double s = seconds_since(t1) / repeat;
    Totals t;
    for (auto& p : parts) {
      t.sentences += p.sentences / repeat;
      t.events += p.events / repeat;
      t.cpu_seconds += p.cpu_seconds / repeat;
    }
    std::printf("| coder, %d thread%s | %.0f sentences/s (%zu sentences, %zu events, %.2f s; "
                "%.0f sentences per CPU second) |\n",
                threads, threads > 1 ? "s" : "", t.sentences / s, t.sentences, t.events, s,
                t.sentences / t.cpu_seconds);
  }
  std::printf("| peak RSS | %ld MB |\n", peak_rss_mb());
  return 0;
}
