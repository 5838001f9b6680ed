#include "dict/country_import_text.h"

#include <cstdint>

namespace dyad::countries {

namespace {

// Decodes the UTF-8 character at s[i] into cp and advances i; false on malformed input
// (bad lead byte, missing continuation, overlong form, surrogate, beyond U+10FFFF).
bool next_codepoint(std::string_view s, size_t& i, uint32_t& cp) {
  auto b = static_cast<unsigned char>(s[i]);
  size_t len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
  if (len == 0 || i + len > s.size()) return false;
  cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
  for (size_t k = 1; k < len; ++k) {
    auto c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0) != 0x80) return false;
    cp = (cp << 6) | (c & 0x3F);
  }
  static constexpr uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
  i += len;
  return true;
}

// ASCII folds of U+00C0..U+00FF; "" for the two signs (× ÷) that are not letters.
constexpr const char* kLatin1[64] = {
    "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I",
    "D", "N", "O", "O", "O", "O", "O", "",  "O", "U", "U", "U", "U", "Y", "TH", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y"};

// ASCII folds of U+0100..U+017F (Latin Extended-A), in code point order.
constexpr const char* kLatinExtA[128] = {
    "A", "a", "A", "a", "A", "a", "C", "c", "C", "c", "C", "c", "C", "c", "D", "d",
    "D", "d", "E", "e", "E", "e", "E", "e", "E", "e", "E", "e", "G", "g", "G", "g",
    "G", "g", "G", "g", "H", "h", "H", "h", "I", "i", "I", "i", "I", "i", "I", "i",
    "I", "i", "IJ", "ij", "J", "j", "K", "k", "k", "L", "l", "L", "l", "L", "l", "L",
    "l", "L", "l", "N", "n", "N", "n", "N", "n", "n", "N", "n", "O", "o", "O", "o",
    "O", "o", "OE", "oe", "R", "r", "R", "r", "R", "r", "S", "s", "S", "s", "S", "s",
    "S", "s", "T", "t", "T", "t", "T", "t", "U", "u", "U", "u", "U", "u", "U", "u",
    "U", "u", "U", "u", "W", "w", "Y", "y", "Y", "Z", "z", "Z", "z", "Z", "z", "s"};

// Base letters of the upper/lower pairs U+1E00..U+1E95 and U+1EA0..U+1EF9 (Latin Extended
// Additional: transliterations such as "Ṣ", "ḥ", and Vietnamese letters).
constexpr std::string_view kExtAdditional =
    "ABBBCDDDDDEEEEEFGHHHHHIIKKKLLLLMMMNNNNOOOOPPRRRRSSSSSTTTTUUUUUVVWWWWWXXYZZZ";
constexpr std::string_view kVietnamese = "AAAAAAAAAAAAEEEEEEEEIIOOOOOOOOOOOOUUUUUUUYYYY";

std::string pair_letter(std::string_view bases, uint32_t offset) {
  char upper = bases[offset / 2];
  char c = offset % 2 == 0 ? upper : static_cast<char>(upper - 'A' + 'a');
  return std::string(1, c);
}

// The ASCII fold of one non-ASCII character; false when there is none.
bool fold_codepoint(uint32_t cp, std::string& out) {
  if (cp >= 0xC0 && cp <= 0xFF) {
    const char* f = kLatin1[cp - 0xC0];
    if (*f == '\0') return false;
    out += f;
    return true;
  }
  if (cp >= 0x100 && cp <= 0x17F) {
    out += kLatinExtA[cp - 0x100];
    return true;
  }
  if (cp >= 0x1CD && cp <= 0x1DC) {  // Ǎ ǎ Ǐ ǐ Ǒ ǒ Ǔ ǔ and the Ǖ..ǜ series
    static constexpr std::string_view kCaron = "AIOUUUUU";
    out += pair_letter(kCaron, cp - 0x1CD);
    return true;
  }
  if (cp >= 0x218 && cp <= 0x21B) {  // Ș ș Ț ț (Romanian comma below)
    out += pair_letter("ST", cp - 0x218);
    return true;
  }
  if (cp >= 0x1E00 && cp < 0x1E00 + 2 * kExtAdditional.size()) {
    out += pair_letter(kExtAdditional, cp - 0x1E00);
    return true;
  }
  if (cp >= 0x1EA0 && cp < 0x1EA0 + 2 * kVietnamese.size()) {
    out += pair_letter(kVietnamese, cp - 0x1EA0);
    return true;
  }
  if ((cp >= 0x2B9 && cp <= 0x2BF) || cp == 0x2018 || cp == 0x2019 || cp == 0x2032) {
    out += '\'';  // ʻokina, ʼ, ʾ ʿ transliteration marks, curly apostrophes
    return true;
  }
  if (cp >= 0x2010 && cp <= 0x2013) {
    out += '-';
    return true;
  }
  if (cp == 0xA0) {
    out += ' ';
    return true;
  }
  return false;
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string collapse_blanks(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (is_blank(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && is_blank(s[b])) ++b;
  while (e > b && is_blank(s[e - 1])) --e;
  return std::string(s.substr(b, e - b));
}

}  // namespace

std::string ascii_fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    uint32_t cp = 0;
    if (!next_codepoint(s, i, cp)) return {};
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (!fold_codepoint(cp, out)) {
      return {};
    }
  }
  return out;
}

