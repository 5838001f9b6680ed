// Event writers: JSON Lines (one object per event, keys in a fixed order) and TSV. Written
// by hand rather than through a JSON DOM: this is on the output path of every coded event.
#include <charconv>
#include <cmath>

#include "dyad/io.h"
#include "io/utf8.h"

namespace dyad {

std::string json_escape(const std::string& raw) {
  // Ill-formed bytes would make the whole line invalid JSON; they become U+FFFD.
  if (!io_detail::is_valid_utf8(raw)) return json_escape(io_detail::repair_utf8(raw));
  const std::string& s = raw;
  std::string out;
  out.reserve(s.size() + 8);
  for (char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          static const char hex[] = "0123456789abcdef";
          out += "\\u00";
          out += hex[(c >> 4) & 0xF];
          out += hex[c & 0xF];
        } else {
          out += c;
        }
    }
  }
  return out;
}

namespace {

void put_string(std::ostream& out, const std::string& s) { out << '"' << json_escape(s) << '"'; }

void put_key(std::ostream& out, const char* key) { out << '"' << key << "\":"; }

// Shortest text that reads back as the same double; null for NaN and infinities, which JSON
// cannot express.
std::string number_text(double v) {
  if (!std::isfinite(v)) return "null";
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, r.ptr);
}

void put_entry(std::ostream& out, const EntryRef& e) {
  out << '{';
  put_key(out, "phrase");
  put_string(out, e.phrase);
  out << ',';
  put_key(out, "code");
  put_string(out, e.code);
  out << ',';
  put_key(out, "origin");
  put_string(out, e.origin);
  out << '}';
}

void put_span(std::ostream& out, const Span& s) {
  put_key(out, "begin");
  out << s.begin << ',';
  put_key(out, "end");
  out << s.end;
}

void put_actor(std::ostream& out, const Span& span, const std::vector<EntryRef>& entries) {
  out << '{';
  put_span(out, span);
  out << ',';
  put_key(out, "entries");
  out << '[';
  for (size_t i = 0; i < entries.size(); ++i) {
    if (i) out << ',';
    put_entry(out, entries[i]);
  }
  out << "]}";
}

// TSV cells cannot hold tabs or line breaks; they become spaces.
std::string tsv_cell(const std::string& s) {
  std::string out = s;
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

// The fields a quantity has inside an event and as a record of its own.
void put_quantity_fields(std::ostream& out, const Quantity& q) {
  put_key(out, "what");
  put_string(out, q.what);
  out << ',';
  put_key(out, "value");
  out << number_text(q.value) << ',';
  put_key(out, "approximate");
  out << (q.approximate ? "true" : "false") << ',';
  put_key(out, "bound");
  if (q.bound.empty())
    out << "null";
  else
    put_string(out, q.bound);
  out << ',';
  put_key(out, "actor");
  put_string(out, q.actor);
  out << ',';
  put_key(out, "location");
  if (q.location_country.empty()) {
    out << "null";
  } else {
    out << '{';
    put_key(out, "country");
    put_string(out, q.location_country);
    out << '}';
  }
  out << ',';
  put_key(out, "span");
  out << '{';
  put_span(out, q.span);
  out << '}';
}

void put_location(std::ostream& out, const EventLocation& l) {
  if (!l.known()) {
    out << "null";
    return;
  }
  out << '{';
  put_key(out, "name");
  put_string(out, l.name);
  out << ',';
  put_key(out, "country");
  put_string(out, l.country);
  out << ',';
  put_key(out, "admin1");
  put_string(out, l.admin1);
  out << ',';
  put_key(out, "lat");
  out << number_text(l.lat) << ',';
  put_key(out, "lon");
  out << number_text(l.lon) << ',';
  put_key(out, "precision");
  put_string(out, l.precision);
  out << ',';
  put_key(out, "confidence");
  out << number_text(l.confidence) << ',';
  put_key(out, "basis");
  put_string(out, l.basis);
  out << ',';
  put_key(out, "span");
  out << '{';
  put_span(out, l.span);
  out << "}}";
}

void put_context(std::ostream& out, const std::vector<std::string>& context) {
  out << '[';
  for (size_t i = 0; i < context.size(); ++i) {
    if (i) out << ',';
    put_string(out, context[i]);
  }
  out << ']';
}

void put_plover(std::ostream& out, const Event& e) {
  if (e.plover_event.empty()) {
    out << "null";
    return;
  }
  out << '{';
  put_key(out, "event");
  put_string(out, e.plover_event);
  out << ',';
  put_key(out, "mode");
  put_string(out, e.plover_mode);
  out << ',';
  put_key(out, "context");
  put_context(out, e.plover_context);
  out << '}';
}

}  // namespace

