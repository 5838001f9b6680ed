// Text and JSON renderings of an EvalReport.
#include <cstdio>
#include <nlohmann/json.hpp>
#include <ostream>

#include "dyad/eval.h"

namespace dyad {

namespace {

const char* status_word(const LineOutcome& o) {
  if (o.gold.kind == GoldKind::Allow) return o.matches.empty() ? "NONE" : "SEEN";
  return o.passed ? "PASS" : "FAIL";
}

std::string ratio(size_t num, size_t den) {
  std::string s = std::to_string(num) + "/" + std::to_string(den);
  if (den) {
    char buf[32];
    std::snprintf(buf, sizeof buf, " = %.3f", double(num) / double(den));
    s += buf;
  }
  return s;
}

std::string candidate_text(const Candidate& c) {
  std::string s = c.summary;
  if (!c.mismatches.empty()) {
    s += " [differs: ";
    for (size_t i = 0; i < c.mismatches.size(); ++i) s += (i ? ", " : "") + c.mismatches[i];
    s += "]";
  }
  if (!c.id.empty()) s += " (event " + c.id + ")";
  if (c.line) s += " line " + std::to_string(c.line);
  return s;
}

void write_line(std::ostream& out, const LineOutcome& o) {
  const GoldLine& g = o.gold;
  out << status_word(o) << ' ' << gold_kind_name(g.kind) << ' ' << g.id;
  const char* items = g.kind == GoldKind::Quantity ? "quantities" : "events";
  switch (g.kind) {
    case GoldKind::Require:
    case GoldKind::Quantity:
      if (o.passed) break;
      if (o.sentence_items == 0)
        out << ": no " << (g.kind == GoldKind::Quantity ? "quantity" : "event")
            << " from a sentence containing \"" << g.sentence_contains << '"';
      else
        out << ": no match among " << o.sentence_items << ' ' << items << " from \""
            << g.sentence_contains << '"';
      break;
    case GoldKind::Allow:
      out << " (" << o.matches.size() << " of " << o.sentence_items << " events)";
      break;
    case GoldKind::Forbid:
      if (!o.passed) out << ": violated by " << o.matches.size() << " event(s)";
      break;
  }
  out << '\n';
  if (g.kind == GoldKind::Forbid)
    for (const auto& c : o.matches) out << "    violation: " << candidate_text(c) << '\n';
  for (const auto& c : o.closest) out << "    closest: " << candidate_text(c) << '\n';
}

nlohmann::ordered_json candidate_json(const Candidate& c) {
  nlohmann::ordered_json j;
  j["summary"] = c.summary;
  if (!c.id.empty()) j["event"] = c.id;
  j["line"] = c.line;
  j["mismatches"] = c.mismatches;
  return j;
}

nlohmann::ordered_json optional_number(const std::optional<double>& v) {
  return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
}

}  // namespace

void write_text_report(std::ostream& out, const EvalReport& r) {
  for (const auto& o : r.lines) write_line(out, o);
  out << '\n';
  out << "recall     " << ratio(r.require_matched, r.require_total) << " required lines matched\n";
  out << "precision  " << ratio(r.events_matched, r.events_total)
      << " events matched by a require or allow line\n";
  out << "forbid     " << r.forbid_violated << "/" << r.forbid_total << " violated\n";
  out << "quantities " << ratio(r.quantity_matched, r.quantity_total) << " matched\n";
  out << "allow      " << r.allow_matched << "/" << r.allow_total << " seen\n";
  if (!r.per_root.empty()) {
    out << "\nper root (matched/unmatched events):\n";
    for (const auto& [root, c] : r.per_root)
      out << "  " << root << "  " << c.matched << "/" << c.unmatched << '\n';
  }
  if (!r.confusion.empty()) {
    out << "\nconfusion (gold root -> produced roots, events in the required sentences):\n";
    for (const auto& [gold_root, row] : r.confusion) {
      out << "  " << gold_root << " ->";
      for (const auto& [produced_root, n] : row) out << ' ' << produced_root << " x" << n;
      out << '\n';
    }
  }
  if (!r.problems.empty()) {
    out << "\nproblems:\n";
    for (const auto& p : r.problems)
      out << "  " << p.record << ": " << p.message << (p.fatal_for_record ? "" : " (warning)")
          << '\n';
  }
  out << '\n' << (r.passed() ? "PASSED" : "FAILED") << '\n';
}

void write_json_report(std::ostream& out, const EvalReport& r) {
  using ojson = nlohmann::ordered_json;
  ojson j;
  j["passed"] = r.passed();
  j["recall"] = optional_number(r.recall);
  j["precision"] = optional_number(r.precision);
  j["counts"] = {{"require", r.require_total},   {"require_matched", r.require_matched},
                 {"allow", r.allow_total},       {"allow_matched", r.allow_matched},
                 {"forbid", r.forbid_total},     {"forbid_violated", r.forbid_violated},
                 {"quantity", r.quantity_total}, {"quantity_matched", r.quantity_matched},
                 {"events", r.events_total},     {"events_matched", r.events_matched}};
  ojson lines = ojson::array();
  for (const auto& o : r.lines) {
    ojson l;
    l["id"] = o.gold.id;
    l["kind"] = gold_kind_name(o.gold.kind);
    l["status"] = status_word(o);
    l["gold_line"] = o.gold.line;
    l["sentence_contains"] = o.gold.sentence_contains;
    l["sentence_items"] = o.sentence_items;
    l["matches"] = ojson::array();
    for (const auto& c : o.matches) l["matches"].push_back(candidate_json(c));
    l["closest"] = ojson::array();
    for (const auto& c : o.closest) l["closest"].push_back(candidate_json(c));
    lines.push_back(std::move(l));
  }
  j["lines"] = std::move(lines);
  ojson roots = ojson::object();
  for (const auto& [root, c] : r.per_root)
    roots[root] = {{"matched", c.matched}, {"unmatched", c.unmatched}};
  j["per_root"] = std::move(roots);
  ojson confusion = ojson::object();
  for (const auto& [gold_root, row] : r.confusion)
    for (const auto& [produced_root, n] : row) confusion[gold_root][produced_root] = n;
  j["confusion"] = std::move(confusion);
  ojson problems = ojson::array();
  for (const auto& p : r.problems)
    problems.push_back(
        {{"record", p.record}, {"message", p.message}, {"fatal", p.fatal_for_record}});
  j["problems"] = std::move(problems);
  // replace: invalid UTF-8 in a message must not make the dump throw.
  out << j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

}  // namespace dyad
