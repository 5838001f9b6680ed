#include "geo/ascii_fold.h"

namespace dyad::geo {

namespace {

// Base letters of U+00C0..U+017F and U+1E00..U+1EFF ('?': no single base letter), as
// Unicode's compatibility decomposition gives them.
constexpr std::string_view kLatin1AndExtA =
    "AAAAAAACEEEEIIIIDNOOOOO?OUUUUYTsaaaaaaaceeeeiiiidnooooo?ouuuuyty"
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRr"
    "RrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
constexpr std::string_view kExtAdditional =
    "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPp"
    "RrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwyas????AaAaAaAaAaAaAaAa"
    "AaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy??????";

}  // namespace

std::string fold_to_ascii(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    uint32_t cp = 0;
    size_t len = 0;
    if ((c & 0xE0) == 0xC0 && i + 1 < s.size()) {
      cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
      len = 2;
    } else if ((c & 0xF0) == 0xE0 && i + 2 < s.size()) {
      cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
           (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
      len = 3;
    } else {
      return "";
    }
    i += len;
    char base = '?';
    if (cp >= 0xC0 && cp < 0x180) base = kLatin1AndExtA[cp - 0xC0];
    else if (cp >= 0x1E00 && cp < 0x1F00) base = kExtAdditional[cp - 0x1E00];
    else if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x02BF || cp == 0x02BE)
      continue;  // ’ ‘ ʼ ʿ ʾ: transliteration marks
    if (base == '?') return "";
    out += base;
  }
  return out;
}

}  // namespace dyad::geo