void write_event_plover(std::ostream& out, const Event& e) {
  if (e.plover_event.empty()) return;  // CAMEO statements (01x, 02x) have no PLOVER type
  out << '{';
  put_key(out, "id");
  put_string(out, e.id);
  out << ',';
  put_key(out, "event_date");
  put_string(out, e.date);
  out << ',';
  put_key(out, "actor");
  put_string(out, e.source);
  out << ',';
  put_key(out, "recipient");
  put_string(out, e.target);
  out << ',';
  put_key(out, "event");
  put_string(out, e.plover_event);
  out << ',';
  put_key(out, "mode");
  put_string(out, e.plover_mode);
  out << ',';
  put_key(out, "context");
  put_context(out, e.plover_context);
  out << ',';
  put_key(out, "cameo");
  put_string(out, e.code);
  out << ',';
  put_key(out, "location");
  put_location(out, e.location);
  out << ',';
  put_key(out, "article");
  put_string(out, e.article);
  out << ',';
  put_key(out, "sentence");
  out << e.sentence << ',';
  put_key(out, "text");
  put_string(out, e.text);
  out << "}\n";
}

void write_quantity_jsonl(std::ostream& out, const Quantity& q) {
  out << '{';
  put_key(out, "type");
  out << "\"quantity\",";
  put_key(out, "article");
  put_string(out, q.article);
  out << ',';
  put_key(out, "sentence");
  out << q.sentence << ',';
  put_key(out, "text");
  put_string(out, q.text);
  out << ',';
  put_quantity_fields(out, q);
  out << "}\n";
}

void write_event_jsonl(std::ostream& out, const Event& e) {
  out << '{';
  put_key(out, "type");
  out << "\"event\",";
  put_key(out, "id");
  put_string(out, e.id);
  out << ',';
  put_key(out, "article");
  put_string(out, e.article);
  out << ',';
  put_key(out, "sentence");
  out << e.sentence << ',';
  put_key(out, "text");
  put_string(out, e.text);
  out << ',';
  put_key(out, "date");
  put_string(out, e.date);
  out << ',';
  put_key(out, "article_date");
  put_string(out, e.article_date.empty() ? e.date : e.article_date);
  out << ',';
  put_key(out, "historical");
  out << (e.historical ? "true" : "false") << ',';
  put_key(out, "status");
  put_string(out, e.status);
  out << ',';
  put_key(out, "attribution");
  if (e.attributed_to.empty()) {
    out << "null,";
  } else {
    out << '{';
    put_key(out, "actor");
    put_string(out, e.attributed_to);
    out << ',';
    put_span(out, e.attribution);
    out << "},";
  }
  put_key(out, "source");
  put_string(out, e.source);
  out << ',';
  put_key(out, "target");
  put_string(out, e.target);
  out << ',';
  put_key(out, "code");
  put_string(out, e.code);
  out << ',';
  put_key(out, "root");
  put_string(out, e.root);
  out << ',';
  put_key(out, "quad");
  if (e.quad)
    out << *e.quad;
  else
    out << "null";
  out << ',';
  put_key(out, "goldstein");
  out << (e.goldstein ? number_text(*e.goldstein) : "null") << ',';
  put_key(out, "location");
  put_location(out, e.location);
  out << ',';
  put_key(out, "plover");
  put_plover(out, e);
  out << ',';
  if (e.source_location.known() || e.target_location.known()) {
    put_key(out, "actor_locations");
    out << '{';
    put_key(out, "source");
    put_location(out, e.source_location);
    out << ',';
    put_key(out, "target");
    put_location(out, e.target_location);
    out << "},";
  }
  if (!e.quantities.empty()) {
    put_key(out, "quantities");
    out << '[';
    for (size_t i = 0; i < e.quantities.size(); ++i) {
      if (i) out << ',';
      out << '{';
      put_quantity_fields(out, e.quantities[i]);
      out << '}';
    }
    out << "],";
  }

  const Evidence& ev = e.evidence;
  put_key(out, "evidence");
  out << '{';
  put_key(out, "source");
  put_actor(out, ev.source, ev.source_entries);
  out << ',';
  put_key(out, "target");
  put_actor(out, ev.target, ev.target_entries);
  out << ',';
  put_key(out, "verb");
  out << '{';
  put_span(out, ev.verb);
  out << ',';
  put_key(out, "entry");
  put_entry(out, ev.verb_entry);
  out << "},";
  if (!ev.date.empty()) {
    put_key(out, "date");
    out << '{';
    put_span(out, ev.date);
    out << "},";
  }
  put_key(out, "pattern");
  bool no_pattern =
      ev.pattern.phrase.empty() && ev.pattern.code.empty() && ev.pattern.origin.empty();
  if (no_pattern)
    out << "null";
  else
    put_entry(out, ev.pattern);
  out << "},";
  put_key(out, "coder");
  put_string(out, e.coder);
  out << "}\n";
}

void write_event_tsv_header(std::ostream& out) {
  out << "id\tarticle\tsentence\tdate\tsource\ttarget\tcode\troot\tquad\tgoldstein\ttext\n";
}

void write_event_tsv(std::ostream& out, const Event& e) {
  out << tsv_cell(e.id) << '\t' << tsv_cell(e.article) << '\t' << e.sentence << '\t'
      << tsv_cell(e.date) << '\t' << tsv_cell(e.source) << '\t' << tsv_cell(e.target) << '\t'
      << tsv_cell(e.code) << '\t' << tsv_cell(e.root) << '\t';
  if (e.quad) out << *e.quad;
  out << '\t';
  if (e.goldstein && std::isfinite(*e.goldstein)) out << number_text(*e.goldstein);
  out << '\t' << tsv_cell(e.text) << '\n';
}

}  // namespace dyad
