// Reading dictionary files (every format) from disk; the parsing itself works on strings.
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "dyad/dictionary.h"

namespace dyad {

namespace {

Result<std::string> read_whole_file(const std::string& path) {
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

std::string base_name(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

using Parser = void (*)(std::string_view, const std::string&, DictionarySet&);

Result<bool> load_with(Parser parse, const std::string& path, DictionarySet& set) {
  Result<std::string> text = read_whole_file(path);
  if (!text) return Error{text.error()};
  parse(*text, base_name(path), set);
  set.files.back() = path;  // diagnostics name the file; the list keeps the full path
  return true;
}

}  // namespace

Result<bool> load_actors(const std::string& path, DictionarySet& set) {
  return load_with(parse_actors, path, set);
}
Result<bool> load_agents(const std::string& path, DictionarySet& set) {
  return load_with(parse_agents, path, set);
}
Result<bool> load_discards(const std::string& path, DictionarySet& set) {
  return load_with(parse_discards, path, set);
}
Result<bool> load_verbs(const std::string& path, DictionarySet& set) {
  return load_with(parse_verbs, path, set);
}
Result<bool> load_native(const std::string& path, DictionarySet& set) {
  return load_with(parse_native, path, set);
}

}  // namespace dyad
