// HTTP API throughput: a store of the Reuters-21578 corpus (made once with `dyad ingest` in a
// temporary folder, then reused), `dyad serve --threads 2` on a free port, and wrk
// (`wrk -t2 -c16 -d10s --latency URL`) against a typical filtered page of /api/events and
// against /api/aggregate?by=month, with the answer cache on (the default: a dashboard asks
// the same things again) and off (every request runs its SQL). One more uncached row has wrk
// cycle through ~50 different listings (a Lua script written to a temporary file: source and
// target prefixes, date ranges, quad classes, pages, sorts), so that one hot query whose pages
// sit in SQLite's cache cannot flatter the number. Prints requests/s and p99.
//
//   build/bench/dyad_bench_api [--seconds 10] [--rebuild]
//
// Target (issue 6): /api/events >= 2,000 requests/s with 2 server threads, p99 < 50 ms,
// without the answer cache.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include "dyad/store.h"

namespace {

namespace fs = std::filesystem;

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string run_capture(const std::string& cmd) {
  std::string out;
  FILE* p = ::popen(cmd.c_str(), "r");
  if (!p) return out;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  ::pclose(p);
  return out;
}

// The store of the corpus: reused when a complete one is there (the marker file is written
// only after a successful ingest).
bool ensure_store(const std::string& corpus, const std::string& db, bool rebuild) {
  std::string marker = db + ".complete";
  if (!rebuild && fs::exists(marker) && fs::exists(db)) {
    // Opened writable: the schema's indexes added since the store was made are created.
    auto s = dyad::Store::open(db, false);
    if (s) {
      auto c = (*s)->counts();
      if (c && c->articles > 0) {
        std::printf("reusing %s (%lld articles, %lld events)\n", db.c_str(),
                    static_cast<long long>(c->articles), static_cast<long long>(c->events));
        return true;
      }
    }
  }
  for (const char* suffix : {"", "-wal", "-shm", ".complete"}) fs::remove(db + suffix);
  std::printf("ingesting %s into %s ...\n", corpus.c_str(), db.c_str());
  std::fflush(stdout);
  auto t0 = std::chrono::steady_clock::now();
  std::string cmd = std::string(DYAD_BINARY) + " ingest " + shell_quote(corpus) + " --db " +
                    shell_quote(db) + " -j2 -q";
  if (std::system(cmd.c_str()) != 0) {
    std::fprintf(stderr, "api_bench: dyad ingest failed\n");
    return false;
  }
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("ingested in %.1f s\n", s);
  std::FILE* m = std::fopen(marker.c_str(), "w");
  if (m) std::fclose(m);
  return true;
}

// `dyad serve` as a child process on a free port.
struct Server {
  pid_t pid = -1;
  int port = -1;
  int err_fd = -1;

