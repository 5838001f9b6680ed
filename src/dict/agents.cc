// Reader for TABARI / PETRARCH agent dictionaries:
//   !PERSON! = MAN, MEN, WOMAN           a substitution set
//   PHRASE [~CODE]                       regular plural generated from the last word
//   PHRASE {} [CODE~]                    no plural
//   PHRASE {PLURAL1 PLURAL2} [~CODE]     exactly these plurals
//   CONGRESS!PERSON! [~LEG]              one phrase per substitution, no plural
#include <algorithm>
#include <unordered_map>

#include "dict/parse_util.h"
#include "dict/source_lines.h"
#include "dyad/dictionary.h"

namespace dyad {

namespace {

constexpr size_t kMaxExpansions = 4096;  // guards against !A!!A!!A!... blowing up

using Macros = std::unordered_map<std::string, std::vector<std::string>>;

// Replaces every !NAME! in `text` by each member of its set: the cartesian product.
bool expand_macros(std::string_view text, const Macros& macros, std::vector<std::string>& out,
                   std::string& error) {
  std::vector<std::string> results{std::string()};
  size_t i = 0;
  while (i < text.size()) {
    size_t bang = text.find('!', i);
    if (bang == std::string_view::npos) bang = text.size();
    for (auto& r : results) r.append(text.substr(i, bang - i));
    if (bang == text.size()) break;
    size_t close = text.find('!', bang + 1);
    if (close == std::string_view::npos) {
      error = "unclosed substitution marker '!'";
      return false;
    }
    std::string name = dict::to_upper(text.substr(bang + 1, close - bang - 1));
    auto it = macros.find(name);
    if (it == macros.end()) {
      error = "unknown substitution marker '!" + dict::excerpt(name) + "!'";
      return false;
    }
    if (results.size() * it->second.size() > kMaxExpansions) {
      error = "too many substitutions";
      return false;
    }
    std::vector<std::string> next;
    next.reserve(results.size() * it->second.size());
    for (const auto& r : results)
      for (const auto& m : it->second) next.push_back(r + m);
    results = std::move(next);
    i = close + 1;
  }
  out = std::move(results);
  return true;
}

class AgentReader {
 public:
  AgentReader(const std::string& name, DictionarySet& set) : name_(name), set_(set) {}

  void line(std::string_view text, int number) {
    if (text[0] == '!' && text.find('=') != std::string_view::npos &&
        text.find('[') == std::string_view::npos) {
      define_macro(text, number);
      return;
    }
    std::string error;
    if (!entry(text, number, error)) diag(number, error + "; agent entry skipped");
  }

 private:
  void diag(int number, std::string message) {
    dict::add_diagnostic(set_, name_, number, std::move(message));
  }

  void define_macro(std::string_view text, int number) {
    size_t close = text.find('!', 1);
    size_t eq = text.find('=');
    if (close == std::string_view::npos || close > eq || close == 1) {
      diag(number, "malformed substitution set (want !NAME! = A, B, C); skipped");
      return;
    }
    std::string name = dict::to_upper(text.substr(1, close - 1));
    std::vector<std::string> members;
    std::string_view list = text.substr(eq + 1);
    size_t b = 0;
    while (b <= list.size()) {
      size_t comma = list.find(',', b);
      if (comma == std::string_view::npos) comma = list.size();
      std::string_view item = dict::trim(list.substr(b, comma - b));
      if (!item.empty()) members.push_back(dict::to_upper(item));
      b = comma + 1;
    }
    if (members.empty()) {
      diag(number, "substitution set !" + dict::excerpt(name) + "! is empty; skipped");
      return;
    }
    macros_[name] = std::move(members);
  }

