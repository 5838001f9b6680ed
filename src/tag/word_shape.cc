#include "tag/word_shape.h"

namespace dyad::tag {

namespace {

bool all_of(std::string_view s, std::string_view allowed) {
  for (char c : s)
    if (allowed.find(c) == std::string_view::npos) return false;
  return true;
}

// UTF-8 "À".."Þ" (except the multiplication sign): upper-case Latin-1 letters.
bool is_latin1_upper(std::string_view s, size_t i) {
  return i + 1 < s.size() && static_cast<unsigned char>(s[i]) == 0xC3 &&
         static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
         static_cast<unsigned char>(s[i + 1]) <= 0x9E &&
         static_cast<unsigned char>(s[i + 1]) != 0x97;
}

bool is_right_single_quote(std::string_view s, size_t i) {
  return i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
         static_cast<unsigned char>(s[i + 1]) == 0x80 &&
         static_cast<unsigned char>(s[i + 2]) == 0x99;
}

template <bool kLower>
size_t copy_normalised(std::string_view text, char* out, size_t cap) {
  size_t n = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (n >= cap) return 0;
    if (is_right_single_quote(text, i)) {
      out[n++] = '\'';
      i += 2;
      continue;
    }
    if (kLower && is_latin1_upper(text, i)) {
      if (n + 2 > cap) return 0;
      out[n++] = text[i];
      out[n++] = static_cast<char>(text[i + 1] + 0x20);
      ++i;
      continue;
    }
    out[n++] = kLower ? to_lower_ascii(text[i]) : text[i];
  }
  return n;
}

}  // namespace

Pos punctuation_tag(std::string_view t) {
  if (t.empty()) return Pos::UNK;
  // Most tokens are words: none of the punctuation below starts with a letter or digit except
  // the currency signs ending in '$' ("US$").
  if ((is_upper_ascii(t[0]) || is_lower_ascii(t[0]) || is_digit_ascii(t[0])) && t.back() != '$')
    return Pos::UNK;
  if (t == ",") return Pos::COMMA;
  if (t == "..." || t == "\u2026") return Pos::COLON;
  if (all_of(t, ".!?")) return Pos::PERIOD;
  if (t == ";" || t == ":" || t == "-" || t == "--" || t == "---" || t == "\u2014" || t == "\u2013")
    return Pos::COLON;
  if (t == "``" || t == "`" || t == "\u201C" || t == "\u2018" || t == "\"") return Pos::LQUOTE;
  if (t == "''" || t == "\u201D") return Pos::RQUOTE;
  if (t == "(" || t == "[" || t == "{" || t == "-LRB-" || t == "-LSB-" || t == "-LCB-")
    return Pos::LRB;
  if (t == ")" || t == "]" || t == "}" || t == "-RRB-" || t == "-RSB-" || t == "-RCB-")
    return Pos::RRB;
  if (t == "#") return Pos::HASH;
  if (t == "\u20AC" || t == "\u00A3" || t == "\u00A5") return Pos::DOLLAR;
  // "$", "US$", "C$", "HK$": currency signs.
  if (t.back() == '$') {
    for (size_t i = 0; i + 1 < t.size(); ++i)
      if (!is_upper_ascii(t[i])) return Pos::UNK;
    return Pos::DOLLAR;
  }
  return Pos::UNK;
}

bool is_number(std::string_view t) {
  if (!t.empty() && (t.front() == '-' || t.front() == '+')) t.remove_prefix(1);
  // Decades: "1990s", "80s".
  if (t.size() >= 3 && t.back() == 's') {
    std::string_view digits = t.substr(0, t.size() - 1);
    if (all_of(digits, "0123456789")) return true;
  }
  // List numbers: "1." "12.".
  if (t.size() >= 2 && t.size() <= 4 && t.back() == '.' &&
      all_of(t.substr(0, t.size() - 1), "0123456789"))
    return true;
  if (t.empty() || !(is_digit_ascii(t.front()) || (t.front() == '.' && t.size() > 1))) return false;
  if (!is_digit_ascii(t.back())) return false;
  return all_of(t, "0123456789,./:-");
}

bool is_ordinal(std::string_view t) {
  if (t.size() < 3) return false;
  std::string_view suffix = t.substr(t.size() - 2);
  char a = to_lower_ascii(suffix[0]), b = to_lower_ascii(suffix[1]);
  bool ordinal_suffix = (a == 's' && b == 't') || (a == 'n' && b == 'd') ||
                        (a == 'r' && b == 'd') || (a == 't' && b == 'h');
  return ordinal_suffix && all_of(t.substr(0, t.size() - 2), "0123456789");
}

bool is_all_caps(std::string_view t) {
  int letters = 0;
  for (char c : t) {
    if (is_lower_ascii(c)) return false;
    if (is_upper_ascii(c)) ++letters;
  }
  return letters >= 2;
}

ShapeClass shape_class(std::string_view t) {
  bool digit = false, letter = false, hyphen_inside = false;
  for (size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if (is_digit_ascii(c)) digit = true;
    if (is_upper_ascii(c) || is_lower_ascii(c)) letter = true;
    if (c == '-' && i > 0 && i + 1 < t.size()) hyphen_inside = true;
  }
  if (digit) return ShapeClass::Digits;
  if (is_all_caps(t)) return ShapeClass::AllCaps;
  if (starts_upper(t) || is_latin1_upper(t, 0)) return ShapeClass::Capitalised;
  if (!letter) return ShapeClass::Other;
  if (hyphen_inside) return ShapeClass::Hyphenated;
  if (!is_lower_ascii(t.front())) return ShapeClass::Other;
  return ShapeClass::Lower;
}

size_t lower_into(std::string_view text, char* out, size_t cap) {
  // Plain ASCII (nearly every token): byte for byte, as copy_normalised() would.
  if (text.size() <= cap) {
    size_t i = 0;
    for (; i < text.size(); ++i) {
      const char c = text[i];
      if (static_cast<unsigned char>(c) >= 0x80) break;
      out[i] = to_lower_ascii(c);
    }
    if (i == text.size()) return i;
  }
  return copy_normalised<true>(text, out, cap);
}

size_t normalise_into(std::string_view text, char* out, size_t cap) {
  return copy_normalised<false>(text, out, cap);
}

}  // namespace dyad::tag
