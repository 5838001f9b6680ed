#include "text/token_builder.h"

#include "text/char_class.h"

namespace dyad::text {

void append_tokens(std::string_view text, const RawToken* first, const RawToken* last,
                   uint32_t base, std::vector<Token>& out) {
  out.reserve(out.size() + static_cast<size_t>(last - first));
  for (const RawToken* r = first; r != last; ++r) {
    Token& t = out.emplace_back();
    const size_t len = r->end - r->begin;
    t.text.assign(text.data() + r->begin, len);
    t.upper.assign(text.data() + r->begin, len);
    for (char& c : t.upper) c = ascii_upper(c);
    t.begin = r->begin + base;
    t.end = r->end + base;
    t.space_before = r->space_before;
  }
}

}  // namespace dyad::text
