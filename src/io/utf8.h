// Small UTF-8 helpers private to the readers and writers. They live here rather than in
// src/text so that io does not depend on the text stage.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace dyad::io_detail {

// Offset of the first byte that does not start a well-formed UTF-8 sequence (overlongs,
// surrogates and code points above U+10FFFF are ill-formed), or npos when all is valid.
size_t first_invalid_utf8(std::string_view s);
inline bool is_valid_utf8(std::string_view s) {
  return first_invalid_utf8(s) == std::string_view::npos;
}

// The largest length <= max_bytes that does not split a multi-byte sequence of valid UTF-8.
size_t utf8_cut_length(std::string_view s, size_t max_bytes);

// Replaces each ill-formed byte with U+FFFD; valid text comes back unchanged.
std::string repair_utf8(std::string_view s);

// Collapses every run of ASCII whitespace (space, tab, CR, LF, FF, VT) to one space and
// trims both ends: "  a\n  b " -> "a b".
std::string normalise_whitespace(std::string_view s);

// True when s holds nothing but ASCII whitespace.
bool is_blank(std::string_view s);

}  // namespace dyad::io_detail
