// Reader for verb dictionaries in both PETRARCH-2 (CAMEO.2.0.txt) and TABARI / PETRARCH-1
// (CAMEO.verbpatterns.*.txt) syntax. The two differ only in pattern grouping, which
// parse_pattern handles, so one reader serves both:
//   &SYNSET_            a synset ('_': no plurals), then +MEMBER lines (+&OTHER expands)
//   --- NAME [CODE] --- a verb block, then verb entries and "- PATTERN [CODE]" lines
//   VERB {FORMS} [CODE] a verb entry; +BREAK_DOWN / WIRE_+TAP mark the verb word with '+'
//   ~ a (a b X) Y = a b CODE   a PETRARCH-2 transformation
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "dict/parse_util.h"
#include "dict/source_lines.h"
#include "dict/verb_pattern.h"
#include "dyad/dictionary.h"

namespace dyad {

namespace {

constexpr int kMaxSynsetDepth = 64;

// "+BREAK_DOWN", "WIRE_+TAPPED", "LASH OUT" -> words and the verb word's index.
bool parse_verb_words(std::string_view text, VerbForm& out, bool& marked, std::string& error) {
  out = VerbForm();
  marked = false;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (dict::is_space(text[i]) || text[i] == '_')) ++i;
    size_t b = i;
    while (i < text.size() && !dict::is_space(text[i]) && text[i] != '_') ++i;
    if (i == b) break;
    std::string_view w = text.substr(b, i - b);
    if (w[0] == '+') {
      if (marked) {
        error = "more than one '+' in verb '" + dict::excerpt(text) + "'";
        return false;
      }
      marked = true;
      out.head = static_cast<int>(out.words.size());
      w.remove_prefix(1);
    }
    if (w.empty() || w.find('+') != std::string_view::npos) {
      error = "misplaced '+' in verb '" + dict::excerpt(text) + "'";
      return false;
    }
    out.words.push_back(dict::to_upper(w));
  }
  if (out.words.empty()) {
    error = "verb entry without a verb";
    return false;
  }
  return true;
}

class VerbReader {
 public:
  VerbReader(const std::string& name, DictionarySet& set)
      : name_(name),
        set_(set),
        first_synset_(set.synsets.size()),
        first_block_(set.verb_blocks.size()) {}

  void line(std::string_view text, int number) {
    if (text[0] == '&') {
      synset(text, number);
      return;
    }
    if (text[0] == '+' && in_synset_) {
      if (synset_ >= 0) member(text.substr(1), number);  // else its header was malformed
      return;
    }
    in_synset_ = false;
    synset_ = -1;
    if (dict::starts_with(text, "---"))
      header(text, number);
    else if (text[0] == '-')
      pattern(text, number);
    else if (text[0] == '~')
      transform(text, number);
    else
      verb(text, number);
  }

  void finish() {
    resolve_synset_members();
    drop_patterns_with_unknown_synsets();
  }

 private:
  void diag(int number, std::string message) {
    dict::add_diagnostic(set_, name_, number, std::move(message));
  }

  void header(std::string_view text, int number) {
    block_ = -1;
    skip_block_ = true;
    std::string_view body = text;
    while (!body.empty() && body.front() == '-') body.remove_prefix(1);
    // "--- NAME [CODE] ---", also "[110]---  ---" and a missing closing "---"
    while (!body.empty() && (body.back() == '-' || dict::is_space(body.back())))
      body.remove_suffix(1);
    dict::Bracketed b = dict::split_brackets(body);
    if (!b.error.empty()) {
      diag(number, b.error + " in verb block header; block skipped");
      return;
    }
    if (!b.after.empty())
      diag(number, "text after the block code ignored: '" + dict::excerpt(b.after) + "'");
    if (b.before.empty()) {
      diag(number, "verb block without a name; block skipped");
      return;
    }
    VerbBlock block;
    block.name = std::string(b.before);
    block.code = b.groups.empty() ? "---" : std::string(dict::trim(b.groups[0]));
    if (block.code.empty()) {
      diag(number, "empty block code; using ---");
      block.code = "---";
    }
    for (size_t g = 1; g < b.groups.size(); ++g)
      diag(number, "second block code [" + dict::excerpt(b.groups[g]) + "] ignored");
    block.origin = dict::origin_of(name_, number);
    set_.verb_blocks.push_back(std::move(block));
    block_ = static_cast<long>(set_.verb_blocks.size()) - 1;
    skip_block_ = false;
  }

