// Test helper: tokens from "word/TAG" or "word/TAG/LEMMA" specs, with offsets into the
// space-joined text, so coder tests do not depend on the tagger.
#pragma once
#include <cctype>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/coder.h"
#include "dyad/token.h"

namespace dyad::testing {

struct TaggedText {
  std::string text;
  std::vector<Token> tokens;
};

inline TaggedText tagged(const std::string& spec) {
  TaggedText out;
  std::istringstream in(spec);
  std::string item;
  while (in >> item) {
    Token t;
    auto s1 = item.rfind('/');
    std::string head = item.substr(0, s1), tag = item.substr(s1 + 1), lemma;
    auto s0 = head.rfind('/');
    if (s0 != std::string::npos && s0 > 0) {
      lemma = tag;
      tag = head.substr(s0 + 1);
      head = head.substr(0, s0);
    }
    if (!out.text.empty()) out.text += ' ';
    t.begin = static_cast<uint32_t>(out.text.size());
    out.text += head;
    t.end = static_cast<uint32_t>(out.text.size());
    t.text = head;
    for (char c : head) t.upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    t.lemma = lemma.empty() ? t.upper : lemma;
    t.tag = pos_from_string(tag);
    out.tokens.push_back(t);
  }
  return out;
}

// Codes one tagged sentence (see tagged()) and lists its events as "SOURCE TARGET CODE".
inline std::vector<std::string> coded(const Coder& coder, const std::string& spec,
                                      int date = 20220217, Discourse* discourse = nullptr) {
  TaggedText tt = tagged(spec);
  SentenceAnalysis a = coder.code_sentence(tt.tokens, tt.text, date, "t", 0, 0,
                                           static_cast<uint32_t>(tt.text.size()), discourse);
  std::vector<std::string> out;
  for (const auto& e : a.events) out.push_back(e.source + " " + e.target + " " + e.code);
  return out;
}

}  // namespace dyad::testing
