// Query-string parameters -> EventFilter / ListQuery / AggregateQuery / ActorQuery. Pure
// functions: the handlers map an error to a 400 response, the fuzzer feeds them garbage.
#include <algorithm>
#include <array>
#include <charconv>
#include <string>

#include "dyad/article.h"
#include "dyad/server.h"

namespace dyad {

namespace {

// Longer values are refused: no filter value of a real request comes near it, and it bounds
// the SQL and FTS work one request can ask for.
constexpr size_t kMaxValueBytes = 512;

constexpr std::array<const char*, 13> kFilterParams = {
    "source",    "target",  "actor", "country", "code",    "root", "quad",
    "date_from", "date_to", "place", "q",       "article", "event"};

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string url_decode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '+') {
      out += ' ';
    } else if (c == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 &&
               hex_value(s[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

Error bad(const std::string& name, const std::string& why) {
  return Error{"bad parameter '" + name + "': " + why};
}

bool is_filter_param(const std::string& key) {
  return std::find_if(kFilterParams.begin(), kFilterParams.end(),
                      [&](const char* p) { return key == p; }) != kFilterParams.end();
}

// Refuses parameters outside `own` and the filter's, repeated ones (except `repeatable`) and
// values over the size limit. Empty on success, else the error.
std::optional<Error> check_names(const QueryParams& params, std::initializer_list<const char*> own,
                                 bool with_filter, const char* repeatable = nullptr) {
  for (auto it = params.begin(); it != params.end(); ++it) {
    const std::string& key = it->first;
    bool known =
        (with_filter && is_filter_param(key)) ||
        std::find_if(own.begin(), own.end(), [&](const char* p) { return key == p; }) != own.end();
    if (!known) {
      std::string list;
      if (with_filter)
        for (const char* p : kFilterParams) list += std::string(list.empty() ? "" : ", ") + p;
      for (const char* p : own) list += std::string(list.empty() ? "" : ", ") + p;
      // The name is echoed back cut short: it is the caller's text.
      std::string shown = key.size() > 40 ? key.substr(0, 40) + "..." : key;
      return Error{"unknown parameter '" + shown + "' (known: " + list + ")"};
    }
    if (it->second.size() > kMaxValueBytes)
      return bad(key, "longer than " + std::to_string(kMaxValueBytes) + " bytes");
    if (params.count(key) > 1 && !(repeatable && key == repeatable))
      return bad(key, "given more than once");
  }
  return std::nullopt;
}

// The value of a single-valued parameter, "" when absent.
std::string value_of(const QueryParams& params, const char* key) {
  auto it = params.find(key);
  return it == params.end() ? std::string() : it->second;
}

std::optional<int64_t> to_int(const std::string& s) {
  int64_t v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

// An integer parameter in [lo, hi]; `fallback` when absent or empty.
Result<int64_t> int_param(const QueryParams& params, const char* key, int64_t fallback, int64_t lo,
                          int64_t hi) {
  std::string s = value_of(params, key);
  if (s.empty()) return fallback;
  auto v = to_int(s);
  if (!v || *v < lo || *v > hi)
    return bad(key, "want an integer from " + std::to_string(lo) + " to " + std::to_string(hi));
  return *v;
}

bool is_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  return parse_date(s) != 0;
}

std::string upper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

// Actor and country codes: letters, digits, '-' (the "---" of no actor) and a final '*'.
bool is_code_text(const std::string& s) {
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    bool ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
              (c == '*' && i + 1 == s.size());
    if (!ok) return false;
  }
  return true;
}

Result<std::string> code_param(const QueryParams& params, const char* key) {
  std::string s = upper(value_of(params, key));
  if (!is_code_text(s)) return bad(key, "want a code of letters and digits ('FRA', 'FRAGOV')");
  return s;
}

}  // namespace

std::string filter_problem_message(const std::string& problem) {
  // validate() says "field: why" with EventFilter's member names.
  size_t colon = problem.find(": ");
  if (colon == std::string::npos) return "bad filter: " + problem;
  std::string field = problem.substr(0, colon);
  if (field == "text") field = "q";
  if (field == "event_id") field = "event";
  if (!is_filter_param(field)) return "bad filter: " + problem;  // "no such table: x" ...
  return "bad parameter '" + field + "': " + problem.substr(colon + 2);
}

QueryParams parse_query_string(std::string_view query) {
  QueryParams out;
  size_t pos = 0;
  while (pos <= query.size()) {
    size_t amp = query.find('&', pos);
    if (amp == std::string_view::npos) amp = query.size();
    std::string_view pair = query.substr(pos, amp - pos);
    if (!pair.empty()) {
      size_t eq = pair.find('=');
      if (eq == std::string_view::npos)
        out.emplace(url_decode(pair), std::string());
      else
        out.emplace(url_decode(pair.substr(0, eq)), url_decode(pair.substr(eq + 1)));
    }
    pos = amp + 1;
  }
  return out;
}

Result<EventFilter> parse_filter(const QueryParams& params) {
  EventFilter f;
  for (const char* key : {"source", "target", "actor", "country"}) {
    auto v = code_param(params, key);
    if (!v) return Error{v.error()};
    std::string& field = key == std::string("source")   ? f.source
                         : key == std::string("target") ? f.target
                         : key == std::string("actor")  ? f.actor
                                                        : f.country;
    field = *v;
  }
  f.code = upper(value_of(params, "code"));
  if (!is_code_text(f.code) || f.code.find('-') != std::string::npos)
    return bad("code", "want an event code ('0874') or a prefix ('19*')");
  f.root = value_of(params, "root");
  if (f.root.size() > 3 ||
      !std::all_of(f.root.begin(), f.root.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return bad("root", "want a root code of digits ('19')");
  if (auto q = value_of(params, "quad"); !q.empty()) {
    auto v = to_int(q);
    if (!v || *v < 1 || *v > 4) return bad("quad", "want 1, 2, 3 or 4");
    f.quad = static_cast<int>(*v);
  }
  f.date_from = value_of(params, "date_from");
  if (!f.date_from.empty() && !is_date(f.date_from))
    return bad("date_from", "want a date YYYY-MM-DD");
  f.date_to = value_of(params, "date_to");
  if (!f.date_to.empty() && !is_date(f.date_to)) return bad("date_to", "want a date YYYY-MM-DD");
  f.place = value_of(params, "place");
  f.text = value_of(params, "q");
  if (params.count("q") && f.text.find_first_not_of(" \t\r\n") == std::string::npos)
    return bad("q", "want a full-text query (words, \"a phrase\", prefix*)");
  f.article = value_of(params, "article");
  if (auto e = value_of(params, "event"); !e.empty()) {
    auto v = to_int(e);
    if (!v || *v < 1) return bad("event", "want an event id (a positive integer)");
    f.event_id = *v;
  }
  // The query module's own checks, for anything the API spelling let through.
  if (auto problem = validate(f)) return Error{filter_problem_message(*problem)};
  return f;
}

Result<ListQuery> parse_list_query(const QueryParams& params) {
  if (auto e = check_names(params, {"level", "limit", "offset", "sort"}, true)) return *e;
  auto filter = parse_filter(params);
  if (!filter) return Error{filter.error()};
  ListQuery q;
  q.filter = std::move(*filter);
  if (auto l = value_of(params, "level"); !l.empty()) {
    if (l == "events")
      q.level = Level::Events;
    else if (l == "mentions")
      q.level = Level::Mentions;
    else if (l == "stories")
      q.level = Level::Stories;
    else
      return bad("level", "want events, mentions or stories");
  }
  auto limit = int_param(params, "limit", 100, 1, 10000);
  if (!limit) return Error{limit.error()};
  q.limit = *limit;
  auto offset = int_param(params, "offset", 0, 0, 1000000000);
  if (!offset) return Error{offset.error()};
  q.offset = *offset;
  if (auto s = value_of(params, "sort"); !s.empty()) {
    static const char* kSorts[] = {"date",       "-date",    "goldstein",
                                   "-goldstein", "mentions", "-mentions"};
    if (std::find(std::begin(kSorts), std::end(kSorts), s) == std::end(kSorts))
      return bad("sort", "want date, -date, goldstein, -goldstein, mentions or -mentions");
    if (q.level == Level::Mentions && (s == "mentions" || s == "-mentions"))
      return bad("sort", "mentions order events and stories, not mentions");
    q.sort = s;
  }
  return q;
}

Result<AggregateQuery> parse_aggregate_query(const QueryParams& params) {
  if (auto e = check_names(params, {"by", "level", "limit"}, true, "by")) return *e;
  auto filter = parse_filter(params);
  if (!filter) return Error{filter.error()};
  AggregateQuery q;
  q.filter = std::move(*filter);
  static const char* kKeys[] = {"day",    "week",   "month",   "year",           "dyad",
                                "source", "target", "country", "source_country", "target_country",
                                "code",   "root",   "quad",    "place"};
  std::vector<std::string> by;
  auto [first, last] = params.equal_range("by");
  for (auto it = first; it != last; ++it) {
    const std::string& v = it->second;
    size_t pos = 0;
    while (pos <= v.size()) {
      size_t comma = v.find(',', pos);
      if (comma == std::string::npos) comma = v.size();
      std::string key = v.substr(pos, comma - pos);
      pos = comma + 1;
      if (key.empty()) continue;
      if (std::find(std::begin(kKeys), std::end(kKeys), key) == std::end(kKeys)) {
        std::string shown = key.size() > 40 ? key.substr(0, 40) + "..." : key;
        return bad("by", "unknown key '" + shown +
                             "' (want day, week, month, year, dyad, source, target, country, "
                             "source_country, target_country, code, root, quad, place)");
      }
      if (std::find(by.begin(), by.end(), key) != by.end())
        return bad("by", "key '" + key + "' given twice");
      by.push_back(key);
    }
  }
  if (by.size() > 4) return bad("by", "at most 4 keys");
  if (!by.empty()) q.by = std::move(by);
  if (auto l = value_of(params, "level"); !l.empty()) {
    if (l == "events")
      q.level = Level::Events;
    else if (l == "mentions")
      q.level = Level::Mentions;
    else
      return bad("level", "want events or mentions");
  }
  auto limit = int_param(params, "limit", 10000, 1, 100000);
  if (!limit) return Error{limit.error()};
  q.limit = *limit;
  return q;
}

Result<ActorQuery> parse_actor_query(const QueryParams& params) {
  if (auto e = check_names(params, {"q", "limit"}, false)) return *e;
  ActorQuery q;
  q.q = value_of(params, "q");
  auto limit = int_param(params, "limit", 20, 1, 1000);
  if (!limit) return Error{limit.error()};
  q.limit = *limit;
  return q;
}

}  // namespace dyad
