// Sentence boundaries over the raw tokens of a whole article.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/tokenizer.h"

namespace dyad::text {

// Appends to `starts` the index of every token that begins a sentence (0 first, when there
// are tokens). Linear in the number of tokens. The rules, in order:
//  1. A blank line always ends a sentence.
//  2. Closing quotes and brackets written right after "." "!" "?" stay in that sentence
//     ('... goals."' ends after the quote).
//  3. "." "!" "?" end the sentence unless the next word starts in lower case ('"Why?" he
//     asked') or is more punctuation; at a line break they always end it.
//  4. An abbreviation that may end a sentence ("U.S.", "Inc.", "etc.", "Feb.") ends it when
//     the next word is a sentence opener ("The", "He", "But" ...), or at a line break when
//     the next line starts with a capital. Titles and initials ("Gen.", "W.") never do.
//  5. At a single line break after a line without final punctuation the sentence ends when
//     that line is short and title-like (headline, byline) or either line opens boilerplate
//     ("Copyright ...", "Reporting by ..."); otherwise the line is wrapped text and goes on.
void find_sentence_starts(std::string_view text, const std::vector<RawToken>& tokens,
                          std::vector<uint32_t>& starts);

}  // namespace dyad::text
