// Times `dyad code` on the hostile inputs of README "Limits" (see limit_inputs.h): wall time,
// peak RSS, exit status and the run's summary line. Each should take seconds, not minutes.
//
//   build/bench/dyad_bench_limits [--dyad PATH] [--threads N] [dyad code options...]
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "limit_inputs.h"

namespace {

struct Run {
  double seconds = 0;
  long peak_rss_mb = 0;
  int status = -1;  // exit status, or 128 + signal
  std::string summary;
  size_t warnings = 0;
};

Run run_dyad(const std::string& dyad, const std::vector<std::string>& args,
             const std::string& err_path) {
  Run r;
  auto t0 = std::chrono::steady_clock::now();
  pid_t pid = fork();
  if (pid == 0) {
    FILE* err = std::freopen(err_path.c_str(), "w", stderr);
    if (!err) _exit(127);
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(dyad.c_str()));
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(dyad.c_str(), argv.data());
    _exit(127);
  }
  int raw = 0;
  rusage ru{};
  wait4(pid, &raw, 0, &ru);
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  r.peak_rss_mb = ru.ru_maxrss / 1024;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
  std::ifstream in(err_path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.find(" articles, ") != std::string::npos)
      r.summary = line.substr(line.find(": ") + 2);
    else
      ++r.warnings;
  }
  return r;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dyad = "build/dyad", threads = "1";
  std::vector<std::string> extra;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--dyad") && i + 1 < argc)
      dyad = argv[++i];
    else if (!std::strcmp(argv[i], "--threads") && i + 1 < argc)
      threads = argv[++i];
    else
      extra.push_back(argv[i]);
  }
  if (!std::filesystem::exists(dyad)) {
    std::fprintf(stderr, "dyad_bench_limits: %s not found (use --dyad PATH)\n", dyad.c_str());
    return 2;
  }
  auto dir = std::filesystem::temp_directory_path() / ("dyad-limits-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);

  std::printf("| input | bytes | seconds | peak RSS | exit | stderr lines | summary |\n");
  std::printf("|---|---|---|---|---|---|---|\n");
  for (const auto& input : dyad::limits::limit_inputs()) {
    const std::string path = (dir / input.name).string();
    std::ofstream(path, std::ios::binary) << input.content;
    std::vector<std::string> args = {"code", "--input-format", input.format, "--date",
                                     "2022-02-17", "-j", threads, "-o", "/dev/null", path};
    args.insert(args.end(), extra.begin(), extra.end());
    Run r = run_dyad(dyad, args, (dir / "stderr.txt").string());
    std::printf("| %s | %zu | %.2f | %ld MB | %d | %zu | %s |\n", input.name.c_str(),
                input.content.size(), r.seconds, r.peak_rss_mb, r.status, r.warnings,
                r.summary.c_str());
    std::fflush(stdout);
    std::filesystem::remove(path);
  }
  std::filesystem::remove_all(dir);
  return 0;
}
