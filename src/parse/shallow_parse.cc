// Base noun phrases, verb groups and clause marks from Penn tags. The rules are small and
// local on purpose: the coder needs subjects, objects and clause edges, not full trees, and
// it needs them in microseconds.
#include <algorithm>
#include <array>
#include <string_view>

#include "dyad/parse.h"

namespace dyad {

namespace {

bool word_in(std::string_view lw, std::initializer_list<std::string_view> words) {
  for (auto w : words)
    if (lw == w) return true;
  return false;
}

bool is_be_form(std::string_view lw) {
  return word_in(lw, {"is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re",
                      "get", "gets", "got", "gotten", "getting"});
}

bool is_negator(std::string_view lw) { return word_in(lw, {"not", "n't", "never"}); }

bool is_conj_word(std::string_view lw) { return word_in(lw, {"and", "or", "nor", "but", "&"}); }

struct Ctx {
  const std::vector<Token>& t;
  const std::vector<int>& name;
  std::vector<std::string_view>& lw;  // lowercase words
  int n;
  Pos tag(int i) const { return i >= 0 && i < n ? t[i].tag : Pos::UNK; }
  bool in_name(int i) const { return i >= 0 && i < n && name[i] >= 0; }
};

// Tags that may continue a noun phrase once it has started.
bool np_inner(Pos p) {
  return is_noun(p) || is_adj(p) || p == Pos::CD || p == Pos::POS || p == Pos::DOLLAR ||
         p == Pos::HASH;
}

bool np_opener(Pos p) {
  return p == Pos::DT || p == Pos::PDT || p == Pos::PRPS || np_inner(p);
}

// A participle used as a premodifier ("the affected villages", "against besieged Osgiliath").
bool premodifier_participle(const Ctx& c, int i) {
  Pos p = c.tag(i);
  if (p != Pos::VBN && p != Pos::VBG) return false;
  Pos next = c.tag(i + 1);
  if (!(is_noun(next) || is_adj(next) || c.in_name(i + 1))) return false;
  Pos prev = c.tag(i - 1);
  return prev == Pos::DT || prev == Pos::PRPS || is_adj(prev) || prev == Pos::IN ||
         prev == Pos::POS || prev == Pos::CD || prev == Pos::PDT;
}

void chunk_noun_phrases(const Ctx& c, ParsedSentence& out) {
  int cur = -1;
  auto close = [&](int end) {
    if (cur >= 0 && end > cur) out.nps.push_back({cur, end});
    cur = -1;
  };
  for (int i = 0; i < c.n; ++i) {
    if (c.in_name(i)) {
      // A dictionary phrase stays whole. It joins a phrase already open only when that
      // phrase could still be modifying it ("the evil awful Gondor", "Gondor's government").
      if (cur >= 0) {
        Pos prev = c.tag(i - 1);
        // A conjunction is inside an open phrase only when it joined two adjectives
        // ("African and European leaders").
        bool joins = np_opener(prev) || c.in_name(i - 1) || premodifier_participle(c, i - 1) ||
                     prev == Pos::CC;
        if (!joins) close(i);
      }
      if (cur < 0) cur = i;
      int id = c.name[i];
      while (i + 1 < c.n && c.name[i + 1] == id) ++i;
      continue;
    }
    Pos p = c.tag(i);
    if (p == Pos::PRP || p == Pos::EX) {
      close(i);
      out.nps.push_back({i, i + 1});
      continue;
    }
    if (p == Pos::DT || p == Pos::PDT || p == Pos::PRPS) {
      // Determiners open a new phrase unless they follow a possessive or predeterminer.
      Pos prev = c.tag(i - 1);
      if (cur >= 0 && (prev == Pos::POS || prev == Pos::PDT)) continue;
      close(i);
      cur = i;
      continue;
    }
    if (p == Pos::CC && cur >= 0 && is_adj(c.tag(i - 1)) &&
        (is_adj(c.tag(i + 1)) || premodifier_participle(c, i + 1) ||
         (c.in_name(i + 1) && !is_noun(c.tag(i + 1))))) {
      continue;  // "awful and evil minister"
    }
    if (np_inner(p) || premodifier_participle(c, i)) {
      if (cur < 0) cur = i;
      continue;
    }
    close(i);
  }
  close(c.n);
}

void find_verb_groups(const Ctx& c, ParsedSentence& out) {
  auto verbish = [&](int i) {
    if (out.np_of_token[i] >= 0) return false;
    Pos p = c.tag(i);
    return is_verb(p) || p == Pos::MD;
  };
  auto adverbish = [&](int i) {
    if (out.np_of_token[i] >= 0) return false;
    Pos p = c.tag(i);
    return is_adv(p) || is_negator(c.lw[i]);
  };
  for (int i = 0; i < c.n;) {
    if (!verbish(i)) {
      ++i;
      continue;
    }
    int j = i, last_verb = -1;
    while (j < c.n && (verbish(j) || adverbish(j))) {
      if (verbish(j)) last_verb = j;
      ++j;
    }
    VerbGroup g;
    g.range = {i, last_verb + 1};
    g.head = last_verb;
    for (int k = i; k <= last_verb; ++k) {
      if (is_negator(c.lw[k])) g.negated = true;
      if (c.tag(k) == Pos::MD) {
        g.modal = true;
        if (g.modal_word.empty()) g.modal_word = std::string(c.lw[k]);
      }
    }
    if (c.tag(last_verb) == Pos::VBN) {
      for (int k = i; k < last_verb; ++k)
        if (is_be_form(c.lw[k])) g.passive = true;
    }
    out.vgs.push_back(g);
    i = last_verb + 1;
  }
}

// Index of the first token after the noun phrase that starts at i, or -1 when none starts.
int np_end_at(const ParsedSentence& ps, int i) {
  if (i < 0 || i >= static_cast<int>(ps.np_of_token.size())) return -1;
  int k = ps.np_of_token[i];
  if (k < 0 || ps.nps[k].begin != i) return -1;
  return ps.nps[k].end;
}

bool vg_starts_at(const ParsedSentence& ps, int i) {
  if (i < 0 || i >= static_cast<int>(ps.vg_of_token.size())) return false;
  int k = ps.vg_of_token[i];
  return k >= 0 && ps.vgs[k].range.begin == i;
}

// A subject noun phrase (possibly several joined by commas/conjunctions) directly followed
// by a verb group: the shape of a new clause.
bool subject_then_verb(const Ctx& c, const ParsedSentence& ps, int i) {
  int e = np_end_at(ps, i);
  if (e < 0) return false;
  // allow "NP and NP", "NP , NP"
  for (int guard = 0; guard < 8; ++guard) {
    if (vg_starts_at(ps, e)) return true;
    if (e < c.n && (is_conj_word(c.lw[e]) || c.tag(e) == Pos::COMMA)) {
      int e2 = np_end_at(ps, e + 1);
      if (e2 < 0) return false;
      e = e2;
      continue;
    }
    return false;
  }
  return false;
}

void mark_clauses(const Ctx& c, ParsedSentence& ps) {
  ps.mark.assign(c.n, ClauseMark::None);
  bool verb_seen = false;  // a verb group occurred since the last mark
  for (int i = 0; i < c.n; ++i) {
    const std::string_view w = c.lw[i];
    Pos p = c.tag(i);
    if (ps.vg_of_token[i] >= 0) verb_seen = true;
    // A lone hyphen ("anti- Gondor") is not a clause break, whatever its tag.
    if (w == ";" || w == ":" || w == "--" || w == "\xE2\x80\x94") {
      ps.mark[i] = ClauseMark::Hard;
      verb_seen = false;
      continue;
    }
    if ((p == Pos::IN || p == Pos::WRB || p == Pos::RB) &&
        word_in(w, {"after", "when", "while", "because", "since", "although", "though", "if",
                    "unless", "before", "until", "whereas", "once"})) {
      if (subject_then_verb(c, ps, i + 1)) {
        ps.mark[i] = ClauseMark::Subordinator;
        verb_seen = false;
      }
      continue;
    }
    if (w == "that" && p != Pos::DT) {
      Pos prev = c.tag(i - 1);
      bool after_noun = is_noun(prev) || (i > 0 && c.in_name(i - 1));
      // "announced on Thursday that ...": a speech verb a few words back takes the clause as
      // its complement even when a noun stands right before "that".
      for (int k = i - 1; k >= 0 && k >= i - 5 && after_noun; --k) {
        int g = ps.vg_of_token[k];
        if (g >= 0) {
          if (is_speech_lemma(c.t[ps.vgs[g].head].lemma)) after_noun = false;
          break;
        }
      }
      ps.mark[i] = (p == Pos::WDT || after_noun) && !is_verb(prev) ? ClauseMark::Relative
                                                                   : ClauseMark::Complement;
      verb_seen = false;
      continue;
    }
    if (p == Pos::WP || p == Pos::WDT || (p == Pos::WRB && w == "where")) {
      ps.mark[i] = ClauseMark::Relative;
      verb_seen = false;
      continue;
    }
    if ((p == Pos::COMMA || (p == Pos::CC && is_conj_word(w))) && verb_seen) {
      int j = i + 1;
      if (p == Pos::COMMA && j < c.n && is_conj_word(c.lw[j])) ++j;
      if (subject_then_verb(c, ps, j)) {
        ps.mark[i] = ClauseMark::Coordinate;
        verb_seen = false;
      }
      continue;
    }
  }
  // The complement of a speech verb starts right after it ("Macron says France will ...").
  for (const VerbGroup& g : ps.vgs) {
    int h = g.head;
    if (!is_speech_lemma(c.t[h].lemma)) continue;
    int j = h + 1;
    while (j < c.n && (c.tag(j) == Pos::COMMA || c.tag(j) == Pos::LQUOTE)) ++j;
    if (j < c.n && ps.mark[j] == ClauseMark::None && subject_then_verb(c, ps, j))
      ps.mark[j] = ClauseMark::Complement;
  }
}

}  // namespace

std::string lower_ascii(const std::string& s) {
  std::string r = s;
  for (char& ch : r)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  return r;
}

bool is_speech_lemma(const std::string& l) {
  // Every listed lemma has 3 to 8 letters.
  if (l.size() < 3 || l.size() > 8) return false;
  static const std::array<std::string_view, 22> kSpeech = {
      "SAY",     "SAID",    "TELL",   "ANNOUNCE", "STATE",   "ADD",     "CLAIM",   "DECLARE",
      "REPORT",  "NOTE",    "INSIST", "ASSERT",   "COMMENT", "EXPLAIN", "REMARK",  "STRESS",
      "BELIEVE", "CONFIRM", "THINK",  "INDICATE", "WRITE",   "SUGGEST"};
  for (auto w : kSpeech)
    if (l == w) return true;
  return false;
}

ParsedSentence shallow_parse(const std::vector<Token>& toks,
                             const std::vector<int>& name_span_of_token) {
  std::vector<int> none;
  const std::vector<int>* names = &name_span_of_token;
  if (name_span_of_token.size() != toks.size()) {
    none.assign(toks.size(), -1);
    names = &none;
  }
  // The lower-case words, back to back in one buffer reused from sentence to sentence: no
  // string per token.
  thread_local std::string lower;
  thread_local std::vector<std::string_view> words;
  size_t total = 0;
  for (const Token& t : toks) total += t.text.size();
  lower.resize(total);
  words.clear();
  char* out = lower.data();
  for (const Token& t : toks) {
    words.emplace_back(out, t.text.size());
    for (char ch : t.text) *out++ = ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch;
  }
  Ctx c{toks, *names, words, static_cast<int>(toks.size())};

  ParsedSentence ps;
  ps.nps.reserve(toks.size() / 2 + 2);  // growing one push at a time costs more
  ps.vgs.reserve(toks.size() / 4 + 2);
  chunk_noun_phrases(c, ps);
  ps.np_of_token.assign(c.n, -1);
  for (size_t k = 0; k < ps.nps.size(); ++k)
    for (int i = ps.nps[k].begin; i < ps.nps[k].end; ++i) ps.np_of_token[i] = static_cast<int>(k);
  find_verb_groups(c, ps);
  ps.vg_of_token.assign(c.n, -1);
  for (size_t k = 0; k < ps.vgs.size(); ++k)
    for (int i = ps.vgs[k].range.begin; i < ps.vgs[k].range.end; ++i)
      ps.vg_of_token[i] = static_cast<int>(k);
  mark_clauses(c, ps);
  return ps;
}

}  // namespace dyad
