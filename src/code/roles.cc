#include "code/roles.h"

#include "dyad/parse.h"

namespace dyad {

namespace {

bool is_pronoun_np(const SentenceView& v, const TokenRange& r) {
  if (r.size() != 1) return false;
  Pos p = v.toks[r.begin].tag;
  return p == Pos::PRP || p == Pos::EX;
}

bool preceded_by_preposition(const SentenceView& v, int b) {
  if (b == 0) return false;
  Pos p = v.toks[b - 1].tag;
  return p == Pos::IN || p == Pos::TO;
}

bool in_any(const std::vector<TokenRange>& rs, int i) {
  for (const auto& r : rs)
    if (r.contains(i)) return true;
  return false;
}

}  // namespace

int find_subject(const SentenceView& v, int verb_begin, const RoleContext& rc,
                 int* object_antecedent) {
  std::vector<TokenRange> excluded;
  int right = verb_begin;  // search region is [clause_begin, right)
  for (int hop = 0; hop < 6 && right > 0; ++hop) {
    int clause_begin = 0;
    int k = right - 1;
    int boundary = -1;
    for (; k >= 0; --k) {
      ClauseMark m = v.ps.mark[k];
      if (m == ClauseMark::None) continue;
      if (m == ClauseMark::Relative) {
        int vgs_between = 0;
        for (const auto& g : v.ps.vgs)
          if (g.range.begin > k && g.range.begin < right) ++vgs_between;
        if (vgs_between > 0) {
          excluded.push_back({k, right});  // a finished relative clause: skip it
          continue;
        }
        // The verb is the relative clause's own: its subject is inside, or the antecedent.
        int best = -1;
        for (size_t u = 0; u < v.units.size(); ++u) {
          const ActorUnit& un = v.units[u];
          if (un.readings.empty() || rc.is_used(static_cast<int>(u))) continue;
          if (un.range.begin > k && un.range.end <= right) {
            best = static_cast<int>(u);
            break;
          }
        }
        int ante = -1;
        for (int i = k - 1; i >= 0; --i) {
          int u = v.unit_of_token[i];
          if (u >= 0 && !v.units[u].readings.empty() && !rc.is_used(u)) {
            ante = u;
            break;
          }
          if (v.ps.mark[i] != ClauseMark::None) break;
        }
        if (best >= 0) {
          if (object_antecedent) *object_antecedent = ante;
          return best;
        }
        return ante;
      }
      boundary = k;
      bool starts_here = m == ClauseMark::Complement && !lower_equals(v.toks[k].text, "that");
      clause_begin = starts_here ? k : k + 1;
      break;
    }
    if (k < 0) clause_begin = 0;

    int first_subjectlike = -1, first_any = -1;
    bool only_pronouns_or_used = true;
    for (int i = clause_begin; i < right; ++i) {
      if (in_any(excluded, i)) continue;
      int np = v.ps.np_of_token[i];
      if (np >= 0 && !is_pronoun_np(v, v.ps.nps[np])) {
        int u = v.unit_of_token[i];
        if (!(u >= 0 && rc.is_used(u))) only_pronouns_or_used = false;
      }
      int u = v.unit_of_token[i];
      if (u < 0 || v.units[u].range.begin != i) continue;
      const ActorUnit& un = v.units[u];
      // A unit may run into the verb when the chunker took the first word of a multi-word
      // verb ("Gondor wire | tapped"); it still stands before it.
      if (un.readings.empty() || rc.is_used(u) || un.range.begin >= right) continue;
      if (first_any < 0) first_any = u;
      if (first_subjectlike < 0 && !preceded_by_preposition(v, i)) first_subjectlike = u;
    }
    if (first_subjectlike >= 0) return first_subjectlike;
    if (first_any >= 0) return first_any;
    if (boundary < 0 || !only_pronouns_or_used) return -1;
    right = boundary;  // pronoun or empty subject: look in the enclosing clause
  }
  return -1;
}

int scope_end(const SentenceView& v, int verb_end) {
  for (int i = verb_end; i < v.size(); ++i) {
    ClauseMark m = v.ps.mark[i];
    if (m == ClauseMark::Hard || m == ClauseMark::Subordinator || m == ClauseMark::Coordinate)
      return i;
  }
  return v.size();
}

int find_target(const SentenceView& v, int verb_end, const RoleContext& rc) {
  int end = scope_end(v, verb_end);
  for (int i = verb_end; i < end; ++i) {
    int u = v.unit_of_token[i];
    if (u < 0 || v.units[u].readings.empty() || rc.is_used(u)) continue;
    if (v.units[u].range.begin < verb_end) continue;
    return u;
  }
  return -1;
}

int find_by_agent(const SentenceView& v, const VerbHit& hit) {
  int g = v.ps.vg_of_token[hit.head];
  if (g < 0 || !v.ps.vgs[g].passive) return -1;
  int i = hit.range.end;
  while (i < v.size() && is_adv(v.toks[i].tag)) ++i;
  if (i >= v.size() || !lower_equals(v.toks[i].text, "by")) return -1;
  int u = i + 1 < v.size() ? v.unit_of_token[i + 1] : -1;
  return u >= 0 && !v.units[u].readings.empty() ? u : -1;
}

}  // namespace dyad
