// Penn-Treebank-style tokenization in one left-to-right pass over the bytes.
#include "text/tokenizer.h"

#include "dyad/text.h"
#include "text/abbreviations.h"
#include "text/char_class.h"
#include "text/token_builder.h"
#include "text/utf8.h"

namespace dyad::text {
namespace {

// U+2019 RIGHT SINGLE QUOTATION MARK, the curly apostrophe, is E2 80 99 in UTF-8.
bool is_curly_apostrophe(const unsigned char* p, const unsigned char* end) {
  return end - p >= 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x99;
}

class Scanner {
 public:
  Scanner(std::string_view text, std::vector<RawToken>& out)
      : s_(reinterpret_cast<const unsigned char*>(text.data())), n_(text.size()), out_(out) {}

  void run(size_t i) {
    while (i < n_) {
      const unsigned char c = s_[i];
      if (c < 0x80) {
        const uint8_t f = kAscii[c];
        if (f & kSpaceByte) {
          space_ = true;
          ++i;
        } else if (f & kNewlineByte) {
          // "\r\n" is one line break: count the '\n', and a '\r' only when alone.
          if ((c == '\n' || i + 1 >= n_ || s_[i + 1] != '\n') && newlines_ < 2) ++newlines_;
          space_ = true;
          ++i;
        } else if (f & kWordByte) {
          i = scan_word(i);
        } else {
          i = scan_ascii_punct(i);
        }
        continue;
      }
      char32_t cp;
      const int len = decode_utf8(s_ + i, s_ + n_, cp);
      if (len == 0) {  // invalid byte: a symbol of its own
        emit(i, i + 1, 0);
        ++i;
        continue;
      }
      switch (classify_codepoint(cp)) {
        case CpClass::kSpace:
          space_ = true;
          break;
        case CpClass::kNewline:
          space_ = true;
          if (newlines_ < 2) ++newlines_;
          break;
        case CpClass::kWord:
          i = scan_word(i);
          continue;
        case CpClass::kOpenQuote:
          emit(i, i + len, kOpener);
          break;
        case CpClass::kCloseQuote:
          emit(i, i + len, kCloser);
          break;
        case CpClass::kDash:
          emit(i, i + len, kContinuer);
          break;
        case CpClass::kEllipsis:
          emit(i, i + len, kEllipsis);
          break;
        case CpClass::kSymbol:
          emit(i, i + len, 0);
          break;
      }
      i += len;
    }
  }

 private:
  void emit(size_t b, size_t e, uint16_t flags) {
    out_.push_back(RawToken{static_cast<uint32_t>(b), static_cast<uint32_t>(e), flags,
                            static_cast<uint8_t>(newlines_), space_});
    space_ = false;
    newlines_ = 0;
  }

  // Length of the word character at i (ASCII letter/digit/_ or a non-ASCII letter), else 0.
  int word_char_len(size_t i) const {
    if (i >= n_) return 0;
    const unsigned char c = s_[i];
    if (c < 0x80) return is_ascii_word(c) ? 1 : 0;
    char32_t cp;
    const int len = decode_utf8(s_ + i, s_ + n_, cp);
    return (len && classify_codepoint(cp) == CpClass::kWord) ? len : 0;
  }
  bool letter_at(size_t i) const {
    if (i >= n_) return false;
    return s_[i] < 0x80 ? is_ascii_alpha(s_[i]) : word_char_len(i) > 0;
  }
  bool digit_at(size_t i) const { return i < n_ && is_ascii_digit(s_[i]); }

  uint16_t word_flags(size_t b) const {
    const unsigned char c = s_[b];
    if (c < 0x80) {
      const uint8_t f = kAscii[c];
      return kWordToken | ((f & kUpperByte) ? kStartsUpper : 0) |
             ((f & kLowerByte) ? kStartsLower : 0) | ((f & kDigitByte) ? kStartsDigit : 0);
    }
    char32_t cp;
    if (!decode_utf8(s_ + b, s_ + n_, cp)) return kWordToken;
    return kWordToken | (is_upper_codepoint(cp) ? kStartsUpper : 0) |
           (is_lower_codepoint(cp) ? kStartsLower : 0);
  }

  // True when the period at `dot` is followed, on the same line, by a lower-case word:
  // "approx. three", "Fig. a" -- an abbreviation we do not know, not a sentence end.
  bool lower_word_follows(size_t dot) const {
    size_t k = dot + 1;
    size_t spaces = 0;
    while (k < n_ && (s_[k] == ' ' || s_[k] == '\t') && spaces < 4) ++k, ++spaces;
    return spaces > 0 && k < n_ && is_ascii_lower(s_[k]);
  }
  bool number_follows(size_t dot) const {
    size_t k = dot + 1;
    size_t spaces = 0;
    while (k < n_ && (s_[k] == ' ' || s_[k] == '\t') && spaces < 4) ++k, ++spaces;
    return digit_at(k);
  }

