// Text stage: normalisation, sentence splitting, tokenisation, boilerplate and language checks.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "dyad/article.h"
#include "dyad/token.h"

namespace dyad {

struct TextOptions {
  size_t max_sentence_tokens = 200;  // longer sentences are cut (a warning is recorded)
};

struct SegmentResult {
  std::vector<Sentence> sentences;   // in text order, with indices 0..n-1
  std::vector<std::string> warnings; // e.g. "sentence 4 cut at 200 tokens"
};

// Splits an article body into sentences and Penn-Treebank-style tokens with byte offsets:
// "didn't" -> "did" "n't", "France's" -> "France" "'s", "U.S." stays whole, "4,300" and "2.5"
// stay whole, hyphenated words stay whole, curly quotes become their own tokens.
// Boilerplate sentences (copyright lines, "To see more, visit ...", bylines) are flagged,
// and a leading dateline ("BAMAKO, Mali (AP) --") is left out of the first sentence's tokens.
SegmentResult segment(std::string_view text, const TextOptions& opts = {});

// Tokenises one span of text that is already known to be a single sentence.
std::vector<Token> tokenize(std::string_view text, uint32_t base_offset = 0);

// Byte length of a dateline at the start of `text` ("BAMAKO, Mali (AP) -- ",
// "PARIS (Reuters) - ", "WASHINGTON, Feb. 17 (AFP) - ", "CEBU CITY: -- "), including the
// whitespace that follows it; 0 when the text does not start with one. The city must be in
// capitals and a dash (or a colon and a dash) must close the dateline.
size_t dateline_length(std::string_view text);

// True when the text looks like English (stop-word share); short texts count as English.
bool looks_english(std::string_view text);

// True when the bytes are valid UTF-8.
bool valid_utf8(std::string_view s);

}  // namespace dyad
