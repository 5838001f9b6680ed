// Times `dyad ingest` on Reuters-21578 into a fresh event store (articles/s, mentions/s, CPU
// seconds, database size), then the same ingest again, where every article is unchanged and
// skipped before coding (the resume-after-a-crash rate).
//
//   build/bench/dyad_bench_ingest [--threads N] [--corpus FILE] [--db PATH] [--keep]
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "dyad/store.h"

namespace {

struct Run {
  double seconds = 0, cpu_seconds = 0;
  int status = -1;
};

// Runs DYAD_BINARY with `args`, stdout and stderr to /dev/null.
Run run_dyad(const std::vector<std::string>& args) {
  Run r;
  auto t0 = std::chrono::steady_clock::now();
  pid_t pid = fork();
  if (pid == 0) {
    if (!std::freopen("/dev/null", "w", stdout) || !std::freopen("/dev/null", "w", stderr))
      _exit(127);
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(DYAD_BINARY));
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(DYAD_BINARY, argv.data());
    _exit(127);
  }
  int raw = 0;
  rusage ru{};
  wait4(pid, &raw, 0, &ru);
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  r.cpu_seconds = ru.ru_utime.tv_sec + ru.ru_utime.tv_usec * 1e-6 + ru.ru_stime.tv_sec +
                  ru.ru_stime.tv_usec * 1e-6;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
  return r;
}

void remove_db(const std::string& db) {
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);
}

}  // namespace

int main(int argc, char** argv) {
  std::string threads = "1", corpus = std::string(DYAD_SHARED_DIR) +
                                      "/data/corpora/reuters21578/articles.jsonl";
  std::string db = (std::filesystem::temp_directory_path() /
                    ("dyad-bench-ingest-" + std::to_string(::getpid()) + ".db"))
                       .string();
  bool keep = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--threads" && i + 1 < argc) threads = argv[++i];
    else if (a == "--corpus" && i + 1 < argc) corpus = argv[++i];
    else if (a == "--db" && i + 1 < argc) db = argv[++i];
    else if (a == "--keep") keep = true;
    else {
      std::fprintf(stderr, "usage: %s [--threads N] [--corpus FILE] [--db PATH] [--keep]\n",
                   argv[0]);
      return 2;
    }
  }
  if (!std::filesystem::exists(corpus)) {
    std::fprintf(stderr, "dyad_bench_ingest: %s not found (needs ../shared)\n", corpus.c_str());
    return 1;
  }
  remove_db(db);
  std::vector<std::string> args = {"ingest", "-q", "-j", threads, corpus, "--db", db};
  Run first = run_dyad(args);
  if (first.status != 0) {
    std::fprintf(stderr, "dyad_bench_ingest: dyad ingest failed (status %d)\n", first.status);
    return 1;
  }
  dyad::StoreCounts c;
  {
    auto store = dyad::Store::open(db, /*read_only=*/true);
    if (!store) {
      std::fprintf(stderr, "dyad_bench_ingest: %s\n", store.error().c_str());
      return 1;
    }
    auto counted = (*store)->counts();
    if (counted) c = *counted;
  }
  double mb = std::filesystem::file_size(db) / 1048576.0;
  Run again = run_dyad(args);

  std::printf("%-28s %10s %12s %12s %10s %10s\n", ("run (-j " + threads + ")").c_str(), "seconds",
              "articles/s", "mentions/s", "cpu s", "db MB");
  std::printf("%-28s %10.2f %12.0f %12.0f %10.2f %10.1f\n", "ingest, fresh store",
              first.seconds, c.articles / first.seconds, c.mentions / first.seconds,
              first.cpu_seconds, mb);
  std::printf("%-28s %10.2f %12.0f %12s %10.2f %10s\n", "re-ingest, all unchanged",
              again.seconds, c.articles / again.seconds, "-", again.cpu_seconds, "");
  std::printf("(%lld articles, %lld sentences, %lld mentions, %lld merged events, %lld stories)\n",
              static_cast<long long>(c.articles), static_cast<long long>(c.sentences),
              static_cast<long long>(c.mentions), static_cast<long long>(c.events),
              static_cast<long long>(c.stories));
  if (!keep) remove_db(db);
  return again.status == 0 ? 0 : 1;
}