  bool start(const std::vector<std::string>& args) {
    int fds[2];
    if (::pipe(fds) != 0) return false;
    pid = ::fork();
    if (pid == 0) {
      ::dup2(fds[1], 2);
      ::close(fds[0]);
      ::close(fds[1]);
      std::vector<std::string> all = {DYAD_BINARY, "serve"};
      all.insert(all.end(), args.begin(), args.end());
      std::vector<char*> argv;
      for (auto& a : all) argv.push_back(a.data());
      argv.push_back(nullptr);
      ::execv(DYAD_BINARY, argv.data());
      ::_exit(127);
    }
    ::close(fds[1]);
    err_fd = fds[0];
    std::string err;
    static const std::regex listening("listening on http://127\\.0\\.0\\.1:([0-9]+)");
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    while (std::chrono::steady_clock::now() < deadline) {
      pollfd p{err_fd, POLLIN, 0};
      if (::poll(&p, 1, 200) <= 0) continue;
      char buf[1024];
      ssize_t n = ::read(err_fd, buf, sizeof buf);
      if (n <= 0) break;
      err.append(buf, static_cast<size_t>(n));
      std::smatch m;
      if (std::regex_search(err, m, listening)) {
        port = std::stoi(m[1]);
        return true;
      }
    }
    std::fprintf(stderr, "api_bench: dyad serve did not start:\n%s\n", err.c_str());
    return false;
  }
  void stop() {
    if (pid <= 0) return;
    ::kill(pid, SIGTERM);
    ::waitpid(pid, nullptr, 0);
    ::close(err_fd);
    pid = -1;
  }
  ~Server() { stop(); }
};

struct WrkResult {
  double requests_per_s = 0;
  double p99_ms = -1;
  std::string errors;
};

// `script`: a wrk Lua script ("" = none).
WrkResult run_wrk(const std::string& url, int seconds, const std::string& script = "") {
  std::string lua = script.empty() ? "" : " -s " + shell_quote(script);
  std::string out = run_capture("wrk -t2 -c16 -d" + std::to_string(seconds) + "s --latency" + lua +
                                " " + shell_quote(url) + " 2>&1");
  WrkResult r;
  std::smatch m;
  if (std::regex_search(out, m, std::regex("Requests/sec:\\s+([0-9.]+)")))
    r.requests_per_s = std::stod(m[1]);
  if (std::regex_search(out, m, std::regex("99%\\s+([0-9.]+)(us|ms|s)"))) {
    double v = std::stod(m[1]);
    r.p99_ms = m[2] == "us" ? v / 1000 : m[2] == "s" ? v * 1000 : v;
  }
  if (std::regex_search(out, m,
                        std::regex("(Non-2xx or 3xx responses: [0-9]+|Socket errors:[^\\n]*)")))
    r.errors = m[1];
  if (r.requests_per_s == 0) std::fprintf(stderr, "api_bench: wrk said:\n%s\n", out.c_str());
  return r;
}

// About 50 listings a dashboard user might ask for, in the Reuters store's terms (its events
// are mostly dated 1987; USA, JPN, GBR ... are its frequent actors).
std::vector<std::string> varied_listings() {
  std::vector<std::string> paths;
  const char* actors[] = {"USA", "JPN", "GBR", "CAN", "FRA", "DEU", "IGO", "BRA", "EUR", "IRN",
                          "CHN", "ITA", "USAGOV", "JPNGOV", "GBRBUS"};
  for (const char* a : actors) paths.push_back(std::string("/api/events?source=") + a + "&limit=100");
  for (const char* a : {"USA", "JPN", "GBR", "FRA", "DEU", "IRN", "CAN", "BRA"})
    paths.push_back(std::string("/api/events?target=") + a + "&limit=50");
  for (const char* a : {"USA", "JPN", "GBR", "EUR"})
    paths.push_back(std::string("/api/events?actor=") + a + "&limit=100");
  const char* ranges[][2] = {{"1987-03-01", "1987-03-31"}, {"1987-04-01", "1987-04-30"},
                             {"1987-06-01", "1987-06-30"}, {"1987-03-10", "1987-03-20"},
                             {"1987-01-01", "1987-12-31"}, {"1986-01-01", "1986-12-31"}};
  for (auto& r : ranges)
    paths.push_back(std::string("/api/events?date_from=") + r[0] + "&date_to=" + r[1] + "&limit=100");
  for (const char* a : {"USA", "JPN", "GBR", "CAN"})
    paths.push_back(std::string("/api/events?source=") + a +
                    "&date_from=1987-03-01&date_to=1987-04-30&limit=100");
  for (int offset : {100, 200, 500, 1000})
    paths.push_back("/api/events?source=USA&limit=100&offset=" + std::to_string(offset));
  for (int offset : {100, 1000, 5000})
    paths.push_back("/api/events?limit=100&offset=" + std::to_string(offset));
  for (const char* q : {"quad=4", "quad=3&source=USA", "root=19", "root=04&target=USA",
                        "country=US", "source=USA&target=JPN", "source=JPN&target=USA",
                        "sort=-mentions&source=USA", "sort=goldstein&limit=100", "limit=100"})
    paths.push_back(std::string("/api/events?") + q);
  return paths;
}

// A wrk script that sends the paths in turn (each wrk thread from its own starting point).
std::string write_wrk_script(const fs::path& dir, const std::vector<std::string>& paths) {
  std::string file = (dir / "varied.lua").string();
  std::ofstream out(file);
  out << "local paths = {\n";
  for (const std::string& p : paths) out << "  \"" << p << "\",\n";
  out << "}\n"
         "local threads = 0\n"
         "function setup(thread)\n"
         "  threads = threads + 1\n"
         "  thread:set(\"start\", threads * 17)\n"
         "end\n"
         "local i = 0\n"
         "function init(args)\n"
         "  i = (start or 0) % #paths\n"
         "end\n"
         "function request()\n"
         "  i = i % #paths + 1\n"
         "  return wrk.format(\"GET\", paths[i])\n"
         "end\n";
  return out ? file : std::string();
}

}  // namespace

