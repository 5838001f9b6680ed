// The event filter options shared by `dyad query` and `dyad export`. Values are taken as
// text and checked by dyad::validate(), so that a bad value gets a message naming the field
// (and exit status 2) rather than CLI11's conversion error.
#pragma once
#include <CLI/CLI.hpp>
#include <cctype>
#include <string>

#include "dyad/query.h"

namespace dyad::cli {

struct FilterFlags {
  EventFilter filter;
  std::string quad, event;  // parsed by to_filter()
};

inline void add_filter_flags(CLI::App& app, FilterFlags& f) {
  EventFilter& e = f.filter;
  app.add_option("--source", e.source, "source actor code prefix (FRA matches FRAGOV)");
  app.add_option("--target", e.target, "target actor code prefix");
  app.add_option("--actor", e.actor, "actor code prefix on either side");
  app.add_option("--country", e.country,
                 "CAMEO country of either actor (MLI) or ISO2 country of the place (ML)");
  app.add_option("--code", e.code, "event code (0874), or a prefix (19*)");
  app.add_option("--root", e.root, "root code (19)");
  app.add_option("--quad", f.quad, "quad class 1..4");
  app.add_option("--from", e.date_from, "first date, YYYY-MM-DD");
  app.add_option("--to", e.date_to, "last date, YYYY-MM-DD");
  app.add_option("--place", e.place, "place name or ISO2 country of the location");
  app.add_option("--text", e.text, "full-text query over sentences (SQLite FTS5 syntax)");
  app.add_option("--article", e.article, "article id");
  app.add_option("--event", f.event, "merged event id");
}

// Digits only, within int64 (a sign or spaces are not an id).
inline bool parse_int(const std::string& s, int64_t& out) {
  if (s.empty() || s.size() > 18) return false;
  for (unsigned char c : s)
    if (!std::isdigit(c)) return false;
  out = std::stoll(s);
  return true;
}

// The checked filter, or a message naming the bad field.
inline Result<EventFilter> to_filter(FilterFlags& f) {
  EventFilter e = f.filter;
  int64_t n = 0;
  if (!f.quad.empty()) {
    if (!parse_int(f.quad, n) || n > 1000) return Error{"quad: '" + f.quad + "' is not 1..4"};
    e.quad = static_cast<int>(n);
  }
  if (!f.event.empty()) {
    if (!parse_int(f.event, n)) return Error{"event_id: '" + f.event + "' is not an event id"};
    e.event_id = n;
  }
  if (auto problem = validate(e)) return Error{*problem};
  return e;
}

}  // namespace dyad::cli
