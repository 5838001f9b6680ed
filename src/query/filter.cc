// Filters: validation with messages that name the field, and the SQL condition of a filter
// for each level (parameters bound, never pasted into the SQL text).
#include <cctype>
#include <string>
#include <vector>

#include "dyad/query.h"
#include "query/query_internal.h"

namespace dyad {

namespace query_detail {

std::string normalize_prefix(const std::string& s) {
  std::string out = s;
  if (!out.empty() && out.back() == '*') out.pop_back();
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string prefix_upper_bound(const std::string& prefix) {
  std::string upper = prefix;
  // Validated prefixes are printable ASCII, so the last byte never overflows.
  upper.back() = static_cast<char>(upper.back() + 1);
  return upper;
}

namespace {

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int month_days(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

bool parse_iso(const std::string& s, int& y, int& m, int& d) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  y = std::stoi(s.substr(0, 4));
  m = std::stoi(s.substr(5, 2));
  d = std::stoi(s.substr(8, 2));
  return m >= 1 && m <= 12 && d >= 1 && d <= month_days(y, m);
}

}  // namespace

bool is_iso_date(const std::string& s) {
  int y, m, d;
  return parse_iso(s, y, m, d);
}

int days_in_month_of(const std::string& iso_date) {
  int y, m, d;
  return parse_iso(iso_date, y, m, d) ? month_days(y, m) : 0;
}

void add_prefix_condition(std::vector<std::string>& terms, std::vector<Value>& params,
                          const std::string& column, const std::string& prefix) {
  terms.push_back("(" + column + " >= ? AND " + column + " < ?)");
  params.emplace_back(prefix);
  params.emplace_back(prefix_upper_bound(prefix));
}

std::string explain_sql_error(const std::string& message, const EventFilter& f) {
  if (!f.text.empty() && (message.find("fts5") != std::string::npos ||
                          message.find("syntax error") != std::string::npos ||
                          message.find("no such column") != std::string::npos ||
                          message.find("unterminated") != std::string::npos))
    return "text: bad full-text query '" + f.text + "': " + message;
  return message;
}

}  // namespace query_detail

using namespace query_detail;

namespace {

bool is_actor_pattern(const std::string& s) {
  std::string body = s;
  if (!body.empty() && body.back() == '*') body.pop_back();
  if (body.empty() || body.size() > 40) return false;
  for (unsigned char c : body)
    if (!std::isalnum(c) && c != '-' && c != '~') return false;
  return true;
}

bool is_code_pattern(const std::string& s) {
  std::string body = s;
  if (!body.empty() && body.back() == '*') body.pop_back();
  if (body.empty() || body.size() > 6) return false;
  for (unsigned char c : body)
    if (!std::isalnum(c)) return false;
  return true;
}

bool all_letters(const std::string& s) {
  for (unsigned char c : s)
    if (!std::isalpha(c)) return false;
  return true;
}

bool blank(const std::string& s) {
  for (unsigned char c : s)
    if (!std::isspace(c)) return false;
  return true;
}

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

const char* const kActorRule = "' is not an actor code (letters, digits, '-', '~', an optional "
                               "trailing '*')";

struct Builder {
  std::vector<std::string> terms;
  std::vector<Value> params;

