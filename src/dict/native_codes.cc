#include "dict/native_codes.h"

#include "dict/native_line.h"
#include "dict/parse_util.h"
#include "dyad/article.h"

namespace dyad::dict {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "2017-05-14" -> 20170514; 0 when not an ISO calendar date.
int iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return 0;
  return parse_date(std::string(s));
}

// "FRAGOV@2017-05-14..2022-05-13" -> a restricted rule.
bool dated_code(std::string_view item, size_t at, ActorCode& rule, std::string& error) {
  std::string code;
  if (!actor_code_word(trim(item.substr(0, at)), code)) {
    error = "bad actor code '" + excerpt(item.substr(0, at)) + "'";
    return false;
  }
  std::string_view range = trim(item.substr(at + 1));
  size_t dots = range.find("..");
  if (dots == std::string_view::npos) {
    error = "bad date interval '" + excerpt(range) + "' (want FROM..TO, ISO dates, either open)";
    return false;
  }
  std::string_view from = trim(range.substr(0, dots)), to = trim(range.substr(dots + 2));
  rule.codes = {code};
  rule.restricted = true;
  if (!from.empty() && (rule.from = iso_date(from)) == 0) {
    error = "bad date '" + excerpt(from) + "' (want YYYY-MM-DD)";
    return false;
  }
  if (!to.empty() && (rule.to = iso_date(to)) == 0) {
    error = "bad date '" + excerpt(to) + "' (want YYYY-MM-DD)";
    return false;
  }
  if (from.empty() && to.empty()) {
    error = "date interval open at both ends in '" + excerpt(item) + "' (drop the '@..')";
    return false;
  }
  if (rule.from > rule.to) {
    error = "date interval ends before it starts: '" + excerpt(range) + "'";
    return false;
  }
  return true;
}

}  // namespace

bool actor_code_word(std::string_view code, std::string& out) {
  if (code.empty()) return false;
  for (char c : code)
    if (!is_digit(c) && !(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z')) return false;
  out = to_upper(code);
  return true;
}

bool parse_native_actor_codes(std::string_view field, const std::string& origin,
                              std::vector<ActorCode>& out, std::string& error) {
  std::vector<ActorCode> rules;
  long undated = -1;  // index of the unrestricted rule in `rules`
  for (std::string_view item : split_list(field)) {
    size_t at = item.find('@');
    if (at != std::string_view::npos) {
      ActorCode rule;
      if (!dated_code(item, at, rule, error)) return false;
      rule.origin = origin;
      rules.push_back(std::move(rule));
      continue;
    }
    std::string code;
    if (!actor_code_word(item, code)) {
      error = "bad actor code '" + excerpt(item) + "' (want letters and digits, or CODE@FROM..TO)";
      return false;
    }
    if (undated < 0) {
      undated = static_cast<long>(rules.size());
      rules.emplace_back();
      rules.back().origin = origin;
    }
    rules[undated].codes.push_back(std::move(code));
  }
  if (rules.empty()) {
    error = "actor without a code";
    return false;
  }
  out = std::move(rules);
  return true;
}

bool parse_native_agent_code(std::string_view field, AgentEntry& out, std::string& error) {
  std::string_view s = trim(field);
  bool prefix = !s.empty() && s.back() == '~';
  bool suffix = !s.empty() && s.front() == '~';
  std::string code;
  if (prefix == suffix || !actor_code_word(s.substr(suffix ? 1 : 0, s.size() - 1), code)) {
    error = "bad agent code '" + excerpt(field) + "' (want ~CODE or CODE~)";
    return false;
  }
  out.code = std::move(code);
  out.prefix = prefix;
  return true;
}

bool valid_event_code(std::string_view code, bool paired) {
  size_t colon = code.find(':');
  if (colon != std::string_view::npos)
    return paired && valid_event_code(code.substr(0, colon), false) &&
           valid_event_code(code.substr(colon + 1), false);
  if (code == "---") return true;
  if (code.size() < 2 || code.size() > 4) return false;
  for (char c : code)
    if (!is_digit(c)) return false;
  return true;
}

}  // namespace dyad::dict
