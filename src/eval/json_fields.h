// Typed access to members of a parsed JSON line, with messages for the Problem when a member
// has the wrong type. Private to the eval module.
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace dyad::eval_detail {

using json = nlohmann::json;

// Each getter leaves `out` alone and returns true when the key is absent or null; returns
// false and sets `error` when the member has the wrong type.
bool get_string(const json& obj, const char* key, std::string& out, std::string& error);
bool get_number(const json& obj, const char* key, std::optional<double>& out, std::string& error);
bool get_int(const json& obj, const char* key, int& out, std::string& error);
bool get_bool(const json& obj, const char* key, std::optional<bool>& out, std::string& error);
// A list of strings; a single string counts as a list of one.
bool get_strings(const json& obj, const char* key, std::vector<std::string>& out,
                 std::string& error);
// "location":{"country":"ML"} or "location_country":"ML".
bool get_country(const json& obj, std::string& out, std::string& error);

// Parses one line; on failure sets `error` (nlohmann's message) and returns nullopt.
std::optional<json> parse_line(const std::string& line, std::string& error);

// "file:12 (id=x)" / "file:12".
std::string line_record(const std::string& name, int line, const std::string& id);

}  // namespace dyad::eval_detail
