// Actor code rules with their date restrictions, and which rule holds on a given day.
#include "dict/parse_util.h"
#include "dyad/article.h"
#include "dyad/dictionary.h"

namespace dyad {

namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// "950601" or "19950601" -> yyyymmdd, 0 when malformed.
int rule_date(std::string_view s, std::string& error) {
  int d = 0;
  if (all_digits(s) && (s.size() == 6 || s.size() == 8)) d = parse_date(std::string(s));
  if (d == 0) error = "bad date '" + dict::excerpt(s) + "' (want yymmdd or yyyymmdd)";
  return d;
}

}  // namespace

bool parse_actor_code(std::string_view inside, ActorCode& out, std::string& error) {
  std::string_view s = dict::trim(inside);
  if (s.empty()) {
    error = "empty code";
    return false;
  }
  size_t k = 0;
  while (k < s.size() && !dict::is_space(s[k]) && s[k] != '<' && s[k] != '>') ++k;
  std::string_view code = s.substr(0, k);
  std::string_view rest = dict::trim(s.substr(k));
  if (code.empty()) {
    error = "missing code before the date";
    return false;
  }
  // "[950601-990815]": a date where the code should be.
  if (code[0] >= '0' && code[0] <= '9' &&
      code.find_first_not_of("0123456789-") == std::string_view::npos) {
    error = "missing code before the date '" + dict::excerpt(code) + "'";
    return false;
  }
  ActorCode rule;
  size_t b = 0;
  while (b <= code.size()) {
    size_t slash = code.find('/', b);
    if (slash == std::string_view::npos) slash = code.size();
    std::string_view part = code.substr(b, slash - b);
    if (part.empty()) {
      error = "empty code in '" + dict::excerpt(code) + "'";
      return false;
    }
    rule.codes.push_back(dict::to_upper(part));
    b = slash + 1;
  }
  if (!rest.empty()) {
    std::string r;  // the restriction without blanks: "<950601", "19950601-19990815"
    for (char c : rest)
      if (!dict::is_space(c)) r.push_back(c);
    rule.restricted = true;
    if (r[0] == '<' || r[0] == '>') {
      int d = rule_date(std::string_view(r).substr(1), error);
      if (d == 0) return false;
      // Dates compare as yyyymmdd integers, so "before D" is "<= D-1" even when D-1 is not
      // a calendar day (20080100), and likewise "after D" is ">= D+1".
      if (r[0] == '<')
        rule.to = d - 1;
      else
        rule.from = d + 1;
    } else {
      size_t dash = r.find('-');
      if (dash == std::string::npos) {
        error = "bad date restriction '" + dict::excerpt(rest) + "'";
        return false;
      }
      int from = rule_date(std::string_view(r).substr(0, dash), error);
      if (from == 0) return false;
      int to = rule_date(std::string_view(r).substr(dash + 1), error);
      if (to == 0) return false;
      if (from > to) {
        error = "date interval ends before it starts: '" + dict::excerpt(rest) + "'";
        return false;
      }
      rule.from = from;
      rule.to = to;
    }
  }
  out = std::move(rule);
  return true;
}

const ActorCode* ActorEntry::codes_at(int date) const {
  if (date > 0)
    for (const ActorCode& c : codes)
      if (c.restricted && c.from <= date && date <= c.to) return &c;
  for (const ActorCode& c : codes)
    if (!c.restricted) return &c;
  return nullptr;
}

}  // namespace dyad
