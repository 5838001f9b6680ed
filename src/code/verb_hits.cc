#include "code/verb_hits.h"

namespace dyad {

namespace {

bool is_auxiliary_lemma(const std::string& l) {
  return l == "BE" || l == "HAVE" || l == "DO" || l == "GET";
}

// The head word can be read as a verb: tagged as one, or a noun/adjective right after
// "to" or a modal (tagger slips like "to accord", "will bargain").
bool verb_like(const SentenceView& v, int h) {
  Pos p = v.toks[h].tag;
  if (is_verb(p)) {
    // A participle inside a noun phrase modifies a noun ("the affected villages").
    if ((p == Pos::VBN || p == Pos::VBG) && v.ps.np_of_token[h] >= 0) return false;
    return true;
  }
  if (h > 0 && (p == Pos::NN || p == Pos::NNS || p == Pos::JJ || p == Pos::NNP)) {
    Pos prev = v.toks[h - 1].tag;
    return prev == Pos::TO || prev == Pos::MD;
  }
  return false;
}

// An auxiliary: BE/HAVE/DO followed by the group's lexical verb.
bool is_auxiliary(const SentenceView& v, int h) {
  if (!is_auxiliary_lemma(v.toks[h].lemma)) return false;
  int g = v.ps.vg_of_token[h];
  return g >= 0 && v.ps.vgs[g].head > h;
}

int form_head(const CompiledDictionaries& d, uint32_t id, const std::vector<Token>& toks,
              int b, uint32_t len) {
  if (len == 1 && d.one_word_heads_zero) return 0;  // what the search below would find
  for (const VerbForm& f : d.set.verbs[id].forms) {
    if (f.words.size() != len) continue;
    bool same = true;
    for (uint32_t k = 0; k < len && same; ++k) same = f.words[k] == toks[b + k].upper;
    if (same) return f.head;
  }
  return 0;
}

}  // namespace

std::vector<VerbHit> find_verb_hits(const SentenceView& v) {
  std::vector<VerbHit> hits;
  hits.reserve(4);
  const int n = v.size();
  thread_local std::vector<PhraseTrie::Match> matches;
  for (int i = 0; i < n;) {
    bool found = false;
    v.dicts.verbs.all_at(v.word_ids, i, matches);
    for (const auto& m : matches) {
      if (!m.ids || m.ids->empty()) continue;
      int len = static_cast<int>(m.length);
      int head = i + form_head(v.dicts, m.ids->front(), v.toks, i, m.length);
      bool ok = verb_like(v, head);
      for (int k = i; k < i + len && !ok && len > 1; ++k) ok = is_verb(v.toks[k].tag);
      if (!ok || is_auxiliary(v, head)) continue;
      hits.push_back({{i, i + len}, head, *m.ids});
      i += len;
      found = true;
      break;
    }
    if (found) continue;
    if (is_verb(v.toks[i].tag) && verb_like(v, i) && !is_auxiliary(v, i)) {
      auto it = v.dicts.verb_by_lemma.find(v.toks[i].lemma);
      if (it != v.dicts.verb_by_lemma.end()) hits.push_back({{i, i + 1}, i, {it->second}});
    }
    ++i;
  }
  return hits;
}

}  // namespace dyad
