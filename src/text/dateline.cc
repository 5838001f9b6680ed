// Leading datelines of wire copy: "BAMAKO, Mali (AP) --", "PARIS (Reuters) -",
// "WASHINGTON, Feb. 17 (AFP) -", "CEBU CITY: --". The grammar is deliberately narrow (a city
// in capitals, then optional ", Place or date", optional "(Agency)", then a dash) so that
// ordinary first sentences are never eaten.
#include <algorithm>

#include "dyad/text.h"
#include "text/char_class.h"

namespace dyad {
namespace {

constexpr size_t kMaxDateline = 200;

bool is_upper(std::string_view t, size_t i) {
  return i < t.size() && text::is_ascii_upper(static_cast<unsigned char>(t[i]));
}

bool is_dash_at(std::string_view t, size_t i) {
  if (i >= t.size()) return false;
  if (t[i] == '-') return true;
  // – (E2 80 93), — (E2 80 94), ― (E2 80 95)
  return i + 2 < t.size() && t[i] == '\xE2' && t[i + 1] == '\x80' &&
         (t[i + 2] == '\x93' || t[i + 2] == '\x94' || t[i + 2] == '\x95');
}

size_t skip_blanks(std::string_view t, size_t i, size_t limit) {
  while (i < limit && (t[i] == ' ' || t[i] == '\t')) ++i;
  return i;
}

// The city: one to six words in capitals ("BAMAKO", "CEBU CITY", "ST. LOUIS", "BOGOTÁ").
size_t scan_city(std::string_view t, size_t i, size_t limit) {
  size_t capitals = 0;
  for (int words = 0; words < 6; ++words) {
    const size_t w0 = i;
    while (i < limit) {
      const auto c = static_cast<unsigned char>(t[i]);
      if (text::is_ascii_upper(c)) {
        ++capitals;
        ++i;
      } else if (c >= 0x80 && !is_dash_at(t, i)) {
        ++i;  // accented capitals
      } else if ((c == '.' || c == '\'' || c == '&' || (c == '-' && is_upper(t, i + 1))) &&
                 i > w0) {
        ++i;
      } else {
        break;
      }
    }
    if (i == w0) return 0;
    if (!(i + 1 < limit && t[i] == ' ' && is_upper(t, i + 1))) break;
    ++i;
  }
  return capitals >= 2 ? i : 0;
}

// ", Mali" / ", Feb. 17" / ", Ill., March 3": words that start with a capital or a digit.
size_t scan_place_or_date(std::string_view t, size_t i, size_t limit) {
  size_t words = 0;
  while (i < limit) {
    i = skip_blanks(t, i, limit);
    if (i >= limit) return 0;
    const auto c = static_cast<unsigned char>(t[i]);
    if (c == '(' || c == ':' || is_dash_at(t, i)) break;
    if (c == ',') {
      ++i;
      continue;
    }
    if (!text::is_ascii_upper(c) && !text::is_ascii_digit(c)) return 0;
    while (i < limit) {
      const auto d = static_cast<unsigned char>(t[i]);
      if (text::is_ascii_word(d) || d == '.' || d == '\'' || (d >= 0x80 && !is_dash_at(t, i)) ||
          (d == '-' && i + 1 < limit && text::is_ascii_word(static_cast<unsigned char>(t[i + 1]))))
        ++i;
      else
        break;
    }
    ++words;
  }
  return words > 0 ? i : 0;
}

}  // namespace

size_t dateline_length(std::string_view t) {
  size_t i = 0;
  while (i < t.size() && i < kMaxDateline &&
         (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r'))
    ++i;
  const size_t limit = std::min(t.size(), i + kMaxDateline);
  i = scan_city(t, i, limit);
  if (i == 0) return 0;
  if (i < limit && t[i] == ',') {
    i = scan_place_or_date(t, i + 1, limit);
    if (i == 0) return 0;
  }
  i = skip_blanks(t, i, limit);
  if (i < limit && t[i] == '(') {  // "(AP)", "(Reuters)", "(AFP)", "(dyad sample wire)"
    const size_t close = t.find(')', i);
    if (close == std::string_view::npos || close >= limit || close - i > 40 ||
        !(i + 1 < t.size() && text::is_ascii_alpha(static_cast<unsigned char>(t[i + 1]))))
      return 0;
    if (t.substr(i, close - i).find('\n') != std::string_view::npos) return 0;
    i = skip_blanks(t, close + 1, limit);
  }
  if (i < limit && t[i] == ':') i = skip_blanks(t, i + 1, limit);
  if (!is_dash_at(t, i)) return 0;
  if (t[i] == '-') {
    const size_t dash = i;
    while (i < limit && t[i] == '-') ++i;
    // A single hyphen must stand apart: "PARIS - " but not "PARIS-based".
    if (i - dash == 1 && i < t.size() && t[i] != ' ' && t[i] != '\t' && t[i] != '\n' &&
        t[i] != '\r')
      return 0;
  } else {
    i += 3;
  }
  while (i < t.size() && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r')) ++i;
  return i;
}

}  // namespace dyad