bool latin_script(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    uint32_t cp = 0;
    if (!next_codepoint(s, i, cp)) return false;
    bool ok = (cp >= 0x20 && cp < 0x7F) || (cp >= 0xA0 && cp <= 0x24F) ||
              (cp >= 0x2B0 && cp <= 0x2FF) ||    // modifier letters: ʻ ʾ ʿ
              (cp >= 0x1E00 && cp <= 0x1EFF) ||  // Latin Extended Additional
              (cp >= 0x2010 && cp <= 0x2027);    // dashes, quotes
    if (!ok) return false;
  }
  return true;
}

std::string phrase_key(std::string_view s) {
  std::string out = collapse_blanks(trim(s));
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

std::string tidy_phrase(std::string_view s) {
  std::string no_parens;
  int depth = 0;
  bool balanced = true;
  for (char c : s) {
    if (c == '(') {
      ++depth;
    } else if (c == ')') {
      if (depth == 0) balanced = false;
      if (depth > 0) --depth;
    } else if (depth == 0) {
      no_parens += c;
    }
  }
  if (depth != 0 || !balanced) no_parens = std::string(s);  // leave odd text as it is
  std::string out = collapse_blanks(trim(no_parens));
  if (out.size() > 4 && (out[0] == 'T' || out[0] == 't') && (out[1] == 'h' || out[1] == 'H') &&
      (out[2] == 'e' || out[2] == 'E') && out[3] == ' ')
    out = out.substr(4);
  return out;
}

size_t letter_count(std::string_view s) {
  size_t n = 0;
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0)) ++n;  // lead bytes
  }
  return n;
}

std::vector<std::string> split_demonyms(std::string_view s) {
  std::vector<std::string> out;
  auto emit = [&](std::string_view item) {
    std::string t = collapse_blanks(trim(item));
    if (!t.empty()) out.push_back(std::move(t));
  };
  size_t b = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    // A comma or " or " separates: "Antiguan, Barbudan", "Kittitian or Nevisian".
    if (s[i] == ',') {
      emit(s.substr(b, i - b));
      b = i + 1;
    } else if (s.substr(i, 4) == " or ") {
      emit(s.substr(b, i - b));
      b = i + 4;
      i += 3;
    }
  }
  emit(s.substr(b));
  return out;
}

std::string demonym_plural(std::string_view demonym) {
  std::string key = phrase_key(demonym);
  // Invariant or irregular plurals: "the Malagasy", "Batswana", and "Laos" is the country.
  for (std::string_view p : {"I-KIRIBATI", "NI-VANUATU", "MALAGASY", "MOTSWANA", "MOSOTHO", "LAO", "BURKINABE"})
    if (key == p) return {};
  if (key == "CZECH" || (key.size() > 6 && key.ends_with(" CZECH"))) return std::string(demonym) + "s";
  for (std::string_view end : {"ESE", "ISH", "SH", "CH", "S", "X", "Z", "Y", "MEN", "IC"})
    if (key.ends_with(end)) return {};  // "the Chinese", "the French", "the Swiss", "the Dutch"
  if (key.empty() || key.back() < 'A' || key.back() > 'Z') return {};
  return std::string(demonym) + "s";
}

}  // namespace dyad::countries
