// Reader for dyad's native dictionary format (docs/dictionary-format.md): one TAB-separated
// record per line, producing the same structures as the TABARI / PETRARCH readers.
//
// A line either takes full effect or none: any problem skips the whole line with a
// diagnostic, so `dyad dict check` passing means every line counts.
//
// Records are applied kind by kind rather than strictly in line order, so that a file may
// use a synset or a verb block before the line that defines it: synsets first, then actors,
// agents, discards and nouns (in line order), then verbs, then patterns. Diagnostics are
// still reported in line order.
#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>

#include "dict/irregular_verbs.h"
#include "dict/native_codes.h"
#include "dict/native_line.h"
#include "dict/native_phrase.h"
#include "dict/native_verbs.h"
#include "dict/parse_util.h"
#include "dict/verb_pattern.h"
#include "dyad/dictionary.h"

namespace dyad {

namespace {

using Fields = std::vector<std::string_view>;

struct Record {
  Fields fields;  // without the kind
  int line = 0;
};

struct Kind {
  std::string_view name;
  size_t fields;  // after the kind
  std::string_view layout;
};

enum KindIndex : size_t { kActor, kAgent, kDiscard, kSynset, kNoun, kVerb, kPattern };

constexpr std::array<Kind, 7> kKinds = {{
    {"actor", 2, "actor<TAB>codes<TAB>phrases"},
    {"agent", 2, "agent<TAB>~CODE or CODE~<TAB>phrases"},
    {"discard", 2, "discard<TAB>sentence or story<TAB>phrases"},
    {"synset", 2, "synset<TAB>name<TAB>members"},
    {"noun", 3, "noun<TAB>code<TAB>nouns<TAB>frames"},
    {"verb", 3, "verb<TAB>block<TAB>code<TAB>lemmas"},
    {"pattern", 3, "pattern<TAB>block<TAB>code<TAB>pattern"},
}};

// Synset names and block names: letters, digits and '-' ("MILITARY", "PULL-OUT").
bool name_word(std::string_view s, std::string& out) {
  if (s.empty()) return false;
  for (char c : s) {
    bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
              c == '-';
    if (!ok) return false;
  }
  out = dict::to_upper(s);
  return true;
}

class NativeReader {
 public:
  NativeReader(const std::string& name, DictionarySet& set)
      : name_(name), set_(set), irregular_(dict::IrregularVerbs::wordnet()) {
    for (size_t i = 0; i < set_.synsets.size(); ++i) synsets_[set_.synsets[i].name] = i;
    // PETRARCH block names are as written; native ones are compared uppercase.
    for (size_t i = 0; i < set_.verb_blocks.size(); ++i)
      blocks_[dict::to_upper(set_.verb_blocks[i].name)] = i;
  }

  void read(std::string_view text) {
    dict::NativeLines lines(text);
    dict::NativeLine line;
    std::vector<Record> by_kind[kKinds.size()];
    std::vector<std::pair<size_t, Record>> entries;  // actors, agents, discards, nouns
    while (lines.next(line)) {
      std::string why = dict::unreadable_line(line.text);
      if (!why.empty()) {
        diag(line.number, why + "; line skipped");
        continue;
      }
      Fields f = dict::native_fields(line.text);
      if (f.empty()) continue;
      size_t k = 0;
      while (k < kKinds.size() && kKinds[k].name != f[0]) ++k;
      if (k == kKinds.size()) {
        bool spaces = dict::split_blanks(f[0]).size() > 1;
        diag(line.number, "unknown record kind '" + dict::excerpt(f[0]) + "'" +
                              (spaces ? " (fields are separated by TABs)" : "") +
                              "; line skipped");
        continue;
      }
      if (f.size() - 1 != kKinds[k].fields) {
        diag(line.number, std::string(kKinds[k].name) + " line with " +
                              std::to_string(f.size() - 1) + " field(s), want " +
                              std::string(kKinds[k].layout) + "; line skipped");
        continue;
      }
      Record r{Fields(f.begin() + 1, f.end()), line.number};
      if (k == kSynset || k == kVerb || k == kPattern)
        by_kind[k].push_back(std::move(r));
      else
        entries.push_back({k, std::move(r)});
    }
    for (const Record& r : by_kind[kSynset]) synset(r);
    resolve_synset_references();
    for (const auto& [k, r] : entries) {
      std::string error;
      bool ok = k == kActor     ? actor(r, error)
                : k == kAgent   ? agent(r, error)
                : k == kDiscard ? discard(r, error)
                                : noun(r, error);
      if (!ok) diag(r.line, error + "; " + std::string(kKinds[k].name) + " skipped");
    }
    for (const Record& r : by_kind[kVerb]) {
      std::string error;
      if (!verb(r, error)) diag(r.line, error + "; verb line skipped");
    }
    for (const Record& r : by_kind[kPattern]) {
      std::string error;
      if (!pattern(r, error)) diag(r.line, error + "; pattern skipped");
    }
    std::stable_sort(diags_.begin(), diags_.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [line, message] : diags_) dict::add_diagnostic(set_, name_, line, message);
  }

