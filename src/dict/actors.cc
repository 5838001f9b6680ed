// Reader for TABARI / PETRARCH actor dictionaries:
//   NAME [CODE]              one line
//   NAME                     or a name, its '+' synonyms, then code lines
//   +SYNONYM
//   	[CODE <yymmdd] ...
// Names that follow a name without any code line yet join its entry and share the codes
// that come next (the Phoenix files list a person's spellings that way).
#include "dict/parse_util.h"
#include "dict/source_lines.h"
#include "dyad/dictionary.h"

namespace dyad {

namespace {

class ActorReader {
 public:
  ActorReader(const std::string& name, DictionarySet& set) : name_(name), set_(set) {}

  void line(std::string_view text, int number) {
    if (text[0] == '+')
      synonym(text.substr(1), number);
    else if (text[0] == '[')
      code_line(text, number);
    else
      entry(text, number);
  }

  void finish() {
    if (current_ < 0) return;
    ActorEntry& e = set_.actors[current_];
    if (e.codes.empty()) {
      set_.diagnostics.push_back(
          {e.phrases.front().origin, "actor '" + dict::excerpt(e.phrases.front().text) +
                                         "' has no valid code; entry skipped"});
      set_.actors.pop_back();
    }
    current_ = -1;
    saw_code_ = false;
  }

 private:
  void diag(int number, std::string message) {
    dict::add_diagnostic(set_, name_, number, std::move(message));
  }

  void add_codes(const dict::Bracketed& b, int number) {
    if (!b.after.empty())
      diag(number, "text after the code ignored: '" + dict::excerpt(b.after) + "'");
    ActorEntry& e = set_.actors[current_];
    if (!b.groups.empty()) saw_code_ = true;
    for (std::string_view g : b.groups) {
      ActorCode rule;
      std::string error;
      if (!parse_actor_code(g, rule, error)) {
        diag(number, error + " in '[" + dict::excerpt(g) + "]'; code rule skipped");
        continue;
      }
      rule.origin = dict::origin_of(name_, number);
      e.codes.push_back(std::move(rule));
    }
  }

  void entry(std::string_view text, int number) {
    dict::Bracketed b = dict::split_brackets(text);
    Phrase p = make_phrase(b.before, dict::origin_of(name_, number));
    if (b.error.empty() && p.words.empty()) b.error = "actor line without a name";
    if (!b.error.empty()) {
      finish();
      diag(number, b.error + "; actor entry skipped");
      skipping_ = true;
      return;
    }
    skipping_ = false;
    if (current_ < 0 || saw_code_) {
      finish();
      set_.actors.emplace_back();
      current_ = static_cast<long>(set_.actors.size()) - 1;
      saw_code_ = false;
    }
    set_.actors[current_].phrases.push_back(std::move(p));
    add_codes(b, number);
  }

  void synonym(std::string_view text, int number) {
    if (skipping_) return;
    if (current_ < 0) {
      diag(number, "synonym without an actor before it; skipped");
      return;
    }
    dict::Bracketed b = dict::split_brackets(text);
    if (!b.error.empty()) {
      diag(number, b.error + "; synonym skipped");
      return;
    }
    Phrase p = make_phrase(b.before, dict::origin_of(name_, number));
    if (p.words.empty()) {
      diag(number, "empty synonym; skipped");
      return;
    }
    set_.actors[current_].phrases.push_back(std::move(p));
    add_codes(b, number);
  }

  void code_line(std::string_view text, int number) {
    if (skipping_) return;
    if (current_ < 0) {
      diag(number, "code without an actor before it; skipped");
      return;
    }
    dict::Bracketed b = dict::split_brackets(text);
    if (!b.error.empty()) {
      diag(number, b.error + "; code line skipped");
      return;
    }
    add_codes(b, number);
  }

  const std::string& name_;
  DictionarySet& set_;
  long current_ = -1;      // the entry being read, an index into set_.actors
  bool saw_code_ = false;  // it has had a code group (valid or not): a new name starts anew
  bool skipping_ = false;  // its head line was malformed: drop its synonyms and codes too
};

}  // namespace

void parse_actors(std::string_view text, const std::string& name, DictionarySet& set) {
  dict::begin_source(set, text, name);
  ActorReader reader(name, set);
  dict::LineReader lines(text);
  dict::SourceLine line;
  while (lines.next(line)) reader.line(line.text, line.number);
  reader.finish();
}

}  // namespace dyad