  bool is_scheme(size_t b, size_t e) const {
    if (e - b < 3 || e - b > 10) return false;
    for (size_t k = b; k < e; ++k)
      if (!is_ascii_alpha(s_[k])) return false;
    return true;
  }

  size_t scan_word(size_t b) {
    // "www.example.org/path": a URL without a scheme.
    if (n_ - b >= 5 && ascii_lower(char(s_[b])) == 'w' && ascii_lower(char(s_[b + 1])) == 'w' &&
        ascii_lower(char(s_[b + 2])) == 'w' && s_[b + 3] == '.' && word_char_len(b + 4))
      return scan_url(b, b + 4);

    size_t j = b;
    bool has_apostrophe = false;
    for (;;) {
      while (j < n_) {
        if (s_[j] < 0x80) {
          if (!is_ascii_word(s_[j])) break;
          ++j;
        } else {
          const int len = word_char_len(j);
          if (!len) break;
          j += len;
        }
      }
      if (j >= n_) break;
      // Characters that stay inside a word when a word character follows them.
      const unsigned char c = s_[j];
      const bool prev_digit = is_ascii_digit(s_[j - 1]);
      if ((c == '-' || c == '.' || c == '/' || c == '@') && word_char_len(j + 1)) {
        ++j;  // 12-year, al-Qaeda, 2.5, U.S, npr.org, June/July, jane@npr.org
        continue;
      }
      if (c == '.' && j + 1 < n_ && s_[j + 1] == '-' && word_char_len(j + 2)) {
        j += 2;  // U.S.-led
        continue;
      }
      if ((c == ',' || c == ':') && prev_digit && digit_at(j + 1)) {
        ++j;  // 4,300  10:30
        continue;
      }
      if (c == ':' && j + 2 < n_ && s_[j + 1] == '/' && s_[j + 2] == '/' && is_scheme(b, j))
        return scan_url(b, j + 3);
      if (c == '&' && is_ascii_upper(s_[j - 1]) && j + 1 < n_ && is_ascii_upper(s_[j + 1])) {
        ++j;  // AT&T
        continue;
      }
      if (c == '\'' && letter_at(j + 1)) {
        has_apostrophe = true;
        ++j;
        continue;
      }
      if (c == 0xE2 && is_curly_apostrophe(s_ + j, s_ + n_) && letter_at(j + 3)) {
        has_apostrophe = true;
        j += 3;
        continue;
      }
      break;
    }

    // A period right after the word: keep it when the word is an abbreviation.
    if (j < n_ && s_[j] == '.' && !(j + 1 < n_ && s_[j + 1] == '.') && !has_apostrophe) {
      const std::string_view w(reinterpret_cast<const char*>(s_ + b), j - b);
      AbbrevKind kind = abbreviation_kind(w);
      if (kind == AbbrevKind::kNone && (w == "No" || w == "NO") && number_follows(j))
        kind = AbbrevKind::kNeverEnds;  // "No. 10 Downing Street"
      if (kind == AbbrevKind::kNone && is_ascii_alpha(s_[j - 1]) && lower_word_follows(j))
        kind = AbbrevKind::kNeverEnds;
      if (kind != AbbrevKind::kNone) {
        emit(b, j + 1,
             word_flags(b) | (kind == AbbrevKind::kMayEnd ? kAbbrevMayEnd : kAbbrevNeverEnds));
        return j + 1;
      }
    }
    if (has_apostrophe || j - b == 6) {
      emit_with_clitics(b, j);
    } else {
      emit(b, j, word_flags(b));
    }
    return j;
  }

  // Start of a clitic at the end of [b, e) ("n't", "'s", "'ll", curly forms too), or e.
  size_t clitic_start(size_t b, size_t e) const {
    auto apostrophe_before = [&](size_t p) -> size_t {  // start of an apostrophe ending at p
      if (p > b && s_[p - 1] == '\'') return p - 1;
      if (p >= b + 3 && is_curly_apostrophe(s_ + p - 3, s_ + e)) return p - 3;
      return e;
    };
    if (e - b < 2) return e;
    const char last = ascii_lower(char(s_[e - 1]));
    if (last == 't') {
      const size_t a = apostrophe_before(e - 1);
      if (a != e && a > b && ascii_lower(char(s_[a - 1])) == 'n') return a - 1;
      return e;
    }
    if (last == 's' || last == 'm' || last == 'd') {
      const size_t a = apostrophe_before(e - 1);
      if (a != e) return a;
    }
    const char prev = ascii_lower(char(s_[e - 2]));
    if ((prev == 'l' && last == 'l') || (prev == 'r' && last == 'e') ||
        (prev == 'v' && last == 'e')) {
      const size_t a = apostrophe_before(e - 2);
      if (a != e) return a;
    }
    return e;
  }