  void pattern(std::string_view text, int number) {
    if (skip_block_) return;
    if (block_ < 0) {
      diag(number, "pattern outside a verb block; skipped");
      return;
    }
    dict::Bracketed b = dict::split_brackets(text.substr(1));
    std::string error = b.error;
    if (error.empty() && b.groups.empty()) error = "pattern without a code";
    if (error.empty() && b.groups.size() > 1) error = "pattern with more than one code";
    if (error.empty() && !b.after.empty())
      error = "text after the code: '" + dict::excerpt(b.after) + "'";
    Pattern p;
    if (error.empty()) {
      p.code = std::string(dict::trim(b.groups[0]));
      if (p.code.empty()) error = "empty pattern code";
    }
    if (error.empty()) dict::parse_pattern(b.before, p, error);
    if (!error.empty()) {
      diag(number, error + ": '" + dict::excerpt(text) + "'; pattern skipped");
      return;
    }
    p.text = std::string(text);
    p.origin = dict::origin_of(name_, number);
    set_.verb_blocks[block_].patterns.push_back(std::move(p));
  }

  void synset(std::string_view text, int number) {
    synset_ = -1;
    in_synset_ = true;
    std::vector<std::string_view> parts = dict::split_blanks(text.substr(1));
    if (parts.size() != 1) {
      diag(number, "malformed synset name '" + dict::excerpt(text) + "'; synset skipped");
      return;
    }
    std::string_view name = parts[0];
    no_plural_ = !name.empty() && name.back() == '_';
    while (!name.empty() && name.back() == '_') name.remove_suffix(1);
    if (name.empty()) {
      diag(number, "synset without a name; skipped");
      return;
    }
    Synset s;
    s.name = dict::to_upper(name);
    s.origin = dict::origin_of(name_, number);
    set_.synsets.push_back(std::move(s));
    synset_ = static_cast<long>(set_.synsets.size()) - 1;
  }

  void member(std::string_view text, int number) {
    text = dict::trim(text);
    Synset& s = set_.synsets[synset_];
    if (!text.empty() && text[0] == '&') {
      // Another synset, expanded once the whole file is read (it may come later).
      std::string_view ref = text.substr(1);
      while (!ref.empty() && ref.back() == '_') ref.remove_suffix(1);
      if (ref.empty() || dict::split_blanks(ref).size() != 1) {
        diag(number, "malformed synset reference '" + dict::excerpt(text) + "'; skipped");
        return;
      }
      s.members.push_back({"&" + dict::to_upper(ref)});
      return;
    }
    std::vector<std::string> words = phrase_words(text);
    if (words.empty()) {
      diag(number, "empty synset member; skipped");
      return;
    }
    bool exact = text.back() == '_';
    std::string plural = no_plural_ || exact ? std::string() : regular_plural(words.back());
    s.members.push_back(words);
    if (!plural.empty()) {
      words.back() = std::move(plural);
      s.members.push_back(std::move(words));
    }
  }

  void transform(std::string_view text, int number) {
    std::string_view body = text.substr(1);
    size_t eq = body.find('=');
    if (eq == std::string_view::npos || eq != body.rfind('=')) {
      diag(number, "transformation needs exactly one '='; skipped");
      return;
    }
    VerbTransform t;
    for (auto w : dict::split_blanks(body.substr(0, eq))) t.pattern.emplace_back(w);
    for (auto w : dict::split_blanks(body.substr(eq + 1))) t.result.emplace_back(w);
    if (t.pattern.empty() || t.result.empty()) {
      diag(number, "empty side in transformation; skipped");
      return;
    }
    t.origin = dict::origin_of(name_, number);
    set_.transforms.push_back(std::move(t));
  }

