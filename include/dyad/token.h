// Tokens and sentences: the text stage produces them, the tagger fills tag and lemma.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "dyad/pos.h"

namespace dyad {

struct Token {
  std::string text;   // surface form (curly quotes kept as in the text)
  std::string upper;  // ASCII-uppercased form used for dictionary matching ("N'T", "'S", "U.S.")
  std::string lemma;  // uppercase lemma, filled by the lemmatizer ("WITHDRAW" for "withdrew")
  uint32_t begin = 0; // byte offsets into Article::text, [begin, end)
  uint32_t end = 0;
  Pos tag = Pos::UNK;
  bool space_before = false;  // whitespace precedes this token in the text
};

struct Sentence {
  uint32_t begin = 0;  // byte offsets into Article::text
  uint32_t end = 0;
  int index = 0;       // position within the article (boilerplate sentences included)
  std::vector<Token> tokens;
  // Recognised boilerplate (copyright, "To see more, visit", bylines) or a dateline-only
  // sentence: kept for offsets, never coded.
  bool boilerplate = false;
};

}  // namespace dyad