  bool parse_code(std::string_view inside, AgentEntry& e, std::string& error) {
    std::string_view code = dict::trim(inside);
    size_t tildes = std::count(code.begin(), code.end(), '~');
    if (tildes != 1 || (code.front() != '~' && code.back() != '~')) {
      error = "agent code needs one '~' before or after it: '[" + dict::excerpt(inside) + "]'";
      return false;
    }
    e.prefix = code.back() == '~';
    code = dict::trim(e.prefix ? code.substr(0, code.size() - 1) : code.substr(1));
    if (code.empty() || dict::split_blanks(code).size() != 1) {
      error = "bad agent code '[" + dict::excerpt(inside) + "]'";
      return false;
    }
    e.code = dict::to_upper(code);
    return true;
  }

  // Adds each substitution of `text` as a phrase; false on a bad marker.
  bool add_phrases(std::string_view text, AgentEntry& e, const std::string& origin,
                   std::string& error) {
    std::vector<std::string> expansions;
    if (!expand_macros(text, macros_, expansions, error)) return false;
    for (const auto& x : expansions) {
      Phrase p = make_phrase(x, origin);
      if (!p.words.empty()) e.phrases.push_back(std::move(p));
    }
    return true;
  }

  bool entry(std::string_view text, int number, std::string& error) {
    dict::Bracketed b = dict::split_brackets(text);
    if (!b.error.empty()) {
      error = b.error;
      return false;
    }
    if (b.groups.empty()) {
      error = "agent without a code";
      return false;
    }
    if (b.groups.size() > 1) {
      error = "agent with more than one code";
      return false;
    }
    if (!b.after.empty())
      diag(number, "text after the code ignored: '" + dict::excerpt(b.after) + "'");
    AgentEntry e;
    e.origin = dict::origin_of(name_, number);
    if (!parse_code(b.groups[0], e, error)) return false;

    std::string_view phrase = b.before;
    std::string_view plurals;
    bool braces = false;
    size_t open = phrase.find('{');
    size_t close = phrase.find('}');
    if (open != std::string_view::npos || close != std::string_view::npos) {
      if (open == std::string_view::npos || close == std::string_view::npos || close < open ||
          phrase.find('{', open + 1) != std::string_view::npos ||
          phrase.find('}', close + 1) != std::string_view::npos) {
        error = "unbalanced '{' '}'";
        return false;
      }
      if (!dict::trim(phrase.substr(close + 1)).empty()) {
        error = "text after the plural list";
        return false;
      }
      braces = true;
      plurals = phrase.substr(open + 1, close - open - 1);
      phrase = dict::trim(phrase.substr(0, open));
    }
    bool has_macro = phrase.find('!') != std::string_view::npos;
    if (!add_phrases(phrase, e, e.origin, error)) return false;
    if (e.phrases.empty()) {
      error = "agent without a phrase";
      return false;
    }
    if (braces) {
      for (std::string_view p : dict::split_blanks(plurals))
        if (!add_phrases(p, e, e.origin, error)) return false;
    } else if (!has_macro) {
      // Substitution sets list their plurals themselves; otherwise pluralize the last word.
      Phrase plural = e.phrases.front();
      std::string last = regular_plural(plural.words.back());
      if (!last.empty()) {
        plural.words.back() = std::move(last);
        plural.text.clear();
        for (size_t i = 0; i < plural.words.size(); ++i)
          plural.text += (i ? "_" : "") + plural.words[i];
        e.phrases.push_back(std::move(plural));
      }
    }
    // Keep each distinct word sequence once.
    std::vector<Phrase> unique;
    for (auto& p : e.phrases) {
      bool seen = std::any_of(unique.begin(), unique.end(),
                              [&](const Phrase& u) { return u.words == p.words; });
      if (!seen) unique.push_back(std::move(p));
    }
    e.phrases = std::move(unique);
    set_.agents.push_back(std::move(e));
    return true;
  }

  const std::string& name_;
  DictionarySet& set_;
  Macros macros_;  // substitution sets defined so far in this file
};

}  // namespace

void parse_agents(std::string_view text, const std::string& name, DictionarySet& set) {
  dict::begin_source(set, text, name);
  AgentReader reader(name, set);
  dict::LineReader lines(text);
  dict::SourceLine line;
  while (lines.next(line)) reader.line(line.text, line.number);
}

}  // namespace dyad
