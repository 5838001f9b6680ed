#include "dyad/file_text.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace dyad {

Result<std::string> read_file_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"cannot open " + path + ": " + std::strerror(errno)};
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Error{"cannot read " + path + ": " + std::strerror(errno)};
  return buf.str();
}

}  // namespace dyad
