// Runs the built dyad binary for end-to-end tests.
#pragma once
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace dyad::e2e {

struct RunResult {
  int status = -1;  // exit status, or 128+signal
  std::string out, err;
};

inline std::string read_file(const std::string& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A path in this process's own scratch folder: CTest runs tests as parallel processes, so
// files of the same name must not be shared between them.
inline std::string temp_path(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("dyad-e2e-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  return (dir / name).string();
}

inline void write_file(const std::string& p, const std::string& content) {
  std::ofstream out(p, std::ios::binary);
  out << content;
}

// Runs `dyad ARGS` through the shell (ARGS must be quoted by the caller).
inline RunResult run_dyad(const std::string& args, const std::string& stdin_file = "") {
  static int counter = 0;
  std::string tag = std::to_string(::getpid()) + "-" + std::to_string(counter++);
  std::string out = temp_path("out-" + tag), err = temp_path("err-" + tag);
  std::string cmd = std::string(DYAD_BINARY) + " " + args + " >" + out + " 2>" + err;
  if (!stdin_file.empty()) cmd += " <" + stdin_file;
  int raw = std::system(cmd.c_str());
  RunResult r;
  if (WIFEXITED(raw))
    r.status = WEXITSTATUS(raw);
  else if (WIFSIGNALED(raw))
    r.status = 128 + WTERMSIG(raw);
  r.out = read_file(out);
  r.err = read_file(err);
  std::filesystem::remove(out);
  std::filesystem::remove(err);
  return r;
}

inline bool shared_available() {
  return std::filesystem::exists(std::string(DYAD_SHARED_DIR) + "/data/peer/petrarch2");
}

inline std::string shared(const std::string& rel) { return std::string(DYAD_SHARED_DIR) + "/" + rel; }

}  // namespace dyad::e2e