  void verb(std::string_view text, int number) {
    if (skip_block_) return;
    if (block_ < 0) {
      diag(number, "verb '" + dict::excerpt(text) + "' outside a verb block; skipped");
      return;
    }
    std::string error;
    if (!verb_entry(text, number, error)) diag(number, error + "; verb entry skipped");
  }

  bool verb_entry(std::string_view text, int number, std::string& error) {
    dict::Bracketed b = dict::split_brackets(text);
    if (!b.error.empty()) {
      error = b.error;
      return false;
    }
    if (b.groups.size() > 1) {
      error = "verb with more than one code";
      return false;
    }
    VerbEntry e;
    const VerbBlock& block = set_.verb_blocks[block_];
    e.code = b.groups.empty() ? block.code : std::string(dict::trim(b.groups[0]));
    if (e.code.empty()) {
      error = "empty verb code";
      return false;
    }
    // "SNUB [111] {SNUBS SNUBBED}": forms after the code are accepted too.
    std::string forms_after;
    std::string_view name = b.before;
    if (!b.after.empty()) {
      if (b.after.front() != '{' || name.find('{') != std::string_view::npos) {
        error = "text after the code: '" + dict::excerpt(b.after) + "'";
        return false;
      }
      forms_after = std::string(name) + " " + std::string(b.after);
      name = forms_after;
    }
    std::string_view given;
    bool braces = false;
    size_t open = name.find('{'), close = name.find('}');
    if (open != std::string_view::npos || close != std::string_view::npos) {
      if (open == std::string_view::npos || close == std::string_view::npos || close < open ||
          name.find('{', open + 1) != std::string_view::npos ||
          name.find('}', close + 1) != std::string_view::npos) {
        error = "unbalanced '{' '}'";
        return false;
      }
      if (!dict::trim(name.substr(close + 1)).empty()) {
        error = "text after the verb forms";
        return false;
      }
      braces = true;
      given = name.substr(open + 1, close - open - 1);
      name = dict::trim(name.substr(0, open));
    }
    VerbForm base;
    bool marked = false;
    if (!parse_verb_words(name, base, marked, error)) return false;
    e.name = std::string(name);
    e.lemma = base.words[base.head];
    e.forms.push_back(base);

    std::vector<std::string_view> given_forms = dict::split_blanks(given);
    // "{}" says the entry is the only form; otherwise add the regular forms too, since the
    // files list irregular forms only partly (and with typos: "STOP {STOPS STEOPPED}").
    if (!braces || !given_forms.empty()) {
      for (std::string& w : regular_verb_forms(e.lemma)) {
        VerbForm f = base;
        f.words[f.head] = std::move(w);
        f.regular = true;
        e.forms.push_back(std::move(f));
      }
    }
    for (std::string_view g : given_forms) {
      VerbForm f;
      bool form_marked = false;
      std::string form_error;
      if (!parse_verb_words(g, f, form_marked, form_error)) {
        diag(number, form_error + "; form skipped");
        continue;
      }
      if (!form_marked && f.words.size() == base.words.size()) f.head = base.head;
      e.forms.push_back(std::move(f));
    }
    // Keep each word sequence once, preferring forms written in the file.
    std::vector<VerbForm> unique;
    for (auto& f : e.forms) {
      auto same = std::find_if(unique.begin(), unique.end(),
                               [&](const VerbForm& u) { return u.words == f.words; });
      if (same == unique.end())
        unique.push_back(std::move(f));
      else if (!f.regular)
        same->regular = false;
    }
    e.forms = std::move(unique);
    e.block = static_cast<int>(block_);
    e.origin = dict::origin_of(name_, number);
    set_.verbs.push_back(std::move(e));
    return true;
  }

