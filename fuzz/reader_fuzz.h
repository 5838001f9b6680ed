// Drives one article reader over arbitrary bytes and checks what every reader promises: each
// article it hands out has an id, a valid date, a non-blank UTF-8 text no longer than
// max_article_bytes, and a bad record never stops the reading.
#pragma once
#include <sstream>
#include <string>
#include <vector>

#include "dyad/article.h"
#include "dyad/io.h"
#include "dyad/text.h"
#include "fuzz_check.h"

namespace dyad::fuzz {

inline int fuzz_reader(InputFormat format, const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  // The first byte picks the options, so both the defaults and the cutting paths get covered.
  const uint8_t flags = data[0];
  ReaderOptions opts;
  opts.format = format;
  if (flags & 1) opts.default_date = "2022-02-17";
  if (flags & 2) {
    opts.max_record_bytes = 256;
    opts.max_article_bytes = 64;
  }
  std::istringstream in(std::string(as_text(data + 1, size - 1)));
  auto reader = open_reader(in, "fuzz-input", opts);
  DYAD_FUZZ_CHECK(reader != nullptr);
  Article a;
  std::vector<Problem> problems;
  size_t articles = 0;
  while (reader->next(a, problems)) {
    DYAD_FUZZ_CHECK(!a.id.empty());
    DYAD_FUZZ_CHECK(parse_date(a.date) != 0);
    DYAD_FUZZ_CHECK(!a.text.empty());
    DYAD_FUZZ_CHECK(a.text.size() <= opts.max_article_bytes);
    DYAD_FUZZ_CHECK(valid_utf8(a.text));
    // Every record takes at least one input byte, so the reader must end.
    DYAD_FUZZ_CHECK(++articles <= size);
    a = Article{};
  }
  for (const Problem& p : problems) DYAD_FUZZ_CHECK(!p.record.empty() && !p.message.empty());
  return 0;
}

}  // namespace dyad::fuzz
