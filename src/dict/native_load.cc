// Reading a native dictionary file from disk; the parsing itself works on strings.
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "dyad/dictionary.h"

namespace dyad {

namespace {

Result<std::string> read_native_file(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return Error{"cannot open " + path + ": " + std::strerror(errno)};
  std::string data;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) data.append(buf, n);
  bool failed = std::ferror(f) != 0;
  int err = errno;
  std::fclose(f);
  if (failed) return Error{"cannot read " + path + ": " + std::strerror(err)};
  return data;
}

}  // namespace

Result<bool> load_native(const std::string& path, DictionarySet& set) {
  Result<std::string> text = read_native_file(path);
  if (!text) return Error{text.error()};
  size_t slash = path.find_last_of('/');
  parse_native(*text, slash == std::string::npos ? path : path.substr(slash + 1), set);
  set.files.back() = path;  // diagnostics name the file; the list keeps the full path
  return true;
}

}  // namespace dyad
