// Small helpers shared by the text module's tests.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "dyad/text.h"

namespace dyad::text_testing {

inline std::vector<std::string> surfaces(const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  for (const Token& t : tokens) out.push_back(t.text);
  return out;
}

inline std::vector<std::string> token_texts(std::string_view text) {
  return surfaces(tokenize(text));
}

// The text of every sentence, as the bytes between its begin and end offsets.
inline std::vector<std::string> sentence_texts(std::string_view text,
                                               const TextOptions& opts = {}) {
  std::vector<std::string> out;
  for (const Sentence& s : segment(text, opts).sentences)
    out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

}  // namespace dyad::text_testing
