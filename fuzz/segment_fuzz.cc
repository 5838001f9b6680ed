// libFuzzer target: the text stage (segment, tokenize, dateline_length, looks_english) on
// arbitrary bytes. Checks the offsets contract: sentences in order and inside the text, each
// token a non-empty slice of its sentence whose text is exactly those bytes, no sentence over
// the token cap, and valid UTF-8 in -> valid UTF-8 tokens out (no cut inside a character).
#include <string>

#include "dyad/text.h"
#include "fuzz_check.h"

namespace {

void check_tokens(std::string_view text, const std::vector<dyad::Token>& toks, uint32_t begin,
                  uint32_t end, bool utf8) {
  uint32_t prev_end = begin;
  for (const dyad::Token& t : toks) {
    DYAD_FUZZ_CHECK(t.begin < t.end);
    DYAD_FUZZ_CHECK(t.begin >= prev_end && t.end <= end);
    DYAD_FUZZ_CHECK(t.text == text.substr(t.begin, t.end - t.begin));
    DYAD_FUZZ_CHECK(t.upper.size() == t.text.size());
    if (utf8) DYAD_FUZZ_CHECK(dyad::valid_utf8(t.text));
    prev_end = t.end;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  // The first byte picks the sentence cap (0 = none), so cutting gets exercised on small inputs.
  dyad::TextOptions opts;
  opts.max_sentence_tokens = data[0] % 16 == 0 ? 0 : data[0] % 16;
  std::string_view text = dyad::fuzz::as_text(data + 1, size - 1);
  const bool utf8 = dyad::valid_utf8(text);

  dyad::SegmentResult r = dyad::segment(text, opts);
  uint32_t prev_end = 0;
  for (size_t k = 0; k < r.sentences.size(); ++k) {
    const dyad::Sentence& s = r.sentences[k];
    DYAD_FUZZ_CHECK(s.index == static_cast<int>(k));
    DYAD_FUZZ_CHECK(s.begin >= prev_end && s.begin <= s.end && s.end <= text.size());
    if (opts.max_sentence_tokens > 0) DYAD_FUZZ_CHECK(s.tokens.size() <= opts.max_sentence_tokens);
    check_tokens(text, s.tokens, s.begin, s.end, utf8);
    prev_end = s.end;
  }
  for (const std::string& w : r.warnings) DYAD_FUZZ_CHECK(!w.empty());

  check_tokens(text, dyad::tokenize(text), 0, static_cast<uint32_t>(text.size()), utf8);
  DYAD_FUZZ_CHECK(dyad::dateline_length(text) <= text.size());
  (void)dyad::looks_english(text);
  return 0;
}
