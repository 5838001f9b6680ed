// JSON Lines exports of mentions: dyad's own event lines as stored, and PLOVER lines made
// from them with the same writer `dyad code --format plover` uses.
#include <nlohmann/json.hpp>

#include "dyad/event.h"
#include "dyad/io.h"
#include "export/export_internal.h"

namespace dyad::export_detail {

namespace {

std::string str(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

double num(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_number() ? it->get<double>() : 0.0;
}

EventLocation location_from_json(const nlohmann::json& j) {
  EventLocation l;
  if (!j.is_object()) return l;
  l.name = str(j, "name");
  l.country = str(j, "country");
  l.admin1 = str(j, "admin1");
  l.lat = num(j, "lat");
  l.lon = num(j, "lon");
  l.precision = str(j, "precision");
  l.confidence = num(j, "confidence");
  l.basis = str(j, "basis");
  auto span = j.find("span");
  if (span != j.end() && span->is_object()) {
    l.span.begin = static_cast<uint32_t>(num(*span, "begin"));
    l.span.end = static_cast<uint32_t>(num(*span, "end"));
  }
  return l;
}

// The fields of a stored event line that the PLOVER writer reads.
bool event_from_json(std::string_view line, Event& e) {
  nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
  if (!j.is_object()) return false;
  e = Event{};
  e.id = str(j, "id");
  e.article = str(j, "article");
  auto sentence = j.find("sentence");
  if (sentence != j.end() && sentence->is_number_integer()) e.sentence = sentence->get<int>();
  e.text = str(j, "text");
  e.date = str(j, "date");
  e.source = str(j, "source");
  e.target = str(j, "target");
  e.code = str(j, "code");
  auto loc = j.find("location");
  if (loc != j.end()) e.location = location_from_json(*loc);
  auto plover = j.find("plover");
  if (plover != j.end() && plover->is_object()) {
    e.plover_event = str(*plover, "event");
    e.plover_mode = str(*plover, "mode");
    auto context = plover->find("context");
    if (context != plover->end() && context->is_array())
      for (const auto& c : *context)
        if (c.is_string()) e.plover_context.push_back(c.get<std::string>());
  }
  return true;
}

}  // namespace

Result<int64_t> write_event_json(const Store& store, const EventFilter& f, std::ostream& out) {
  SqlCondition cond = filter_condition(f, Level::Mentions);
  auto c = RowCursor::open(store, "SELECT m.event_json FROM mentions m WHERE " + cond.sql +
                                      kMentionOrder,
                           cond.params);
  if (!c) return Error{c.error()};
  int64_t rows = 0;
  while (c->next()) {
    std::string_view line = c->text(0);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
    out << line << '\n';
    ++rows;
  }
  if (!c->error().empty()) return Error{c->error()};
  return rows;
}

Result<int64_t> write_plover(const Store& store, const EventFilter& f, std::ostream& out) {
  SqlCondition cond = filter_condition(f, Level::Mentions);
  // Codes PLOVER does not map (statements, appeals) have no PLOVER line.
  auto c = RowCursor::open(store, "SELECT m.event_json FROM mentions m WHERE m.plover_event != '' AND (" +
                                      cond.sql + ")" + kMentionOrder,
                           cond.params);
  if (!c) return Error{c.error()};
  int64_t rows = 0;
  Event e;
  while (c->next()) {
    if (!event_from_json(c->text(0), e) || e.plover_event.empty()) continue;
    write_event_plover(out, e);
    ++rows;
  }
  if (!c->error().empty()) return Error{c->error()};
  return rows;
}

Result<int64_t> write_events_csv(const Store& store, const EventFilter& f, std::ostream& out) {
  ListQuery q;
  q.filter = f;
  q.level = Level::Events;
  q.sort = "date";
  return scan_events(
      store, q,
      [&](const std::vector<std::string>& columns) {
        write_csv_row(out, std::vector<Value>(columns.begin(), columns.end()));
      },
      [&](const std::vector<Value>& row) {
        write_csv_row(out, row);
        return true;
      });
}

}  // namespace dyad::export_detail
