#include "eval/json_fields.h"

namespace dyad::eval_detail {

namespace {

std::string wrong_type(const char* key, const json& v, const char* want) {
  return std::string("'") + key + "' must be " + want + ", not " + v.type_name();
}

}  // namespace

bool get_string(const json& obj, const char* key, std::string& out, std::string& error) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return true;
  if (!it->is_string()) {
    error = wrong_type(key, *it, "a string");
    return false;
  }
  out = it->get<std::string>();
  return true;
}

bool get_number(const json& obj, const char* key, std::optional<double>& out, std::string& error) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return true;
  if (!it->is_number()) {
    error = wrong_type(key, *it, "a number");
    return false;
  }
  out = it->get<double>();
  return true;
}

bool get_int(const json& obj, const char* key, int& out, std::string& error) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return true;
  if (!it->is_number_integer()) {
    error = wrong_type(key, *it, "an integer");
    return false;
  }
  out = it->get<int>();
  return true;
}

bool get_bool(const json& obj, const char* key, std::optional<bool>& out, std::string& error) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return true;
  if (!it->is_boolean()) {
    error = wrong_type(key, *it, "true or false");
    return false;
  }
  out = it->get<bool>();
  return true;
}

bool get_strings(const json& obj, const char* key, std::vector<std::string>& out,
                 std::string& error) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return true;
  if (it->is_string()) {
    out = {it->get<std::string>()};
    return true;
  }
  if (!it->is_array()) {
    error = wrong_type(key, *it, "a list of strings");
    return false;
  }
  std::vector<std::string> list;
  for (const json& v : *it) {
    if (!v.is_string()) {
      error = wrong_type(key, v, "a list of strings, with an element that is");
      return false;
    }
    list.push_back(v.get<std::string>());
  }
  out = std::move(list);
  return true;
}

bool get_country(const json& obj, std::string& out, std::string& error) {
  auto it = obj.find("location");
  if (it != obj.end() && !it->is_null()) {
    if (!it->is_object()) {
      error = wrong_type("location", *it, "an object");
      return false;
    }
    return get_string(*it, "country", out, error);
  }
  return get_string(obj, "location_country", out, error);
}

std::optional<json> parse_line(const std::string& line, std::string& error) {
  try {
    return json::parse(line);
  } catch (const json::exception& e) {
    // Turned into a Problem by the caller; nothing escapes the eval API.
    error = std::string("invalid JSON: ") + e.what();
    return std::nullopt;
  }
}

std::string line_record(const std::string& name, int line, const std::string& id) {
  std::string out = name + ":" + std::to_string(line);
  if (!id.empty()) out += " (id=" + id + ")";
  return out;
}

}  // namespace dyad::eval_detail
