#include "code/event_context.h"

#include <array>
#include <cstdlib>
#include <string_view>

#include "code/roles.h"
#include "dyad/parse.h"

namespace dyad {

namespace {

template <size_t N>
bool one_of(const std::string& w, const std::array<std::string_view, N>& set) {
  for (auto s : set)
    if (w == s) return true;
  return false;
}

// The verb group that ends right before `pos` (adverbs, "to", objects of a few tokens
// allowed): the verb that governs an infinitive ("urged Mali to withdraw").
int governing_group(const SentenceView& v, int pos, int max_gap) {
  for (int k = pos - 1, gap = 0; k >= 0 && gap <= max_gap; --k, ++gap) {
    int g = v.ps.vg_of_token[k];
    if (g >= 0) return g;
    if (v.ps.mark[k] == ClauseMark::Hard || v.ps.mark[k] == ClauseMark::Subordinator) break;
  }
  return -1;
}

std::string status_of(const SentenceView& v, TokenRange trigger, int cb) {
  static const std::array<std::string_view, 5> kFuture = {"will", "'ll", "shall", "would", "wo"};
  static const std::array<std::string_view, 5> kMaybe = {"could", "might", "may", "should",
                                                         "can"};
  static const std::array<std::string_view, 14> kIntend = {
      "PLAN",    "INTEND",   "VOW",    "AIM",   "PROMISE", "THREATEN", "PLEDGE",
      "PREPARE", "DECIDE",   "AGREE",  "SEEK",  "WANT",    "HOPE",     "EXPECT"};
  static const std::array<std::string_view, 8> kDemand = {"URGE",  "CALL",    "ASK",  "DEMAND",
                                                          "PRESS", "REQUEST", "TELL", "ORDER"};
  static const std::array<std::string_view, 3> kDeny = {"DENY", "REJECT", "DISMISS"};

  if (cb > 0) {  // "if" / "unless" clauses
    std::string w = lower_ascii(v.toks[cb - 1].text);
    if (w == "if" || w == "unless") return "conditional";
  }
  int g = v.ps.vg_of_token[trigger.begin];
  if (g < 0 && trigger.end > 0) g = v.ps.vg_of_token[trigger.end - 1];
  if (g >= 0) {
    const VerbGroup& vg = v.ps.vgs[g];
    for (int k = vg.range.begin; k < vg.range.end; ++k) {
      std::string w = lower_ascii(v.toks[k].text);
      if (v.toks[k].tag != Pos::MD) continue;
      if (one_of(w, kFuture)) return "intended";
      if (one_of(w, kMaybe)) return "hypothetical";
    }
    // "about to restore", "plans to withdraw", "urged Mali to withdraw", "denied attacking"
    int b = vg.range.begin;
    bool infinitive = b > 0 && v.toks[b - 1].tag == Pos::TO;
    int gov = governing_group(v, infinitive ? b - 1 : b, infinitive ? 4 : 1);
    if (infinitive && b > 1 && lower_equals(v.toks[b - 2].text, "about")) return "intended";
    if (gov >= 0) {
      const std::string& lemma = v.toks[v.ps.vgs[gov].head].lemma;
      if (infinitive && one_of(lemma, kDemand)) return "demanded";
      if (infinitive && one_of(lemma, kIntend)) return "intended";
      if (one_of(lemma, kDeny)) return "denied";
      if (infinitive && lemma == "BE" && v.ps.vgs[gov].range.size() == 1) return "intended";
    }
  }
  return "happened";
}

}  // namespace

int clause_begin(const SentenceView& v, int pos) {
  for (int k = pos - 1; k >= 0; --k) {
    ClauseMark m = v.ps.mark[k];
    if (m == ClauseMark::None) continue;
    if (m == ClauseMark::Complement && !lower_equals(v.toks[k].text, "that")) return k;
    return k + 1;
  }
  return 0;
}

EventContext event_context(const SentenceView& v, TokenRange trigger,
                           const std::vector<TimeExpr>& times, int article_date) {
  EventContext c;
  c.date = article_date;
  int cb = clause_begin(v, trigger.begin);
  int ce = scope_end(v, trigger.end);
  // The nearest time expression inside the event's own clause.
  int best = -1, best_dist = 1 << 30;
  for (size_t i = 0; i < times.size(); ++i) {
    const TimeExpr& t = times[i];
    if (t.range.begin < cb || t.range.end > ce) continue;
    int dist = t.range.begin >= trigger.end ? t.range.begin - trigger.end
                                            : std::abs(trigger.begin - t.range.end);
    if (dist < best_dist) {
      best = static_cast<int>(i);
      best_dist = dist;
    }
  }
  if (best >= 0) {
    c.date = times[best].date;
    c.historical = times[best].historical;
    c.date_range = times[best].range;
  }
  c.status = status_of(v, trigger, cb);

  // Reported speech: the clause is the complement of a speech verb ("Macron says France will
  // withdraw", "Macron said, 'We cannot ...'"); its subject is who reported the event.
  if (cb > 0 && (v.ps.mark[cb] == ClauseMark::Complement ||
                 (cb - 1 >= 0 && v.ps.mark[cb - 1] == ClauseMark::Complement))) {
    int g = governing_group(v, cb, 3);
    if (g >= 0 && is_speech_lemma(v.toks[v.ps.vgs[g].head].lemma)) {
      RoleContext rc;
      int u = find_subject(v, v.ps.vgs[g].range.begin, rc, nullptr);
      if (u >= 0) {
        c.attribution_unit = u;
        c.attribution_verb = {v.ps.vgs[g].head, v.ps.vgs[g].head + 1};
        if (c.status == "intended") c.status = "announced";
      }
    }
  }
  return c;
}

}  // namespace dyad
