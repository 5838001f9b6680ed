// Scoring dyad output against a gold file (see ../shared/README.md, "Gold format"):
//
//   Result<Gold> gold = load_gold("seed-article.gold.jsonl");
//   Result<Produced> out = load_produced("events.jsonl");      // dyad JSON Lines output
//   EvalReport report = evaluate(*gold, *out);
//   write_text_report(std::cout, report);   // or write_json_report
//   return report.passed() ? 0 : 1;
//
// Bad lines in either file become Problems (in Gold/Produced and copied into the report);
// only an unreadable file is an Error.
#pragma once
#include <cstddef>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/io.h"
#include "dyad/result.h"

namespace dyad {

// ---- gold ---------------------------------------------------------------------------------

enum class GoldKind { Require, Allow, Forbid, Quantity };
const char* gold_kind_name(GoldKind kind);  // "require", "allow", "forbid", "quantity"

struct GoldLine {
  GoldKind kind = GoldKind::Require;
  std::string id;
  std::string sentence_contains;  // substring of the sentence text (whitespace-insensitive)
  // require / allow / forbid: glob patterns ('*' = any run of characters); an absent or
  // empty list matches anything.
  std::vector<std::string> source, target, code;
  std::string date;              // YYYY-MM-DD; empty = not checked
  std::string location_country;  // e.g. "ML"; empty = not checked (any kind)
  // quantity
  std::vector<std::string> actor;  // glob patterns; empty = any
  std::string what;                // "troops", compared case-insensitively
  double value = 0;
  std::optional<bool> approximate;  // checked only when given
  int line = 0;                     // line in the gold file
};

struct Gold {
  std::vector<GoldLine> lines;
  std::vector<Problem> problems;  // bad lines (skipped) and warnings
};

Gold parse_gold(std::istream& in, const std::string& name);
Result<Gold> load_gold(const std::string& path);

// ---- dyad output ----------------------------------------------------------------------------

// A number tied to an actor. Read from an event's "quantities" array
// [{"what","value","actor","approximate"?,"location":{"country"}?}] or from a record
// {"type":"quantity","article","sentence","text", the same fields}.
// "location_country":"ML" is accepted in place of "location":{"country":"ML"}.
struct ProducedQuantity {
  std::string what;
  double value = 0;
  std::string actor;
  std::optional<bool> approximate;
  std::string location_country;
};

// The fields of a {"type":"event",...} record that scoring looks at.
struct ProducedEvent {
  std::string id, article;
  int sentence = -1;
  std::string text;  // the sentence
  std::string date, source, target, code;
  std::string location_country;  // "location":{"country":...}
  std::vector<ProducedQuantity> quantities;
  int line = 0;  // line in the output file
};

struct ProducedQuantityRecord {
  std::string article;
  int sentence = -1;
  std::string text;
  ProducedQuantity quantity;
  int line = 0;
};

struct Produced {
  std::vector<ProducedEvent> events;
  std::vector<ProducedQuantityRecord> quantities;
  std::vector<Problem> problems;  // bad lines; records of other types are ignored silently
};

Produced parse_produced(std::istream& in, const std::string& name);
Result<Produced> load_produced(const std::string& path);

// '*' matches any run of characters (also none); everything else literally, case-sensitive.
bool glob_match(std::string_view pattern, std::string_view text);

// ---- scoring --------------------------------------------------------------------------------

// An event or quantity as shown in a report, with the gold fields it failed.
struct Candidate {
  bool is_quantity = false;
  std::string id;       // event id (empty for quantities)
  std::string summary;  // "FRAGOV -> MLI 0874 2022-02-17 ML" or "FRA troops 4300 ~ ML"
  std::vector<std::string> mismatches;  // "source", "target", "code", "date", "location",
                                        // "what", "value", "actor", "approximate"
  int line = 0;                         // line in the output file
};

struct LineOutcome {
  GoldLine gold;
  // require / quantity: matched; forbid: not violated; allow: always true.
  bool passed = false;
  size_t sentence_items = 0;       // events (quantities for quantity lines) in that sentence
  std::vector<Candidate> matches;  // items that match the line (for forbid: the violations)
  std::vector<Candidate> closest;  // failed require / quantity: up to 3 nearest items
};

struct RootCount {
  size_t matched = 0, unmatched = 0;
};

struct EvalReport {
  std::vector<LineOutcome> lines;  // in gold file order
  size_t require_total = 0, require_matched = 0;
  size_t allow_total = 0, allow_matched = 0;  // allow lines that matched at least one event
  size_t forbid_total = 0, forbid_violated = 0;
  size_t quantity_total = 0, quantity_matched = 0;
  size_t events_total = 0, events_matched = 0;  // matched = by some require or allow line
  std::optional<double> recall;     // require_matched / require_total; empty when no require
  std::optional<double> precision;  // events_matched / events_total; empty when no events
  // Root = first two characters of the event code ("(none)" when the code is empty).
  std::map<std::string, RootCount> per_root;
  // Gold root (first two characters of a require line's first code pattern) -> produced root
  // -> number of events from that line's sentence; "(none)" when the sentence had no event.
  std::map<std::string, std::map<std::string, size_t>> confusion;
  std::vector<Problem> problems;  // gold problems, then output problems

  // No failed require or quantity line and no violated forbid line.
  bool passed() const;
};

// Which optional gold fields are checked; turning one off scores source, target and code
// only (the core engine's acceptance test runs before event dates and places exist).
struct EvalOptions {
  bool check_date = true;
  bool check_location = true;
};

EvalReport evaluate(const Gold& gold, const Produced& produced, const EvalOptions& options = {});

// One line per gold line ("PASS require withdraw-france", "FAIL ..." with the closest events
// seen in that sentence), then totals, per-root counts, the confusion table and problems.
void write_text_report(std::ostream& out, const EvalReport& report);
// The same as one JSON object (pretty-printed, ends with a newline).
void write_json_report(std::ostream& out, const EvalReport& report);

}  // namespace dyad
