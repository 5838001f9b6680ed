// The tokenizer's inner representation: byte spans plus the few facts the sentence splitter
// needs. Spans are turned into dyad::Token (with owned strings) only once the sentence
// boundaries are known, so the hot loop allocates nothing per token.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace dyad::text {

enum RawFlag : uint16_t {
  kWordToken = 1 << 0,    // starts with a word character (letter, digit, '_')
  kStartsUpper = 1 << 1,  // first letter is upper case (ASCII, Latin-1, Greek, Cyrillic)
  kStartsLower = 1 << 2,
  kStartsDigit = 1 << 3,
  kTerminal = 1 << 4,         // "." "!" "?"
  kEllipsis = 1 << 5,         // "..." or "…"
  kCloser = 1 << 6,           // ” ’ '' ) ] } and an ASCII " or ' written right after a token
  kOpener = 1 << 7,           // “ ‘ « `` ( [ { and an ASCII " or ' after whitespace
  kContinuer = 1 << 8,        // , ; : % - -- – —: a sentence does not start after these
  kAbbrevNeverEnds = 1 << 9,  // "Gen." "W." "No." (before a number): period kept, never ends
  kAbbrevMayEnd = 1 << 10,    // "U.S." "Inc." "Feb.": period kept, may end a sentence
  kUrl = 1 << 11,             // URL (scheme:// or www.)
};

struct RawToken {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint16_t flags = 0;
  uint8_t newlines_before = 0;  // line breaks in the whitespace before: 0, 1, or 2 (= 2 or more)
  bool space_before = false;
};

// Appends the tokens of text[from, text.size()) to `out`. Offsets are relative to `text`,
// which must be shorter than 4 GiB. Never fails: invalid UTF-8 bytes become one-byte symbol
// tokens and control bytes (NUL included) separate tokens like spaces.
void scan_raw_tokens(std::string_view text, size_t from, std::vector<RawToken>& out);

}  // namespace dyad::text
