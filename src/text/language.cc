// looks_english(): the share of English function words among the words of a text. Words that
// are function words in French, Spanish or German too ("a", "in", "on", "an", "so", "also")
// are left out of the list so that those languages score near zero.
#include <string>
#include <unordered_set>

#include "dyad/text.h"
#include "text/char_class.h"
#include "text/utf8.h"

namespace dyad {
namespace {

constexpr size_t kMinWords = 8;     // shorter texts are given the benefit of the doubt
constexpr double kMinShare = 0.12;  // English news scores about 0.3, French/Spanish/German < 0.05

bool is_english_function_word(std::string_view w) {
  static const auto* words = new std::unordered_set<std::string_view>{
      "the",    "of",    "and",   "to",    "is",    "that",  "for",   "with",  "was",   "said",
      "as",     "by",    "at",    "from",  "it",    "he",    "she",   "they",  "his",   "her",
      "their",  "its",   "are",   "were",  "have",  "has",   "had",   "be",    "been",  "not",
      "this",   "which", "who",   "will",  "would", "but",   "or",    "after", "about", "into",
      "than",   "more",  "over",  "there", "we",    "you",   "i",     "our",   "can",   "could",
      "should", "these", "those", "what",  "when",  "where", "while", "other", "some",  "them",
      "him",    "out",   "up",    "if",    "all",   "one",   "two"};
  return words->count(w) != 0;
}

}  // namespace

bool looks_english(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  size_t words = 0, function_words = 0;
  std::string word;
  while (p < end) {
    // Collect one word: ASCII letters (lower-cased) and non-ASCII letters, apostrophes inside.
    word.clear();
    bool non_ascii = false;
    while (p < end) {
      if (*p < 0x80) {
        if (!text::is_ascii_alpha(*p)) break;
        word.push_back(text::ascii_lower(static_cast<char>(*p)));
        ++p;
      } else {
        char32_t cp;
        const int len = text::decode_utf8(p, end, cp);
        if (len == 0 || text::classify_codepoint(cp) != text::CpClass::kWord) break;
        non_ascii = true;
        p += len;
      }
    }
    if (!word.empty() || non_ascii) {
      ++words;
      if (!non_ascii && is_english_function_word(word)) ++function_words;
      continue;
    }
    // Skip one non-letter character (a whole UTF-8 sequence when valid).
    char32_t cp;
    const int len = *p < 0x80 ? 1 : text::decode_utf8(p, end, cp);
    p += len ? len : 1;
  }
  if (words < kMinWords) return true;
  return static_cast<double>(function_words) >= kMinShare * static_cast<double>(words);
}

}  // namespace dyad
