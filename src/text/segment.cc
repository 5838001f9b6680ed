// segment(): dateline, raw tokens, sentence boundaries, length cap, boilerplate flags.
#include <algorithm>
#include <string>

#include "dyad/text.h"
#include "text/boilerplate.h"
#include "text/sentence_boundaries.h"
#include "text/token_builder.h"
#include "text/tokenizer.h"

namespace dyad {
namespace {

// The sentence [begin, end) is alone on its line (only blanks between it and the line breaks).
bool fills_line(std::string_view text, size_t begin, size_t end) {
  size_t b = begin;
  while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
  if (b > 0 && text[b - 1] != '\n' && text[b - 1] != '\r') return false;
  size_t e = end;
  while (e < text.size() && (text[e] == ' ' || text[e] == '\t')) ++e;
  return e == text.size() || text[e] == '\n' || text[e] == '\r';
}

void add_sentence(std::string_view text, const text::RawToken* first, const text::RawToken* last,
                  SegmentResult& result) {
  Sentence& s = result.sentences.emplace_back();
  s.index = static_cast<int>(result.sentences.size() - 1);
  s.begin = first->begin;
  s.end = (last - 1)->end;
  const size_t count = static_cast<size_t>(last - first);
  s.boilerplate =
      text::is_boilerplate_sentence(text, first, count, fills_line(text, s.begin, s.end));
  text::append_tokens(text, first, last, 0, s.tokens);
}

}  // namespace

SegmentResult segment(std::string_view text, const TextOptions& opts) {
  SegmentResult result;
  if (text.size() > UINT32_MAX) {  // offsets are 32-bit
    result.warnings.push_back("text longer than 4 GiB: only the first 4 GiB were segmented");
    text = text.substr(0, UINT32_MAX);
  }
  std::vector<text::RawToken> raw;
  raw.reserve(text.size() / 5 + 8);
  text::scan_raw_tokens(text, dateline_length(text), raw);
  std::vector<uint32_t> starts;
  text::find_sentence_starts(text, raw, starts);
  starts.push_back(static_cast<uint32_t>(raw.size()));
  result.sentences.reserve(starts.size());

  const size_t cap = opts.max_sentence_tokens;  // 0 = no cap
  for (size_t k = 0; k + 1 < starts.size(); ++k) {
    const text::RawToken* first = raw.data() + starts[k];
    const text::RawToken* last = raw.data() + starts[k + 1];
    const size_t count = static_cast<size_t>(last - first);
    if (cap == 0 || count <= cap) {
      add_sentence(text, first, last, result);
      continue;
    }
    const size_t pieces = (count + cap - 1) / cap;
    result.warnings.push_back("sentence " + std::to_string(result.sentences.size()) + " cut at " +
                              std::to_string(cap) + " tokens into " + std::to_string(pieces) +
                              " pieces");
    for (const text::RawToken* p = first; p < last; p += std::min<size_t>(cap, last - p))
      add_sentence(text, p, p + std::min<size_t>(cap, last - p), result);
  }
  return result;
}

}  // namespace dyad
