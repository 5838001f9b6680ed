// Character classes for the tokenizer: a 256-entry table for ASCII bytes and a small switch
// for the non-ASCII code points that news text actually uses as spaces or punctuation.
// Every other valid non-ASCII code point counts as a word character, so "Goïta", "Bogotá" or
// Cyrillic names stay whole without needing Unicode property tables.
#pragma once
#include <array>
#include <cstdint>

namespace dyad::text {

enum AsciiFlag : uint8_t {
  kSpaceByte = 1,    // space, tab, form feed and the other control bytes (NUL included)
  kNewlineByte = 2,  // \n and \r
  kUpperByte = 4,
  kLowerByte = 8,
  kDigitByte = 16,
  kWordByte = 32,  // letters and digits
};

constexpr std::array<uint8_t, 256> make_ascii_table() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[c] = kSpaceByte;  // control bytes separate tokens
  t[0x7F] = kSpaceByte;
  t[' '] = kSpaceByte;
  t['\n'] = kNewlineByte;
  t['\r'] = kNewlineByte;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kUpperByte | kWordByte;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kLowerByte | kWordByte;
  for (int c = '0'; c <= '9'; ++c) t[c] = kDigitByte | kWordByte;
  // '_' separates words: PETRARCH-era inputs join name parts with it ("Dol_Amroth") the way
  // their dictionaries do, and running news text never uses it inside a word.
  t['_'] = kSpaceByte;
  return t;
}

inline constexpr std::array<uint8_t, 256> kAscii = make_ascii_table();

inline bool is_ascii_upper(unsigned char c) { return kAscii[c] & kUpperByte; }
inline bool is_ascii_lower(unsigned char c) { return kAscii[c] & kLowerByte; }
inline bool is_ascii_digit(unsigned char c) { return kAscii[c] & kDigitByte; }
inline bool is_ascii_alpha(unsigned char c) { return kAscii[c] & (kUpperByte | kLowerByte); }
inline bool is_ascii_word(unsigned char c) { return kAscii[c] & kWordByte; }
inline char ascii_upper(char c) { return (c >= 'a' && c <= 'z') ? char(c - 32) : c; }
inline char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c + 32) : c; }

// What a non-ASCII code point means to the tokenizer.
enum class CpClass : uint8_t {
  kWord,        // letters and everything not listed below
  kSpace,       // no-break space, thin spaces, zero-width space, BOM
  kNewline,     // NEL, line and paragraph separators
  kOpenQuote,   // “ ‘ „ «
  kCloseQuote,  // ” ’ »
  kDash,        // – — ―
  kEllipsis,    // …
  kSymbol,      // other punctuation and symbols: one token per code point
};

inline CpClass classify_codepoint(char32_t cp) {
  switch (cp) {
    case 0x00A0:
    case 0x1680:
    case 0x200B:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
      return CpClass::kSpace;
    case 0x0085:
    case 0x2028:
    case 0x2029:
      return CpClass::kNewline;
    case 0x201C:
    case 0x2018:
    case 0x201E:
    case 0x00AB:
      return CpClass::kOpenQuote;
    case 0x201D:
    case 0x2019:
    case 0x00BB:
      return CpClass::kCloseQuote;
    case 0x2013:
    case 0x2014:
    case 0x2015:
      return CpClass::kDash;
    case 0x2026:
      return CpClass::kEllipsis;
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return CpClass::kSpace;
  if (cp < 0x80) return CpClass::kSymbol;  // not reached for ASCII input; defensive
  // Latin-1 punctuation and signs (¡ ¢ £ © ® ° ± ¿ × ÷ ...), keeping the few letters there.
  if (cp >= 0x00A1 && cp <= 0x00BF) {
    return (cp == 0x00AA || cp == 0x00B5 || cp == 0x00BA) ? CpClass::kWord : CpClass::kSymbol;
  }
  if (cp == 0x00D7 || cp == 0x00F7) return CpClass::kSymbol;
  if (cp >= 0x2010 && cp <= 0x205E) return CpClass::kSymbol;    // general punctuation
  if (cp >= 0x20A0 && cp <= 0x20CF) return CpClass::kSymbol;    // currency signs (€ ₹ ...)
  if (cp >= 0x2100 && cp <= 0x214F) return CpClass::kSymbol;    // ™ ℃ ...
  if (cp >= 0x2190 && cp <= 0x2BFF) return CpClass::kSymbol;    // arrows, maths, shapes
  if (cp >= 0x3001 && cp <= 0x303F) return CpClass::kSymbol;    // CJK punctuation
  if (cp >= 0xFF01 && cp <= 0xFF0F) return CpClass::kSymbol;    // fullwidth punctuation
  if (cp >= 0x1F000 && cp <= 0x1FAFF) return CpClass::kSymbol;  // emoji and pictographs
  return CpClass::kWord;
}

// Case of a non-ASCII letter for the few scripts where a cheap range test is exact enough
// (Latin-1, Greek, Cyrillic). Other letters report neither case.
inline bool is_upper_codepoint(char32_t cp) {
  return (cp >= 0x00C0 && cp <= 0x00DE && cp != 0x00D7) || (cp >= 0x0391 && cp <= 0x03A9) ||
         (cp >= 0x0410 && cp <= 0x042F);
}
inline bool is_lower_codepoint(char32_t cp) {
  return (cp >= 0x00DF && cp <= 0x00FF && cp != 0x00F7) || (cp >= 0x03B1 && cp <= 0x03C9) ||
         (cp >= 0x0430 && cp <= 0x044F);
}

}  // namespace dyad::text