 private:
  void diag(int line, std::string message) { diags_.push_back({line, std::move(message)}); }
  std::string origin(int line) const { return dict::origin_of(name_, line); }

  // ---- entries ---------------------------------------------------------------------

  bool actor(const Record& r, std::string& error) {
    ActorEntry e;
    if (!dict::parse_native_actor_codes(r.fields[0], origin(r.line), e.codes, error))
      return false;
    for (std::string_view item : dict::split_list(r.fields[1])) {
      Phrase p;
      if (!dict::plain_phrase(item, origin(r.line), p, error)) return false;
      if (std::none_of(e.phrases.begin(), e.phrases.end(),
                       [&](const Phrase& q) { return q.words == p.words; }))
        e.phrases.push_back(std::move(p));
    }
    if (e.phrases.empty()) {
      error = "actor without phrases";
      return false;
    }
    set_.actors.push_back(std::move(e));
    return true;
  }

  bool agent(const Record& r, std::string& error) {
    AgentEntry e;
    if (!dict::parse_native_agent_code(r.fields[0], e, error)) return false;
    e.origin = origin(r.line);
    for (std::string_view item : dict::split_list(r.fields[1]))
      if (!dict::phrase_with_plurals(item, e.origin, e.phrases, error)) return false;
    if (e.phrases.empty()) {
      error = "agent without phrases";
      return false;
    }
    set_.agents.push_back(std::move(e));
    return true;
  }

  bool discard(const Record& r, std::string& error) {
    std::string_view scope = r.fields[0];
    if (scope != "sentence" && scope != "story") {
      error = "discard scope '" + dict::excerpt(scope) + "' (want sentence or story)";
      return false;
    }
    std::vector<DiscardEntry> found;
    for (std::string_view item : dict::split_list(r.fields[1])) {
      DiscardEntry d;
      d.story = scope == "story";
      if (!dict::plain_phrase(item, origin(r.line), d.phrase, error)) return false;
      found.push_back(std::move(d));
    }
    if (found.empty()) {
      error = "discard without phrases";
      return false;
    }
    for (auto& d : found) set_.discards.push_back(std::move(d));
    return true;
  }

  bool noun(const Record& r, std::string& error) {
    NounEvent ne;
    ne.code = std::string(r.fields[0]);
    if (!dict::valid_event_code(ne.code, true)) {
      error = "bad event code '" + dict::excerpt(ne.code) + "'";
      return false;
    }
    ne.origin = origin(r.line);
    for (std::string_view item : dict::split_list(r.fields[1]))
      if (!dict::phrase_with_plurals(item, ne.origin, ne.phrases, error)) return false;
    if (ne.phrases.empty()) {
      error = "noun line without nouns";
      return false;
    }
    for (std::string_view item : dict::split_list(r.fields[2])) {
      std::vector<std::string_view> parts = dict::split_blanks(item);
      std::vector<std::string> prep;
      if (parts.size() == 2) prep = dict::native_words(parts[0]);
      NounFrame f;
      bool role_ok = parts.size() == 2 && (parts[1] == "$" || parts[1] == "+" || parts[1] == "%");
      if (prep.size() != 1 || !role_ok) {
        error = "bad frame '" + dict::excerpt(item) + "' (want a preposition and $, + or %)";
        return false;
      }
      f.prep = std::move(prep[0]);
      f.role = parts[1] == "$"   ? PatKind::Source
               : parts[1] == "+" ? PatKind::Target
                                 : PatKind::Compound;
      ne.frames.push_back(std::move(f));
    }
    if (ne.frames.empty()) {
      error = "noun line without frames";
      return false;
    }
    set_.nouns.push_back(std::move(ne));
    return true;
  }