  void prefix(const std::string& column, const std::string& pattern) {
    add_prefix_condition(terms, params, column, normalize_prefix(pattern));
  }
  // Either side: (source prefix OR target prefix).
  void either(const std::string& a, const std::string& b, const std::string& pattern) {
    std::vector<std::string> two;
    std::string p = normalize_prefix(pattern);
    add_prefix_condition(two, params, a, p);
    add_prefix_condition(two, params, b, p);
    terms.push_back("(" + two[0] + " OR " + two[1] + ")");
  }
  SqlCondition finish() {
    SqlCondition c;
    if (terms.empty()) {
      c.sql = "1";
    } else {
      for (size_t i = 0; i < terms.size(); ++i) c.sql += (i ? " AND " : "") + terms[i];
    }
    c.params = std::move(params);
    return c;
  }
};

// Conditions shared by mentions (alias P, mentions = true) and events.
void row_terms(const EventFilter& f, const std::string& p, bool mentions, Builder& b) {
  if (!f.source.empty()) b.prefix(p + ".source", f.source);
  if (!f.target.empty()) b.prefix(p + ".target", f.target);
  if (!f.actor.empty()) b.either(p + ".source", p + ".target", f.actor);
  if (!f.country.empty()) {
    std::string c = upper(f.country);
    if (c.size() == 3) {
      b.terms.push_back("(" + p + ".source_country = ? OR " + p + ".target_country = ?)");
      b.params.emplace_back(c);
      b.params.emplace_back(c);
    } else {
      b.terms.push_back(p + ".country = ?");
      b.params.emplace_back(c);
    }
  }
  if (!f.code.empty()) {
    if (f.code.back() == '*') {
      b.prefix(p + ".code", f.code);
    } else {
      b.terms.push_back(p + ".code = ?");
      b.params.emplace_back(upper(f.code));
    }
  }
  if (!f.root.empty()) {
    b.terms.push_back(p + ".root = ?");
    b.params.emplace_back(f.root);
  }
  if (f.quad) {
    b.terms.push_back(p + ".quad = ?");
    b.params.emplace_back(static_cast<int64_t>(*f.quad));
  }
  if (!f.date_from.empty()) {
    b.terms.push_back(p + ".date >= ?");
    b.params.emplace_back(f.date_from);
  }
  if (!f.date_to.empty()) {
    b.terms.push_back(p + ".date <= ?");
    b.params.emplace_back(f.date_to);
  }
  if (!f.place.empty()) {
    // NOCASE folds ASCII only; place names from the gazetteer are stored as written.
    std::string term = "(" + p + ".place = ? COLLATE NOCASE";
    b.params.emplace_back(f.place);
    if (f.place.size() == 2 && all_letters(f.place)) {
      term += " OR " + p + ".country = ?";
      b.params.emplace_back(upper(f.place));
    }
    b.terms.push_back(term + ")");
  }
  const std::string fts = "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?";
  if (!f.text.empty()) {
    if (mentions)
      b.terms.push_back(p + ".sentence_id IN (" + fts + ")");
    else
      b.terms.push_back(p + ".id IN (SELECT tm.event_id FROM mentions tm WHERE tm.sentence_id IN (" +
                        fts + "))");
    b.params.emplace_back(f.text);
  }
  if (!f.article.empty()) {
    if (mentions)
      b.terms.push_back(p + ".article_id = ?");
    else
      b.terms.push_back(p + ".id IN (SELECT am.event_id FROM mentions am WHERE am.article_id = ?)");
    b.params.emplace_back(f.article);
  }
  if (f.event_id) {
    b.terms.push_back(p + (mentions ? ".event_id = ?" : ".id = ?"));
    b.params.emplace_back(*f.event_id);
  }
}

void story_terms(const EventFilter& f, Builder& b) {
  if (!f.source.empty()) b.prefix("s.source", f.source);
  if (!f.target.empty()) b.prefix("s.target", f.target);
  if (!f.actor.empty()) b.either("s.source", "s.target", f.actor);
  if (!f.root.empty()) {
    b.terms.push_back("s.root = ?");
    b.params.emplace_back(f.root);
  }
  // A story spans date_first..date_last: it matches a range it overlaps.
  if (!f.date_from.empty()) {
    b.terms.push_back("s.date_last >= ?");
    b.params.emplace_back(f.date_from);
  }
  if (!f.date_to.empty()) {
    b.terms.push_back("s.date_first <= ?");
    b.params.emplace_back(f.date_to);
  }
  // The rest describe events: the story matches when one of its events does.
  EventFilter rest;
  rest.country = f.country;
  rest.code = f.code;
  rest.quad = f.quad;
  rest.place = f.place;
  rest.text = f.text;
  rest.article = f.article;
  rest.event_id = f.event_id;
  Builder inner;
  row_terms(rest, "se", false, inner);
  if (inner.terms.empty()) return;
  SqlCondition c = inner.finish();
  b.terms.push_back("s.id IN (SELECT se.story_id FROM events se WHERE " + c.sql + ")");
  for (Value& v : c.params) b.params.push_back(std::move(v));
}

}  // namespace

Result<Level> parse_level(const std::string& s) {
  if (s == "mentions" || s == "mention") return Level::Mentions;
  if (s == "events" || s == "event") return Level::Events;
  if (s == "stories" || s == "story") return Level::Stories;
  return Error{"level: '" + s + "' is not one of mentions, events, stories"};
}

std::optional<std::string> validate(const EventFilter& f) {
  if (!f.source.empty() && !is_actor_pattern(f.source)) return "source: '" + f.source + kActorRule;
  if (!f.target.empty() && !is_actor_pattern(f.target)) return "target: '" + f.target + kActorRule;
  if (!f.actor.empty() && !is_actor_pattern(f.actor)) return "actor: '" + f.actor + kActorRule;
  if (!f.country.empty() && !((f.country.size() == 2 || f.country.size() == 3) && all_letters(f.country)))
    return "country: '" + f.country +
           "' is neither a CAMEO country code (\"MLI\") nor an ISO 3166-1 alpha-2 code (\"ML\")";
  if (!f.code.empty() && !is_code_pattern(f.code))
    return "code: '" + f.code + "' is not an event code (\"0874\", or a prefix \"19*\")";
  if (!f.root.empty() && !(f.root.size() == 2 && std::isdigit(static_cast<unsigned char>(f.root[0])) &&
                           std::isdigit(static_cast<unsigned char>(f.root[1]))))
    return "root: '" + f.root + "' is not a two-digit root code (\"19\")";
  if (f.quad && (*f.quad < 1 || *f.quad > 4))
    return "quad: " + std::to_string(*f.quad) + " is not a quad class 1..4";
  if (!f.date_from.empty() && !is_iso_date(f.date_from))
    return "date_from: '" + f.date_from + "' is not a date YYYY-MM-DD";
  if (!f.date_to.empty() && !is_iso_date(f.date_to))
    return "date_to: '" + f.date_to + "' is not a date YYYY-MM-DD";
  if (!f.date_from.empty() && !f.date_to.empty() && f.date_from > f.date_to)
    return "date_from: " + f.date_from + " is after date_to " + f.date_to;
  if (!f.place.empty() && (blank(f.place) || f.place.size() > 200))
    return "place: want a place name or an ISO 3166-1 alpha-2 code";
  if (!f.text.empty() && blank(f.text)) return "text: the full-text query is empty";
  if (f.text.size() > 2000) return "text: the full-text query is too long";
  if (f.article.size() > 2000) return "article: the article id is too long";
  if (f.event_id && *f.event_id < 1)
    return "event_id: " + std::to_string(*f.event_id) + " is not an event id (1 or more)";
  return std::nullopt;
}

SqlCondition filter_condition(const EventFilter& f, Level level) {
  Builder b;
  switch (level) {
    case Level::Mentions:
      row_terms(f, "m", true, b);
      break;
    case Level::Events:
      row_terms(f, "e", false, b);
      break;
    case Level::Stories:
      story_terms(f, b);
      break;
  }
  return b.finish();
}

}  // namespace dyad
