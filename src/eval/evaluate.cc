// Scoring: which gold lines the output satisfies, recall, precision, per-root counts and the
// root confusion table.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

#include "dyad/article.h"
#include "dyad/eval.h"

namespace dyad {

namespace {

constexpr size_t kClosest = 3;
const char* const kNone = "(none)";

// Whitespace runs become one space so that a gold substring written on one line still finds
// a sentence whose text had a line break in it.
std::string squeeze(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

bool any_glob(const std::vector<std::string>& patterns, const std::string& value) {
  if (patterns.empty()) return true;
  for (const auto& p : patterns)
    if (glob_match(p, value)) return true;
  return false;
}

bool same_date(const std::string& gold, const std::string& produced) {
  int g = parse_date(gold), p = parse_date(produced);
  return g != 0 && p != 0 ? g == p : gold == produced;
}

bool same_ci(const std::string& a, const std::string& b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

std::string root_of(const std::string& code) { return code.empty() ? kNone : code.substr(0, 2); }

std::vector<std::string> event_mismatches(const GoldLine& g, const ProducedEvent& e,
                                          const EvalOptions& opt) {
  std::vector<std::string> m;
  if (!any_glob(g.source, e.source)) m.push_back("source");
  if (!any_glob(g.target, e.target)) m.push_back("target");
  if (!any_glob(g.code, e.code)) m.push_back("code");
  if (opt.check_date && !g.date.empty() && !same_date(g.date, e.date)) m.push_back("date");
  if (opt.check_location && !g.location_country.empty() &&
      !same_ci(g.location_country, e.location_country))
    m.push_back("location");
  return m;
}

std::vector<std::string> quantity_mismatches(const GoldLine& g, const ProducedQuantity& q,
                                             const EvalOptions& opt) {
  std::vector<std::string> m;
  if (!same_ci(g.what, q.what)) m.push_back("what");
  if (std::fabs(g.value - q.value) > 1e-9 * std::max(1.0, std::fabs(g.value))) m.push_back("value");
  if (!any_glob(g.actor, q.actor)) m.push_back("actor");
  if (g.approximate && *g.approximate != q.approximate.value_or(false)) m.push_back("approximate");
  if (opt.check_location && !g.location_country.empty() &&
      !same_ci(g.location_country, q.location_country))
    m.push_back("location");
  return m;
}

std::string number_text(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

Candidate describe(const ProducedEvent& e, std::vector<std::string> mismatches) {
  Candidate c;
  c.id = e.id;
  c.line = e.line;
  c.summary = (e.source.empty() ? "-" : e.source) + " -> " + (e.target.empty() ? "-" : e.target) +
              " " + e.code;
  if (!e.date.empty()) c.summary += " " + e.date;
  if (!e.location_country.empty()) c.summary += " " + e.location_country;
  c.mismatches = std::move(mismatches);
  return c;
}

Candidate describe(const ProducedQuantity& q, int line, std::vector<std::string> mismatches) {
  Candidate c;
  c.is_quantity = true;
  c.line = line;
  c.summary = (q.actor.empty() ? "-" : q.actor) + " " + q.what + " " + number_text(q.value);
  if (q.approximate.value_or(false)) c.summary += " ~";
  if (!q.location_country.empty()) c.summary += " " + q.location_country;
  c.mismatches = std::move(mismatches);
  return c;
}

// Keeps the kClosest candidates with the fewest mismatches (stable: earlier output first).
void keep_closest(std::vector<Candidate>& all) {
  std::stable_sort(all.begin(), all.end(), [](const Candidate& a, const Candidate& b) {
    return a.mismatches.size() < b.mismatches.size();
  });
  if (all.size() > kClosest) all.resize(kClosest);
}

struct Scorer {
  const Produced& produced;
  const EvalOptions& options;
  std::vector<std::string> event_text;     // squeezed sentence text per event
  std::vector<std::string> quantity_text;  // squeezed text per quantity record
  std::vector<bool> event_matched;         // by a require or allow line

  Scorer(const Produced& p, const EvalOptions& o)
      : produced(p), options(o), event_matched(p.events.size(), false) {
    for (const auto& e : p.events) event_text.push_back(squeeze(e.text));
    for (const auto& q : p.quantities) quantity_text.push_back(squeeze(q.text));
  }

  std::vector<size_t> events_in(const std::string& needle) const {
    std::vector<size_t> out;
    for (size_t i = 0; i < event_text.size(); ++i)
      if (event_text[i].find(needle) != std::string::npos) out.push_back(i);
    return out;
  }

  void score_event_line(LineOutcome& o, EvalReport& r) {
    const GoldLine& g = o.gold;
    std::vector<size_t> in_sentence = events_in(squeeze(g.sentence_contains));
    o.sentence_items = in_sentence.size();
    std::vector<Candidate> near;
    for (size_t i : in_sentence) {
      const ProducedEvent& e = produced.events[i];
      auto m = event_mismatches(g, e, options);
      if (m.empty()) {
        o.matches.push_back(describe(e, {}));
        if (g.kind == GoldKind::Require || g.kind == GoldKind::Allow) event_matched[i] = true;
      } else {
        near.push_back(describe(e, std::move(m)));
      }
    }
    bool matched = !o.matches.empty();
    switch (g.kind) {
      case GoldKind::Require:
        ++r.require_total;
        r.require_matched += matched;
        o.passed = matched;
        confuse(g, in_sentence, r);
        break;
      case GoldKind::Allow:
        ++r.allow_total;
        r.allow_matched += matched;
        o.passed = true;
        break;
      case GoldKind::Forbid:
        ++r.forbid_total;
        r.forbid_violated += matched;
        o.passed = !matched;
        break;
      case GoldKind::Quantity:
        break;
    }
    if (g.kind == GoldKind::Require && !matched) {
      keep_closest(near);
      o.closest = std::move(near);
    }
  }

  void confuse(const GoldLine& g, const std::vector<size_t>& in_sentence, EvalReport& r) const {
    std::string gold_root = g.code.empty() ? "*" : g.code.front().substr(0, 2);
    auto& row = r.confusion[gold_root];
    if (in_sentence.empty()) ++row[kNone];
    for (size_t i : in_sentence) ++row[root_of(produced.events[i].code)];
  }

  void score_quantity_line(LineOutcome& o, EvalReport& r) const {
    const GoldLine& g = o.gold;
    std::string needle = squeeze(g.sentence_contains);
    std::vector<Candidate> near;
    auto consider = [&](const ProducedQuantity& q, int line, const std::string& event_id) {
      ++o.sentence_items;
      auto m = quantity_mismatches(g, q, options);
      Candidate c = describe(q, line, m);
      c.id = event_id;
      (m.empty() ? o.matches : near).push_back(std::move(c));
    };
    for (size_t i = 0; i < produced.quantities.size(); ++i)
      if (quantity_text[i].find(needle) != std::string::npos)
        consider(produced.quantities[i].quantity, produced.quantities[i].line, "");
    for (size_t i : events_in(needle))
      for (const auto& q : produced.events[i].quantities)
        consider(q, produced.events[i].line, produced.events[i].id);
    ++r.quantity_total;
    o.passed = !o.matches.empty();
    r.quantity_matched += o.passed;
    if (!o.passed) {
      keep_closest(near);
      o.closest = std::move(near);
    }
  }
};

}  // namespace

bool EvalReport::passed() const {
  return require_matched == require_total && forbid_violated == 0 &&
         quantity_matched == quantity_total;
}

EvalReport evaluate(const Gold& gold, const Produced& produced, const EvalOptions& options) {
  EvalReport r;
  Scorer scorer(produced, options);
  for (const GoldLine& g : gold.lines) {
    LineOutcome o;
    o.gold = g;
    if (g.kind == GoldKind::Quantity)
      scorer.score_quantity_line(o, r);
    else
      scorer.score_event_line(o, r);
    r.lines.push_back(std::move(o));
  }
  r.events_total = produced.events.size();
  for (size_t i = 0; i < produced.events.size(); ++i) {
    RootCount& c = r.per_root[root_of(produced.events[i].code)];
    if (scorer.event_matched[i]) {
      ++r.events_matched;
      ++c.matched;
    } else {
      ++c.unmatched;
    }
  }
  if (r.require_total) r.recall = double(r.require_matched) / double(r.require_total);
  if (r.events_total) r.precision = double(r.events_matched) / double(r.events_total);
  r.problems = gold.problems;
  r.problems.insert(r.problems.end(), produced.problems.begin(), produced.problems.end());
  return r;
}

}  // namespace dyad
