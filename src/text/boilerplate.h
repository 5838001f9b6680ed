// Recognises the non-news lines that wire copy and web pages carry along: copyright notices,
// "To see more, visit ...", bylines, "Reporting by ...; Editing by ..." and the like.
// Such sentences are kept (for offsets) and flagged so that no event is coded from them.
#pragma once
#include <cstddef>
#include <string_view>

#include "text/tokenizer.h"

namespace dyad::text {

// True when text starting at `rest` opens a boilerplate line: "Copyright", "©", "(c) ",
// "All rights reserved", "Reporting by", "Additional reporting by", "Editing by",
// "Writing by", "Click here", "Follow us", "To see more" (ASCII case ignored).
// The splitter uses it to keep such a line out of the neighbouring sentences.
bool opens_boilerplate(std::string_view rest);

// True for a boilerplate sentence. `sentence` is its text, `tokens`/`count` its tokens with
// offsets into `text`, and `whole_line` says whether the sentence fills its line (a byline
// such as "By JANE DOE, Associated Press" only counts on a line of its own).
bool is_boilerplate_sentence(std::string_view text, const RawToken* tokens, size_t count,
                             bool whole_line);

}  // namespace dyad::text
