// Reader for discard lists: one phrase per line; a leading '+' discards the whole story.
#include "dict/parse_util.h"
#include "dict/source_lines.h"
#include "dyad/dictionary.h"

namespace dyad {

void parse_discards(std::string_view text, const std::string& name, DictionarySet& set) {
  dict::begin_source(set, text, name);
  dict::LineReader lines(text);
  dict::SourceLine line;
  while (lines.next(line)) {
    DiscardEntry d;
    std::string_view phrase = line.text;
    if (phrase[0] == '+') {
      d.story = true;
      phrase.remove_prefix(1);
    }
    d.phrase = make_phrase(phrase, dict::origin_of(name, line.number));
    if (d.phrase.words.empty()) {
      dict::add_diagnostic(set, name, line.number, "empty discard phrase; skipped");
      continue;
    }
    set.discards.push_back(std::move(d));
  }
}

}  // namespace dyad
