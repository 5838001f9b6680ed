// looks_english(): English function words against the function words of other languages that
// news arrives in (French, Spanish, Portuguese, Italian, German). Words shared by those
// languages and English ("a", "in", "on") count for neither. A text is taken as English unless
// the other languages' words outnumber the English ones, or a long text has almost none of
// either: short headlines and sentences with few function words ("France cooperated with Niger
// in a joint military operation") stay English, and so do tables of figures.
#include <string>
#include <unordered_set>

#include "dyad/text.h"
#include "text/char_class.h"
#include "text/utf8.h"

namespace dyad {
namespace {

constexpr size_t kMinWords = 8;  // shorter texts are given the benefit of the doubt

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

// Frequent function words of French, Spanish, Portuguese, Italian and German that are not
// English words.
bool is_foreign_function_word(std::string_view w) {
  static const auto* words = new std::unordered_set<std::string_view>{
      // French
      "le", "la", "les", "des", "du", "et", "est", "une", "que", "qui", "dans", "pour", "sur",
      "au", "aux", "par", "pas", "ne", "ce", "il", "elle", "nous", "vous", "sont", "avec",
      "mais", "ou", "leur", "ses", "cette", "été", "aussi",
      // Spanish / Portuguese / Italian
      "el", "los", "las", "del", "y", "por", "para", "con", "una", "es", "se", "al", "lo",
      "su", "sus", "como", "más", "pero", "fue", "o", "os", "do", "da", "dos", "das", "não",
      "em", "com", "um", "uma", "é", "il", "gli", "della", "che", "non", "per", "sono", "di",
      "dei", "nel", "alla",
      // German
      "der", "die", "das", "und", "ist", "nicht", "mit", "von", "zu", "den", "dem", "ein",
      "eine", "auf", "für", "sich", "auch", "im", "wird", "wurde", "sie", "nach", "bei"};
  return words->count(w) != 0;
}

}  // namespace

bool looks_english(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  size_t words = 0, function_words = 0, foreign_words = 0;
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
        for (int k = 0; k < len; ++k) word.push_back(static_cast<char>(p[k]));  // "é", "não"
        p += len;
      }
    }
    if (!word.empty() || non_ascii) {
      ++words;
      if (!non_ascii && is_english_function_word(word)) ++function_words;
      if (is_foreign_function_word(word)) ++foreign_words;
      continue;
    }
    // Skip one non-letter character (a whole UTF-8 sequence when valid).
    char32_t cp;
    const int len = *p < 0x80 ? 1 : text::decode_utf8(p, end, cp);
    p += len ? len : 1;
  }
  if (words < kMinWords) return true;
  // Another language: its function words outnumber the English ones (one is not enough).
  return !(foreign_words >= 2 && foreign_words > function_words);
}

}  // namespace dyad
