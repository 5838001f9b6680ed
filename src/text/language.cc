// looks_english(): English function words against the function words of other languages that
// news arrives in (French, Spanish, Portuguese, Italian, German). Words shared by those
// languages and English ("a", "in", "on") count for neither. A text is taken as English unless
// the other languages' words outnumber the English ones, or a long text has almost none of
// either: short headlines and sentences with few function words ("France cooperated with Niger
// in a joint military operation") stay English, and so do tables of figures.
#include <cstdint>
#include <cstring>
#include <string_view>

#include "dyad/text.h"
#include "text/char_class.h"
#include "text/utf8.h"

namespace dyad {
namespace {

constexpr size_t kMinWords = 8;  // shorter texts are given the benefit of the doubt

// Every listed word fits in 8 bytes: a word is looked up as the 64-bit number its bytes
// spell (zero-padded), in a small open-addressing table built once.
constexpr size_t kMaxKeyBytes = 8;

constexpr std::string_view kEnglish[] = {
      "the",    "of",    "and",   "to",    "is",    "that",  "for",   "with",  "was",   "said",
      "as",     "by",    "at",    "from",  "it",    "he",    "she",   "they",  "his",   "her",
      "their",  "its",   "are",   "were",  "have",  "has",   "had",   "be",    "been",  "not",
      "this",   "which", "who",   "will",  "would", "but",   "or",    "after", "about", "into",
      "than",   "more",  "over",  "there", "we",    "you",   "i",     "our",   "can",   "could",
      "should", "these", "those", "what",  "when",  "where", "while", "other", "some",  "them",
      "him",    "out",   "up",    "if",    "all",   "one",   "two"};

// Frequent function words of French, Spanish, Portuguese, Italian and German that are not
// English words.
constexpr std::string_view kForeign[] = {
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

// The bytes of a word of at most kMaxKeyBytes as a little-endian number.
uint64_t key_of(const char* p, size_t n) {
  uint64_t k = 0;
  std::memcpy(&k, p, n);
  return k;
}

class FunctionWords {
 public:
  static constexpr uint8_t kEnglishWord = 1, kForeignWord = 2;

  FunctionWords() {
    for (std::string_view w : kEnglish) add(w, kEnglishWord);
    for (std::string_view w : kForeign) add(w, kForeignWord);
  }
  // kEnglishWord | kForeignWord bits for a word given as key_of() its bytes.
  uint8_t flags(uint64_t k) const {
    for (size_t s = slot(k);; s = (s + 1) & (kSlots - 1)) {
      if (keys_[s] == k) return flags_[s];
      if (keys_[s] == 0) return 0;
    }
  }

 private:
  static constexpr size_t kSlots = 512;  // load under one third
  static size_t slot(uint64_t k) { return (k * 0x9E3779B97F4A7C15ull) >> 55; }
  void add(std::string_view w, uint8_t flag) {
    const uint64_t k = key_of(w.data(), w.size());
    size_t s = slot(k);
    while (keys_[s] != 0 && keys_[s] != k) s = (s + 1) & (kSlots - 1);
    keys_[s] = k;
    flags_[s] |= flag;
  }
  uint64_t keys_[kSlots] = {};
  uint8_t flags_[kSlots] = {};
};

const FunctionWords& function_word_table() {
  static const FunctionWords kWords;
  return kWords;
}

}  // namespace

bool looks_english(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  const FunctionWords& table = function_word_table();
  size_t words = 0, function_words = 0, foreign_words = 0;
  while (p < end) {
    // Most words are ASCII letters only, most gaps one ASCII byte: take those in a tight loop.
    // A word that runs into a non-ASCII byte is read again below, the general way.
    const auto* w = p;
    while (p < end && text::is_ascii_alpha(*p)) ++p;
    if (p == end || *p < 0x80) {
      if (p == w) {  // a gap: one ASCII byte that is no letter
        ++p;
        continue;
      }
      ++words;
      const size_t size = static_cast<size_t>(p - w);
      if (size > kMaxKeyBytes) continue;  // too long for a function word
      uint64_t key = 0;
      for (size_t k = 0; k < size; ++k) key |= static_cast<uint64_t>(w[k] | 0x20) << (8 * k);
      const uint8_t f = table.flags(key);
      if (f & FunctionWords::kEnglishWord) ++function_words;
      if (f & FunctionWords::kForeignWord) ++foreign_words;
      continue;
    }
    p = w;
    // Collect one word: ASCII letters (lower-cased) and non-ASCII letters, apostrophes inside.
    // Only its first kMaxKeyBytes bytes are kept, as the key_of() number they spell: a
    // longer word is no function word.
    size_t size = 0;
    uint64_t key = 0;
    bool non_ascii = false;
    while (p < end) {
      if (*p < 0x80) {
        if (!text::is_ascii_alpha(*p)) break;
        if (size < kMaxKeyBytes)
          key |= static_cast<uint64_t>(static_cast<unsigned char>(*p) | 0x20) << (8 * size);
        ++size;
        ++p;
      } else {
        char32_t cp;
        const int len = text::decode_utf8(p, end, cp);
        if (len == 0 || text::classify_codepoint(cp) != text::CpClass::kWord) break;
        non_ascii = true;
        for (int k = 0; k < len; ++k, ++size)  // "é", "não"
          if (size < kMaxKeyBytes) key |= static_cast<uint64_t>(p[k]) << (8 * size);
        p += len;
      }
    }
    if (size > 0 || non_ascii) {
      ++words;
      const uint8_t f = size <= kMaxKeyBytes ? table.flags(key) : 0;
      if (!non_ascii && (f & FunctionWords::kEnglishWord)) ++function_words;
      if (f & FunctionWords::kForeignWord) ++foreign_words;
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