int main(int argc, char** argv) {
  int seconds = 10;
  bool rebuild = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--seconds" && i + 1 < argc)
      seconds = std::max(1, std::atoi(argv[++i]));
    else if (a == "--rebuild")
      rebuild = true;
    else {
      std::fprintf(stderr, "usage: dyad_bench_api [--seconds N] [--rebuild]\n");
      return 2;
    }
  }
  std::string corpus = std::string(DYAD_SHARED_DIR) + "/data/corpora/reuters21578/articles.jsonl";
  if (!fs::exists(corpus)) {
    std::printf("api_bench: skipped, no corpus at %s\n", corpus.c_str());
    return 0;
  }
  if (run_capture("command -v wrk").empty()) {
    std::printf("api_bench: skipped, wrk is not installed (apt-get install wrk)\n");
    return 0;
  }
  fs::path dir = fs::temp_directory_path() / "dyad-bench-api";
  fs::create_directories(dir);
  std::string db = (dir / "reuters.db").string();
  if (!ensure_store(corpus, db, rebuild)) return 1;

  // A typical dashboard page: the newest 100 events of one actor (with its total).
  const std::string events = "/api/events?source=USA&limit=100";
  const std::string aggregate = "/api/aggregate?by=month";
  std::printf("\n%-44s %-6s %12s %10s\n", "GET (wrk -t2 -c16, dyad serve --threads 2)", "cache",
              "requests/s", "p99 ms");
  std::vector<std::string> varied = varied_listings();
  std::string script = write_wrk_script(dir, varied);
  std::string varied_row = "/api/events, " + std::to_string(varied.size()) + " filters in turn";
  bool target_met = true;
  for (const char* cache : {"64", "0"}) {
    bool cached = std::string(cache) != "0";
    Server server;
    if (!server.start({"--db", db, "--port", "0", "--threads", "2", "--cache-mb", cache})) return 1;
    std::string base = "http://127.0.0.1:" + std::to_string(server.port);
    std::vector<std::string> rows = {events, aggregate};
    if (!cached && !script.empty()) rows.push_back(varied_row);
    for (const std::string& row : rows) {
      bool is_varied = row == varied_row;
      WrkResult r = is_varied ? run_wrk(base + events, seconds, script) : run_wrk(base + row, seconds);
      std::printf("%-44s %-6s %12.0f %10.2f %s\n", row.c_str(), cached ? "on" : "off",
                  r.requests_per_s, r.p99_ms, r.errors.c_str());
      std::fflush(stdout);
      if (!cached && row != aggregate)
        target_met = target_met && r.requests_per_s >= 2000 && r.p99_ms >= 0 && r.p99_ms < 50 &&
                     r.errors.empty();
    }
    server.stop();
  }
  if (!script.empty()) fs::remove(script);
  std::printf("\ntarget /api/events >= 2000 requests/s, p99 < 50 ms, answer cache off (one "
              "listing and %zu in turn): %s\n",
              varied.size(), target_met ? "met" : "NOT met");
  return 0;
}
