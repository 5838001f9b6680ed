#include "dict/parse_util.h"

namespace dyad::dict {

std::string_view trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && is_space(s[b])) ++b;
  while (e > b && is_space(s[e - 1])) --e;
  return s.substr(b, e - b);
}

std::string to_upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

std::string origin_of(const std::string& file, int line) {
  return file + ":" + std::to_string(line);
}

void add_diagnostic(DictionarySet& set, const std::string& file, int line, std::string message) {
  set.diagnostics.push_back({origin_of(file, line), std::move(message)});
}

uint64_t fnv1a(uint64_t hash, std::string_view bytes) {
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return hash;
}

void begin_source(DictionarySet& set, std::string_view text, const std::string& name) {
  set.content_hash = fnv1a(set.content_hash, text);
  set.files.push_back(name);
}

Bracketed split_brackets(std::string_view line) {
  Bracketed out;
  size_t open = line.find('[');
  std::string_view head = line.substr(0, open);
  if (head.find(']') != std::string_view::npos) {
    out.error = "']' without '['";
    return out;
  }
  out.before = trim(head);
  size_t i = open;
  while (i != std::string_view::npos && i < line.size()) {
    // here line[i] == '['
    size_t close = line.find(']', i + 1);
    if (close == std::string_view::npos) {
      out.error = "unclosed '['";
      return out;
    }
    std::string_view inside = line.substr(i + 1, close - i - 1);
    if (inside.find('[') != std::string_view::npos) {
      out.error = "'[' inside a code";
      return out;
    }
    out.groups.push_back(inside);
    size_t next = close + 1;
    while (next < line.size() && is_space(line[next])) ++next;
    if (next >= line.size()) break;
    if (line[next] != '[') {
      out.after = trim(line.substr(next));
      if (out.after.find(']') != std::string_view::npos &&
          out.after.find('[') == std::string_view::npos)
        out.error = "']' without '['";
      else if (out.after.find('[') != std::string_view::npos)
        out.error = "code after other text: '" + excerpt(out.after) + "'";
      return out;
    }
    i = next;
  }
  return out;
}

std::vector<std::string_view> split_blanks(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_space(s[i])) ++i;
    size_t b = i;
    while (i < s.size() && !is_space(s[i])) ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

std::string excerpt(std::string_view s) {
  constexpr size_t kMax = 60;
  size_t n = s.size();
  if (n > kMax) {
    n = kMax;
    // Do not cut a UTF-8 sequence in two.
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  }
  std::string out(s.substr(0, n));
  for (char& c : out) {
    if (c == '\t') c = ' ';
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = '?';
  }
  if (n < s.size()) out += "...";
  return out;
}

}  // namespace dyad::dict
