#include "dyad/paths.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>

namespace dyad {

namespace fs = std::filesystem;

std::string data_dir() {
  if (const char* env = std::getenv("DYAD_DATA"); env && *env) return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path installed = exe.parent_path().parent_path() / "share" / "dyad";
    if (fs::exists(installed / "tables", ec)) return installed.string();
  }
  return DYAD_SOURCE_DATA_DIR;
}

std::string data_path(const std::string& relative) { return data_dir() + "/" + relative; }

std::string version() { return DYAD_VERSION; }

}  // namespace dyad