  // ---- synsets ---------------------------------------------------------------------

  // The latest synset or block of a name, any file: later definitions override earlier ones.
  long find_synset(const std::string& name) const {
    auto it = synsets_.find(name);
    return it == synsets_.end() ? -1 : it->second;
  }

  static void add_member(Synset& s, std::vector<std::string> words) {
    if (std::find(s.members.begin(), s.members.end(), words) == s.members.end())
      s.members.push_back(std::move(words));
  }

  // A synset line adds its members to the synset of that name (defined in this file or an
  // earlier one), or starts it.
  void synset(const Record& r) {
    std::string name, error;
    std::string_view written = r.fields[0];
    if (!written.empty() && written[0] == '&') written.remove_prefix(1);
    if (!name_word(written, name)) {
      diag(r.line, "bad synset name '" + dict::excerpt(r.fields[0]) +
                       "' (want letters, digits and '-'); synset line skipped");
      return;
    }
    std::vector<std::vector<std::string>> members;
    std::vector<std::string> refs;
    for (std::string_view item : dict::split_list(r.fields[1])) {
      if (item[0] == '&') {
        std::string ref;
        if (!name_word(item.substr(1), ref)) {
          diag(r.line, "bad synset reference '" + dict::excerpt(item) + "'; synset line skipped");
          return;
        }
        refs.push_back(std::move(ref));
        continue;
      }
      std::vector<Phrase> phrases;
      if (!dict::phrase_with_plurals(item, origin(r.line), phrases, error)) {
        diag(r.line, error + "; synset line skipped");
        return;
      }
      for (Phrase& p : phrases) members.push_back(std::move(p.words));
    }
    if (members.empty() && refs.empty()) {
      diag(r.line, "synset without members; synset line skipped");
      return;
    }
    long i = find_synset(name);
    if (i < 0) {
      Synset s;
      s.name = name;
      s.origin = origin(r.line);
      set_.synsets.push_back(std::move(s));
      i = static_cast<long>(set_.synsets.size()) - 1;
      synsets_[name] = i;
    }
    for (auto& m : members) add_member(set_.synsets[i], std::move(m));
    for (auto& ref : refs) refs_.push_back({static_cast<size_t>(i), std::move(ref), r.line});
  }

  // "&OTHER" members take OTHER's members, repeated until nothing changes (so chains and
  // cycles of references settle).
  void resolve_synset_references() {
    std::vector<long> target(refs_.size());
    for (size_t k = 0; k < refs_.size(); ++k) {
      target[k] = find_synset(refs_[k].name);
      if (target[k] < 0)
        diag(refs_[k].line, "synset &" + set_.synsets[refs_[k].synset].name +
                                " names unknown synset &" + dict::excerpt(refs_[k].name) +
                                "; member skipped");
    }
    for (bool changed = true; changed;) {
      changed = false;
      for (size_t k = 0; k < refs_.size(); ++k) {
        if (target[k] < 0 || static_cast<size_t>(target[k]) == refs_[k].synset) continue;
        Synset& to = set_.synsets[refs_[k].synset];
        const auto from = set_.synsets[target[k]].members;  // a copy: `to` may grow
        for (const auto& m : from) {
          size_t before = to.members.size();
          add_member(to, m);
          changed |= to.members.size() != before;
        }
      }
    }
  }

  // ---- verbs and patterns ----------------------------------------------------------

