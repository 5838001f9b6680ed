// Small helpers shared by the dictionary readers: trimming, uppercasing, "[...]" groups,
// diagnostics and the content hash. Private to src/dict.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/dictionary.h"

namespace dyad::dict {

inline bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}
std::string_view trim(std::string_view s);
std::string to_upper(std::string_view s);  // ASCII letters only; other bytes kept
bool starts_with(std::string_view s, std::string_view prefix);

// "file:line", the origin of an entry.
std::string origin_of(const std::string& file, int line);
void add_diagnostic(DictionarySet& set, const std::string& file, int line, std::string message);

// Folds `bytes` into a 64-bit FNV-1a hash.
uint64_t fnv1a(uint64_t hash, std::string_view bytes);
// Records that `text` (named `name`) is being read: hash and file list.
void begin_source(DictionarySet& set, std::string_view text, const std::string& name);

// A line cut at its "[...]" groups: "NAME {X} [A] [B] rest" -> before "NAME {X}",
// groups {"A","B"}, after "rest".
struct Bracketed {
  std::string_view before;               // trimmed text before the first '['
  std::vector<std::string_view> groups;  // the insides of consecutive groups, untrimmed
  std::string_view after;                // trimmed text after them (callers decide)
  std::string error;                     // non-empty when malformed
};
// Malformed: an unclosed '[', a '[' inside a group, or a ']' without '['.
Bracketed split_brackets(std::string_view line);

// Splits on blanks.
std::vector<std::string_view> split_blanks(std::string_view s);

// Shortens long input echoed in a diagnostic.
std::string excerpt(std::string_view s);

}  // namespace dyad::dict
