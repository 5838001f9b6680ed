#include "text/utf8.h"

#include <cstring>

#include "dyad/text.h"

namespace dyad {

bool valid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    // Skip ASCII eight bytes at a time: news text is mostly ASCII.
    while (end - p >= 8) {
      uint64_t chunk;
      std::memcpy(&chunk, p, 8);
      if (chunk & 0x8080808080808080ULL) break;
      p += 8;
    }
    if (p >= end) break;
    if (*p < 0x80) {
      ++p;
      continue;
    }
    char32_t cp;
    const int len = text::decode_utf8(p, end, cp);
    if (len == 0) return false;
    p += len;
  }
  return true;
}

}  // namespace dyad
