#include "code/pattern_match.h"

#include <algorithm>
#include <string_view>

namespace dyad {

namespace {

bool is_negation_word(const std::string& w) {
  return w == "NOT" || w == "N'T" || w == "NEVER" || w == "NO" || w == "NEITHER" || w == "NOR";
}

const Synset* synset_of(const SentenceView& v, int index) {
  return index < 0 ? nullptr : &v.dicts.set.synsets[index];
}

bool words_at(const SentenceView& v, const std::vector<uint32_t>& words, int b) {
  if (b < 0 || b + static_cast<int>(words.size()) > v.size()) return false;
  for (size_t k = 0; k < words.size(); ++k)
    if (v.word_ids[b + k] != words[k]) return false;
  return true;
}

// Length of the synset member that starts at b (forward) or ends at b (backward); 0 if none.
int synset_at(const SentenceView& v, const Synset& s, int b, bool backward, bool* negation) {
  if (b < 0 || b >= v.size()) return 0;
  const uint32_t word = v.word_ids[b];
  const auto& flags = v.dicts.synset_word_flags;
  if (word < flags.size() &&
      !(flags[word] & (backward ? CompiledDictionaries::kEndsSynsetMember
                                : CompiledDictionaries::kStartsSynsetMember)))
    return 0;  // no synset has a member that starts (ends) with this word
  const auto& index = backward ? s.by_last : s.by_first;
  int best = 0;
  auto it = std::lower_bound(index.begin(), index.end(), std::make_pair(word, 0u));
  for (; it != index.end() && it->first == word; ++it) {
    const auto& m = s.member_ids[it->second];
    int len = static_cast<int>(m.size());
    int start = backward ? b - len + 1 : b;
    if (len > best && words_at(v, m, start)) {
      best = len;
      for (const auto& w : s.members[it->second])
        if (is_negation_word(w)) *negation = true;
    }
  }
  return best;
}

bool unit_fits(const SentenceView& v, int u, PatKind k) {
  const ActorUnit& unit = v.units[u];
  if (unit.readings.empty()) return false;
  return k != PatKind::Compound || unit.compound;
}

struct Cursor {
  int pos;
  bool backward;
};

// Matches one element at or beyond the cursor; moves the cursor past what it consumed.
bool match_elem(const PatElem& e, const SentenceView& v, Cursor& c, PatternMatch* out) {
  const int n = v.size();
  const int step = c.backward ? -1 : 1;
  auto in_range = [&](int i) { return i >= 0 && i < n; };
  switch (e.kind) {
    case PatKind::Word:
      for (int i = c.pos; in_range(i); i += step) {
        if (v.word_ids[i] == e.word_id) {
          if (is_negation_word(e.word)) out->covers_negation = true;
          c.pos = i + step;
          return true;
        }
        if (e.tight) return false;
      }
      return false;
    case PatKind::Synset: {
      const Synset* s = synset_of(v, e.synset);
      if (!s) return false;
      const auto& flags = v.dicts.synset_word_flags;
      const uint8_t edge = c.backward ? CompiledDictionaries::kEndsSynsetMember
                                      : CompiledDictionaries::kStartsSynsetMember;
      for (int i = c.pos; in_range(i); i += step) {
        const uint32_t word = v.word_ids[i];
        if (word < flags.size() && !(flags[word] & edge)) {  // synset_at() would say 0
          if (e.tight) return false;
          continue;
        }
        bool neg = false;
        int len = synset_at(v, *s, i, c.backward, &neg);
        if (len > 0) {
          if (neg) out->covers_negation = true;
          c.pos = c.backward ? i - len : i + len;
          return true;
        }
        if (e.tight) return false;
      }
      return false;
    }
    case PatKind::Skip: {
      // Skips one noun phrase: the one the cursor is in, else the next one.
      for (int i = c.pos; in_range(i); i += step) {
        int np = v.ps.np_of_token[i];
        if (np >= 0) {
          const TokenRange& r = v.ps.nps[np];
          c.pos = c.backward ? r.begin - 1 : r.end;
          return true;
        }
        if (e.tight) return false;
      }
      return false;
    }
    case PatKind::Source:
    case PatKind::Target:
    case PatKind::Compound: {
      for (int i = c.pos; in_range(i); i += step) {
        int u = v.unit_of_token[i];
        if (u >= 0 && unit_fits(v, u, e.kind)) {
          const TokenRange& r = v.units[u].range;
          bool before_verb = c.backward;
          if (e.kind == PatKind::Source || (e.kind == PatKind::Compound && before_verb))
            out->source_unit = u;
          else
            out->target_unit = u;
          c.pos = c.backward ? r.begin - 1 : r.end;
          return true;
        }
        if (e.tight) return false;
      }
      return false;
    }
  }
  return false;
}

}  // namespace

bool match_pattern(const Pattern& p, const SentenceView& v, const VerbHit& hit,
                   PatternMatch* out) {
  for (uint32_t w : p.required_words)
    if (!v.has_word(w)) return false;
  PatternMatch m;
  Cursor back{hit.range.begin - 1, true};
  for (auto it = p.pre.rbegin(); it != p.pre.rend(); ++it) {
    // A tight element must sit right next to its neighbour on the verb side.
    Cursor probe = back;
    if (!match_elem(*it, v, probe, &m)) return false;
    back = probe;
  }
  Cursor fwd{hit.range.end, false};
  for (const PatElem& e : p.post) {
    if (!match_elem(e, v, fwd, &m)) return false;
  }
  *out = m;
  return true;
}

}  // namespace dyad
