#include "text/sentence_boundaries.h"

#include "text/abbreviations.h"
#include "text/boilerplate.h"

namespace dyad::text {
namespace {

constexpr size_t kMaxTitleTokens = 12;

std::string_view span(std::string_view text, const RawToken& t) {
  return text.substr(t.begin, t.end - t.begin);
}

// A headline or byline on a line of its own: at most 12 tokens, starting with a capital or
// digit, every word of four or more letters capitalised, not ending in a comma, colon,
// dash or opening bracket, and followed by a line that does not start in lower case.
bool title_like_line(const std::vector<RawToken>& toks, size_t first, size_t last,
                     const RawToken& next) {
  if (last - first + 1 > kMaxTitleTokens) return false;
  if (!(toks[first].flags & (kStartsUpper | kStartsDigit))) return false;
  if (toks[last].flags & (kContinuer | kOpener)) return false;
  if (next.flags & kStartsLower) return false;
  for (size_t i = first; i <= last; ++i) {
    const RawToken& t = toks[i];
    if ((t.flags & kWordToken) && !(t.flags & (kStartsUpper | kStartsDigit)) &&
        t.end - t.begin >= 4)
      return false;
  }
  return true;
}

}  // namespace

void find_sentence_starts(std::string_view text, const std::vector<RawToken>& toks,
                          std::vector<uint32_t>& starts) {
  if (toks.empty()) return;
  starts.push_back(0);
  size_t line_start = 0;      // first token of the current line
  size_t sentence_start = 0;  // first token of the current sentence
  for (size_t j = 1; j < toks.size(); ++j) {
    const RawToken& next = toks[j];
    const int nl = next.newlines_before;
    bool boundary = false;
    if (nl >= 2) {
      boundary = true;
    } else if (!next.space_before && !(next.flags & (kWordToken | kOpener))) {
      boundary = false;  // attached punctuation: '."' ')' '?!' stay with what precedes
    } else {
      // The last token before any attached closing quotes or brackets.
      size_t e = j - 1;
      for (int steps = 0;
           steps < 4 && e > sentence_start && (toks[e].flags & kCloser) && !toks[e].space_before;
           ++steps)
        --e;
      const RawToken& last = toks[e];
      if (last.flags & kTerminal) {
        boundary = nl == 1 || !(next.flags & (kStartsLower | kContinuer | kTerminal));
      } else if (last.flags & kAbbrevMayEnd) {
        boundary = is_sentence_opener(span(text, next)) ||
                   (nl == 1 && (next.flags & (kStartsUpper | kOpener)));
      } else if (nl == 1) {
        boundary = (last.flags & kEllipsis) || title_like_line(toks, line_start, j - 1, next) ||
                   opens_boilerplate(text.substr(toks[line_start].begin)) ||
                   opens_boilerplate(text.substr(next.begin));
      }
    }
    if (nl >= 1) line_start = j;
    if (boundary) {
      starts.push_back(static_cast<uint32_t>(j));
      sentence_start = j;
    }
  }
}

}  // namespace dyad::text
