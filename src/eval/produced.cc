// Reading dyad's JSON Lines output for scoring: event and quantity records.
#include <fstream>

#include "dyad/eval.h"
#include "eval/json_fields.h"

namespace dyad {

using eval_detail::json;

namespace {

std::string read_quantity(const json& obj, ProducedQuantity& q) {
  using namespace eval_detail;
  if (!obj.is_object()) return "a quantity must be an object";
  std::string error;
  std::optional<double> value;
  if (!get_string(obj, "what", q.what, error) || !get_number(obj, "value", value, error) ||
      !get_string(obj, "actor", q.actor, error) ||
      !get_bool(obj, "approximate", q.approximate, error) ||
      !get_country(obj, q.location_country, error))
    return error;
  if (!value) return "quantity without 'value'";
  q.value = *value;
  return "";
}

std::string read_event(const json& obj, ProducedEvent& e) {
  using namespace eval_detail;
  std::string error;
  if (!get_string(obj, "id", e.id, error) || !get_string(obj, "article", e.article, error) ||
      !get_int(obj, "sentence", e.sentence, error) || !get_string(obj, "text", e.text, error) ||
      !get_string(obj, "date", e.date, error) || !get_string(obj, "source", e.source, error) ||
      !get_string(obj, "target", e.target, error) || !get_string(obj, "code", e.code, error) ||
      !get_country(obj, e.location_country, error))
    return error;
  for (const char* key : {"text", "code"})
    if (!obj.contains(key)) return std::string("event without '") + key + "'";
  auto qs = obj.find("quantities");
  if (qs != obj.end() && !qs->is_null()) {
    if (!qs->is_array()) return "'quantities' must be a list";
    for (const json& item : *qs) {
      ProducedQuantity q;
      error = read_quantity(item, q);
      if (!error.empty()) return error;
      e.quantities.push_back(std::move(q));
    }
  }
  return "";
}

std::string read_quantity_record(const json& obj, ProducedQuantityRecord& r) {
  using namespace eval_detail;
  std::string error;
  if (!get_string(obj, "article", r.article, error) ||
      !get_int(obj, "sentence", r.sentence, error) || !get_string(obj, "text", r.text, error))
    return error;
  if (r.text.empty()) return "quantity record without 'text'";
  return read_quantity(obj, r.quantity);
}

}  // namespace

Produced parse_produced(std::istream& in, const std::string& name) {
  Produced out;
  std::string text;
  for (int number = 1; std::getline(in, text); ++number) {
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) continue;
    std::string error, type, id;
    auto obj = eval_detail::parse_line(text, error);
    if (obj && !obj->is_object())
      error = std::string("expected a JSON object, got ") + obj->type_name();
    if (error.empty()) {
      eval_detail::get_string(*obj, "id", id, error);
      if (eval_detail::get_string(*obj, "type", type, error) && type.empty())
        error = "record without 'type'";
    }
    if (error.empty() && type == "event") {
      ProducedEvent e;
      e.line = number;
      error = read_event(*obj, e);
      if (error.empty()) out.events.push_back(std::move(e));
    } else if (error.empty() && type == "quantity") {
      ProducedQuantityRecord r;
      r.line = number;
      error = read_quantity_record(*obj, r);
      if (error.empty()) out.quantities.push_back(std::move(r));
    }
    if (!error.empty()) out.problems.push_back({eval_detail::line_record(name, number, id), error});
  }
  return out;
}

Result<Produced> load_produced(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"cannot open output file " + path};
  Produced out = parse_produced(in, path);
  if (in.bad()) return Error{"cannot read output file " + path};
  return out;
}

}  // namespace dyad
