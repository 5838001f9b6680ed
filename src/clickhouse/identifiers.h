// Names that go into SQL unquoted (database, cluster): letters, digits and '_', not starting
// with a digit, so they need no escaping.
#pragma once
#include <string_view>

namespace dyad::ch {

inline bool is_identifier(std::string_view s) {
  if (s.empty() || s.size() > 64) return false;
  if (s[0] >= '0' && s[0] <= '9') return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
      return false;
  return true;
}

}  // namespace dyad::ch