  void emit_with_clitics(size_t b, size_t e) {
    // "cannot" -> "can" "not", as in the Penn Treebank.
    if (e - b == 6) {
      static constexpr char kCannot[] = "cannot";
      bool match = true;
      for (size_t k = 0; k < 6 && match; ++k) match = ascii_lower(char(s_[b + k])) == kCannot[k];
      if (match) {
        emit(b, b + 3, word_flags(b));
        emit(b + 3, e, word_flags(b + 3));
        return;
      }
    }
    // At most two clitics: "shouldn't've" -> "should" "n't" "'ve".
    size_t cuts[2];
    int count = 0;
    size_t end = e;
    while (count < 2) {
      const size_t c = clitic_start(b, end);
      if (c == end || c == b) break;
      cuts[count++] = c;
      end = c;
    }
    emit(b, end, word_flags(b));
    for (int k = count - 1; k >= 0; --k) {
      const size_t stop = k == 0 ? e : cuts[k - 1];
      emit(cuts[k], stop, word_flags(cuts[k]));
    }
  }

  // A URL from b; `rest` is just past "://" or "www.". Runs to whitespace or a quote and then
  // gives back trailing sentence punctuation and unbalanced closing brackets.
  size_t scan_url(size_t b, size_t rest) {
    size_t j = rest;
    int parens = 0;
    while (j < n_) {
      const unsigned char c = s_[j];
      if (c < 0x80) {
        if (((kAscii[c] & (kSpaceByte | kNewlineByte)) && c != '_') || c == '"' || c == '<' ||
            c == '>')
          break;
        parens += (c == '(') - (c == ')');
        ++j;
        continue;
      }
      char32_t cp;
      const int len = decode_utf8(s_ + j, s_ + n_, cp);
      if (len) {
        const CpClass k = classify_codepoint(cp);
        if (k != CpClass::kWord && k != CpClass::kSymbol) break;  // spaces, quotes, dashes
        j += len;
      } else {
        ++j;
      }
    }
    while (j > rest) {
      const unsigned char c = s_[j - 1];
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' ||
          c == ']') {
        --j;
      } else if (c == ')' && parens < 0) {
        ++parens;
        --j;
      } else {
        break;
      }
    }
    if (j == rest) {  // "http://" with nothing after it: only the scheme is a word
      const size_t scheme_end = s_[rest - 1] == '/' ? rest - 3 : rest - 1;
      emit(b, scheme_end, word_flags(b));
      return scheme_end;
    }
    emit(b, j, word_flags(b) | kUrl);
    return j;
  }

  size_t run_of(size_t i, unsigned char c) const {
    size_t j = i;
    while (j < n_ && s_[j] == c) ++j;
    return j;
  }

  size_t scan_ascii_punct(size_t i) {
    const unsigned char c = s_[i];
    switch (c) {
      case '.': {
        const size_t j = run_of(i, '.');
        emit(i, j, j - i >= 2 ? kEllipsis : kTerminal);
        return j;
      }
      case '!':
      case '?':
        emit(i, i + 1, kTerminal);
        return i + 1;
      case '-': {
        const size_t j = run_of(i, '-');
        emit(i, j, kContinuer);
        return j;
      }
      case '`': {
        const size_t j = run_of(i, '`');
        emit(i, j, kOpener);
        return j;
      }
      case '\'':
        if (i + 1 < n_ && s_[i + 1] == '\'') {
          emit(i, i + 2, kCloser);
          return i + 2;
        }
        [[fallthrough]];
      case '"':
        // Straight quotes: closing when attached to the previous token, else opening.
        emit(i, i + 1, (space_ || out_.empty()) ? kOpener : kCloser);
        return i + 1;
      case '(':
      case '[':
      case '{':
        emit(i, i + 1, kOpener);
        return i + 1;
      case ')':
      case ']':
      case '}':
        emit(i, i + 1, kCloser);
        return i + 1;
      case ',':
      case ';':
      case ':':
      case '%':
        emit(i, i + 1, kContinuer);
        return i + 1;
      default:
        emit(i, i + 1, 0);  // $ # @ & * + = < > / \ | ~ ^
        return i + 1;
    }
  }

  const unsigned char* s_;
  size_t n_;
  std::vector<RawToken>& out_;
  bool space_ = false;
  int newlines_ = 0;
};

}  // namespace

void scan_raw_tokens(std::string_view text, size_t from, std::vector<RawToken>& out) {
  Scanner scanner(text, out);
  scanner.run(from);
}

}  // namespace dyad::text

namespace dyad {

std::vector<Token> tokenize(std::string_view text, uint32_t base_offset) {
  // Offsets are 32-bit: anything past 4 GiB (minus the base) is not tokenised.
  const size_t room = UINT32_MAX - base_offset;
  if (text.size() > room) text = text.substr(0, room);
  std::vector<text::RawToken> raw;
  raw.reserve(text.size() / 4 + 4);
  text::scan_raw_tokens(text, 0, raw);
  std::vector<Token> tokens;
  text::append_tokens(text, raw.data(), raw.data() + raw.size(), base_offset, tokens);
  return tokens;
}

}  // namespace dyad
