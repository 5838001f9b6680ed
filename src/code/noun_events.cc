#include "code/noun_events.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "dyad/parse.h"

namespace dyad {

namespace {

// Verbs that carry no event of their own and hand their subject to the noun they govern:
// "launched an attack", "held talks", "announced the withdrawal".
bool is_support_verb(const std::string& lemma) {
  static const std::array<std::string_view, 17> kSupport = {
      "ANNOUNCE", "BEGIN",  "START", "COMPLETE", "ORDER",    "CONDUCT", "LAUNCH",
      "HOLD",     "CARRY",  "STAGE", "MAKE",     "HAVE",     "OPEN",    "RESUME",
      "CONTINUE", "PLAN",   "MOUNT"};
  return std::find(kSupport.begin(), kSupport.end(), lemma) != kSupport.end();
}

bool in_verb(const std::vector<VerbHit>& verbs, int i) {
  for (const auto& h : verbs)
    if (h.range.contains(i)) return true;
  return false;
}

// The unit right after the first `prep` following the noun, inside the noun's clause.
int unit_after_prep(const SentenceView& v, int from, int end, const std::string& prep,
                    bool want_compound) {
  for (int i = from; i + 1 < end; ++i) {
    if (v.toks[i].upper != prep) continue;
    int u = v.unit_of_token[i + 1];
    if (u < 0 || v.units[u].readings.empty()) continue;
    if (want_compound && !v.units[u].compound) continue;
    return u;
  }
  return -1;
}

}  // namespace

std::vector<NounHit> find_noun_events(const SentenceView& v, const std::vector<VerbHit>& verbs,
                                      const std::vector<int>& coded_verb_heads) {
  std::vector<NounHit> out;
  const CompiledDictionaries& d = v.dicts;
  if (d.set.nouns.empty()) return out;
  const int n = v.size();
  for (int i = 0; i < n; ++i) {
    auto m = d.nouns.longest_at(v.word_ids, static_cast<size_t>(i));
    if (m.length == 0 || !m.ids || m.ids->empty()) continue;
    int last = i + static_cast<int>(m.length) - 1;
    if (!is_noun(v.toks[last].tag) || in_verb(verbs, i)) continue;
    NounHit h;
    h.range = {i, last + 1};
    h.entry = m.ids->back();
    const NounEvent& ne = d.set.nouns[h.entry];
    int end = scope_end(v, h.range.end);

    // A possessor or adjective actor inside the noun's own phrase: "Macron's meeting",
    // "the French withdrawal".
    int u = v.unit_of_token[i];
    if (u >= 0 && !v.units[u].readings.empty() && v.units[u].range.begin < i) {
      bool actor_before = false;
      for (const auto& r : v.units[u].readings)
        if (r.range.begin < i) actor_before = true;
      if (actor_before) h.source_unit = u;
    }
    for (const NounFrame& f : ne.frames) {
      bool compound = f.role == PatKind::Compound;
      int x = unit_after_prep(v, h.range.end, end, f.prep, compound);
      if (x < 0 || x == h.source_unit) continue;
      if (compound && h.target_unit < 0) {
        h.source_unit = x;
        h.mutual = true;
      } else if (f.role == PatKind::Source && (h.source_unit < 0 || h.source_unit == u)) {
        if (h.source_unit < 0) h.source_unit = x;
      } else if (f.role == PatKind::Target && h.target_unit < 0) {
        h.target_unit = x;
      }
    }
    // "Russia launched an attack on Ukraine": a support verb's subject is the source.
    if (h.source_unit < 0) {
      int g = -1;
      for (int k = i - 1; k >= 0; --k) {
        if (v.ps.vg_of_token[k] >= 0) {
          g = v.ps.vg_of_token[k];
          break;
        }
        if (v.ps.mark[k] != ClauseMark::None) break;
      }
      if (g >= 0) {
        int head = v.ps.vgs[g].head;
        bool coded = std::find(coded_verb_heads.begin(), coded_verb_heads.end(), head) !=
                     coded_verb_heads.end();
        if (!coded && is_support_verb(v.toks[head].lemma) && !v.ps.vgs[g].negated) {
          RoleContext rc;
          if (h.target_unit >= 0) rc.used.push_back(h.target_unit);
          h.source_unit = find_subject(v, v.ps.vgs[g].range.begin, rc, nullptr);
        }
      }
    }
    // "Russia and China held joint exercises": a compound source with no other party acts
    // with itself, as compound subjects of verbs do.
    if (h.source_unit >= 0 && h.target_unit < 0 && v.units[h.source_unit].compound)
      h.mutual = true;
    if (h.source_unit >= 0 && (h.target_unit >= 0 || h.mutual)) out.push_back(h);
    i = last;
  }
  return out;
}

}  // namespace dyad
