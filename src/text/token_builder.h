// Turns raw token spans into dyad::Token values (surface text, ASCII upper case, offsets).
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "dyad/token.h"
#include "text/tokenizer.h"

namespace dyad::text {

// Appends one Token per raw token in [first, last); offsets are shifted by `base`.
void append_tokens(std::string_view text, const RawToken* first, const RawToken* last,
                   uint32_t base, std::vector<Token>& out);

}  // namespace dyad::text