  // Replaces "+&OTHER" members by OTHER's members, depth first, refusing cycles.
  void resolve_synset_members() {
    std::unordered_map<std::string, size_t> by_name;
    for (size_t i = 0; i < set_.synsets.size(); ++i) by_name[set_.synsets[i].name] = i;
    std::vector<uint8_t> state(set_.synsets.size(), 0);  // 0 new, 1 expanding, 2 done
    for (size_t i = first_synset_; i < set_.synsets.size(); ++i) expand(i, by_name, state, 0);
  }

  void expand(size_t i, const std::unordered_map<std::string, size_t>& by_name,
              std::vector<uint8_t>& state, int depth) {
    if (state[i] != 0) return;
    state[i] = 1;
    Synset& s = set_.synsets[i];
    std::vector<std::vector<std::string>> members;
    bool changed = false;
    for (auto& m : s.members) {
      if (m.size() != 1 || m[0].empty() || m[0][0] != '&') {
        members.push_back(std::move(m));
        continue;
      }
      changed = true;
      std::string ref = m[0].substr(1);
      auto it = by_name.find(ref);
      if (it == by_name.end()) {
        set_.diagnostics.push_back({s.origin, "synset &" + s.name + " names unknown synset &" +
                                                  dict::excerpt(ref) + "; member skipped"});
        continue;
      }
      if (state[it->second] == 1 || depth >= kMaxSynsetDepth) {
        set_.diagnostics.push_back({s.origin, "synset &" + s.name + " includes &" + ref +
                                                  " in a cycle (or too deeply); skipped"});
        continue;
      }
      expand(it->second, by_name, state, depth + 1);
      for (const auto& inner : set_.synsets[it->second].members)
        if (!(inner.size() == 1 && !inner[0].empty() && inner[0][0] == '&'))
          members.push_back(inner);
    }
    if (changed) {
      std::vector<std::vector<std::string>> unique;
      for (auto& m : members)
        if (std::find(unique.begin(), unique.end(), m) == unique.end())
          unique.push_back(std::move(m));
      members = std::move(unique);
    }
    // Expanding others changes only their members, never set_.synsets itself: `s` is valid.
    s.members = std::move(members);
    state[i] = 2;
  }

  void drop_patterns_with_unknown_synsets() {
    std::unordered_set<std::string> known;
    for (const Synset& s : set_.synsets) known.insert(s.name);
    auto unknown = [&](const std::vector<PatElem>& elems, std::string& name) {
      for (const PatElem& e : elems)
        if (e.kind == PatKind::Synset && !known.count(e.word)) {
          name = e.word;
          return true;
        }
      return false;
    };
    for (size_t b = first_block_; b < set_.verb_blocks.size(); ++b) {
      auto& patterns = set_.verb_blocks[b].patterns;
      std::vector<Pattern> kept;
      kept.reserve(patterns.size());
      for (auto& p : patterns) {
        std::string name;
        if (unknown(p.pre, name) || unknown(p.post, name)) {
          set_.diagnostics.push_back(
              {p.origin, "pattern uses undefined synset &" + dict::excerpt(name) + "; skipped"});
          continue;
        }
        kept.push_back(std::move(p));
      }
      patterns = std::move(kept);
    }
  }

  const std::string& name_;
  DictionarySet& set_;
  size_t first_synset_;
  size_t first_block_;
  long block_ = -1;          // the current verb block
  bool skip_block_ = false;  // its header was malformed: drop its entries and patterns
  bool in_synset_ = false;   // '+' lines are synset members (until another kind of line)
  long synset_ = -1;         // the synset they go to; -1 when its header was malformed
  bool no_plural_ = false;   // that synset's name ended in '_'
};

}  // namespace

void parse_verbs(std::string_view text, const std::string& name, DictionarySet& set) {
  dict::begin_source(set, text, name);
  VerbReader reader(name, set);
  dict::LineReader lines(text);
  dict::SourceLine line;
  while (lines.next(line)) reader.line(line.text, line.number);
  reader.finish();
}

}  // namespace dyad
