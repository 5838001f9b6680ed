// Reading gold files: one expectation per JSON line.
#include <fstream>
#include <set>

#include "dyad/article.h"
#include "dyad/eval.h"
#include "eval/json_fields.h"

namespace dyad {

using eval_detail::json;

const char* gold_kind_name(GoldKind kind) {
  switch (kind) {
    case GoldKind::Require:
      return "require";
    case GoldKind::Allow:
      return "allow";
    case GoldKind::Forbid:
      return "forbid";
    case GoldKind::Quantity:
      return "quantity";
  }
  return "?";
}

namespace {

std::optional<GoldKind> kind_from(const std::string& s) {
  for (GoldKind k : {GoldKind::Require, GoldKind::Allow, GoldKind::Forbid, GoldKind::Quantity})
    if (s == gold_kind_name(k)) return k;
  return std::nullopt;
}

// Fills `g` from one parsed line; returns an error message, empty when fine.
std::string read_line(const json& obj, GoldLine& g) {
  using namespace eval_detail;
  if (!obj.is_object()) return std::string("expected a JSON object, got ") + obj.type_name();
  std::string error, kind;
  if (!get_string(obj, "id", g.id, error) || !get_string(obj, "kind", kind, error)) return error;
  if (kind.empty()) return "missing 'kind'";
  auto k = kind_from(kind);
  if (!k) return "unknown kind '" + kind + "' (want require, allow, forbid or quantity)";
  g.kind = *k;
  if (g.id.empty()) return "missing or empty 'id'";
  if (!get_string(obj, "sentence_contains", g.sentence_contains, error)) return error;
  if (g.sentence_contains.empty()) return "missing or empty 'sentence_contains'";
  if (!get_string(obj, "location_country", g.location_country, error)) return error;
  if (g.kind == GoldKind::Quantity) {
    std::optional<double> value;
    if (!get_strings(obj, "actor", g.actor, error) || !get_string(obj, "what", g.what, error) ||
        !get_number(obj, "value", value, error) ||
        !get_bool(obj, "approximate", g.approximate, error))
      return error;
    if (g.what.empty()) return "quantity line without 'what'";
    if (!value) return "quantity line without 'value'";
    g.value = *value;
    return "";
  }
  std::string date;
  if (!get_strings(obj, "source", g.source, error) ||
      !get_strings(obj, "target", g.target, error) || !get_strings(obj, "code", g.code, error) ||
      !get_string(obj, "date", date, error))
    return error;
  if (!date.empty()) {
    int ymd = parse_date(date);
    if (ymd == 0) return "invalid date '" + date + "'";
    g.date = format_date(ymd);
  }
  return "";
}

}  // namespace

Gold parse_gold(std::istream& in, const std::string& name) {
  Gold gold;
  std::set<std::string> ids;
  std::string text;
  for (int number = 1; std::getline(in, text); ++number) {
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) continue;
    std::string error;
    auto obj = eval_detail::parse_line(text, error);
    GoldLine g;
    g.line = number;
    if (obj) error = read_line(*obj, g);
    std::string record = eval_detail::line_record(name, number, g.id);
    if (!error.empty()) {
      gold.problems.push_back({record, error});
      continue;
    }
    if (!ids.insert(g.id).second)
      gold.problems.push_back({record, "duplicate id '" + g.id + "'", false});
    gold.lines.push_back(std::move(g));
  }
  return gold;
}

Result<Gold> load_gold(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"cannot open gold file " + path};
  Gold gold = parse_gold(in, path);
  if (in.bad()) return Error{"cannot read gold file " + path};
  return gold;
}

}  // namespace dyad