  long find_block(const std::string& name) const {
    auto it = blocks_.find(name);
    return it == blocks_.end() ? -1 : it->second;
  }

  bool verb(const Record& r, std::string& error) {
    std::string block;
    if (!name_word(r.fields[0], block)) {
      error = "bad block name '" + dict::excerpt(r.fields[0]) + "' (want one word)";
      return false;
    }
    std::string code(r.fields[1]);
    if (!dict::valid_event_code(code, true)) {
      error = "bad event code '" + dict::excerpt(code) + "'";
      return false;
    }
    std::vector<VerbEntry> entries;
    for (std::string_view item : dict::split_list(r.fields[2])) {
      VerbEntry e;
      if (!dict::native_verb_forms(item, irregular_, e, error)) return false;
      auto seen = lemmas_.find(e.forms[0].words);
      if (seen != lemmas_.end()) {
        error = "verb '" + dict::excerpt(e.name) + "' already listed on line " +
                std::to_string(seen->second);
        return false;
      }
      bool twice = std::any_of(entries.begin(), entries.end(),
                               [&](const VerbEntry& o) { return o.forms[0].words == e.forms[0].words; });
      if (twice) {
        error = "verb '" + dict::excerpt(e.name) + "' listed twice";
        return false;
      }
      e.code = code;
      e.origin = origin(r.line);
      entries.push_back(std::move(e));
    }
    if (entries.empty()) {
      error = "verb line without lemmas";
      return false;
    }
    long b = find_block(block);
    if (b < 0) {
      VerbBlock vb;
      vb.name = block;
      vb.code = code;
      vb.origin = origin(r.line);
      set_.verb_blocks.push_back(std::move(vb));
      b = static_cast<long>(set_.verb_blocks.size()) - 1;
      blocks_[block] = b;
    }
    for (VerbEntry& e : entries) {
      lemmas_.emplace(e.forms[0].words, r.line);
      e.block = static_cast<int>(b);
      set_.verbs.push_back(std::move(e));
    }
    return true;
  }

  bool pattern(const Record& r, std::string& error) {
    std::string block;
    if (!name_word(r.fields[0], block)) {
      error = "bad block name '" + dict::excerpt(r.fields[0]) + "' (want one word)";
      return false;
    }
    long b = find_block(block);
    if (b < 0) {
      error = "no verb line defines block " + block;
      return false;
    }
    Pattern p;
    p.code = std::string(r.fields[1]);
    if (!dict::valid_event_code(p.code, true)) {
      error = "bad event code '" + dict::excerpt(p.code) + "'";
      return false;
    }
    if (!dict::parse_pattern(r.fields[2], p, error)) {
      error += " in '" + dict::excerpt(r.fields[2]) + "'";
      return false;
    }
    for (const auto* part : {&p.pre, &p.post})
      for (const PatElem& e : *part)
        if (e.kind == PatKind::Synset && find_synset(e.word) < 0) {
          error = "undefined synset &" + dict::excerpt(e.word);
          return false;
        }
    p.text = std::string(r.fields[2]);
    p.origin = origin(r.line);
    set_.verb_blocks[b].patterns.push_back(std::move(p));
    return true;
  }

  struct SynsetRef {
    size_t synset;     // the synset that gets the members
    std::string name;  // the synset named in the member list
    int line;
  };

  const std::string& name_;
  DictionarySet& set_;
  const dict::IrregularVerbs& irregular_;
  std::vector<std::pair<int, std::string>> diags_;  // (line, message)
  std::vector<SynsetRef> refs_;
  std::unordered_map<std::string, long> synsets_;  // name -> latest index in set_.synsets
  std::unordered_map<std::string, long> blocks_;   // uppercase name -> latest verb block
  // A lemma belongs to one block per file (across files, later files override).
  std::map<std::vector<std::string>, int> lemmas_;  // base words -> line
};

}  // namespace

void parse_native(std::string_view text, const std::string& name, DictionarySet& set) {
  dict::begin_source(set, text, name);
  NativeReader reader(name, set);
  reader.read(text);
}

}  // namespace dyad
