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

// Shortest text that reads back as the same double; null for NaN and infinities, which JSON
// cannot express.
std::string number_text(double v) {
  if (!std::isfinite(v)) return "null";
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, r.ptr);
}

// Writes the members of one JSON object in call order and puts the commas between them;
// the object is closed by close(). Keys are trusted ASCII literals.
class Object {
 public:
  explicit Object(std::ostream& out) : out_(out) { out_ << '{'; }
  // Starts a member and returns the stream for its value.
  std::ostream& key(const char* k) {
    if (members_++) out_ << ',';
    return out_ << '"' << k << "\":";
  }
  void str(const char* k, const std::string& v) { put_string(key(k), v); }
  void str_or_null(const char* k, const std::string& v) {
    if (v.empty())
      key(k) << "null";
    else
      str(k, v);
  }
  void num(const char* k, double v) { key(k) << number_text(v); }
  void integer(const char* k, long long v) { key(k) << v; }
  void boolean(const char* k, bool v) { key(k) << (v ? "true" : "false"); }
  void close() { out_ << '}'; }

 private:
  std::ostream& out_;
  int members_ = 0;
};

void put_entry(std::ostream& out, const EntryRef& e) {
  Object o(out);
  o.str("phrase", e.phrase);
  o.str("code", e.code);
  o.str("origin", e.origin);
  o.close();
}

void put_span_members(Object& o, const Span& s) {
  o.integer("begin", s.begin);
  o.integer("end", s.end);
}

void put_span(std::ostream& out, const Span& s) {
  Object o(out);
  put_span_members(o, s);
  o.close();
}

void put_actor(std::ostream& out, const Span& span, const std::vector<EntryRef>& entries) {
  Object o(out);
  put_span_members(o, span);
  std::ostream& list = o.key("entries");
  list << '[';
  for (size_t i = 0; i < entries.size(); ++i) {
    if (i) list << ',';
    put_entry(list, entries[i]);
  }
  list << ']';
  o.close();
}

// TSV cells cannot hold tabs or line breaks; they become spaces.
std::string tsv_cell(const std::string& s) {
  std::string out = s;
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

// The fields a quantity has inside an event and as a record of its own.
void put_quantity_members(Object& o, const Quantity& q) {
  o.str("what", q.what);
  o.num("value", q.value);
  o.boolean("approximate", q.approximate);
  o.str_or_null("bound", q.bound);
  o.str("actor", q.actor);
  if (q.location_country.empty()) {
    o.key("location") << "null";
  } else {
    Object loc(o.key("location"));
    loc.str("country", q.location_country);
    loc.close();
  }
  put_span(o.key("span"), q.span);
}

void put_location(std::ostream& out, const EventLocation& l) {
  if (!l.known()) {
    out << "null";
    return;
  }
  Object o(out);
  o.str("name", l.name);
  o.str("country", l.country);
  o.str("admin1", l.admin1);
  o.num("lat", l.lat);
  o.num("lon", l.lon);
  o.str("precision", l.precision);
  o.num("confidence", l.confidence);
  o.str("basis", l.basis);
  put_span(o.key("span"), l.span);
  o.close();
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
  Object o(out);
  o.str("event", e.plover_event);
  o.str("mode", e.plover_mode);
  put_context(o.key("context"), e.plover_context);
  o.close();
}

// The members that place a record in its article: article id, sentence index, sentence.
void put_provenance(Object& o, const std::string& article, int sentence,
                    const std::string& text) {
  o.str("article", article);
  o.integer("sentence", sentence);
  o.str("text", text);
}

void put_evidence(std::ostream& out, const Evidence& ev) {
  Object o(out);
  put_actor(o.key("source"), ev.source, ev.source_entries);
  put_actor(o.key("target"), ev.target, ev.target_entries);
  Object verb(o.key("verb"));
  put_span_members(verb, ev.verb);
  put_entry(verb.key("entry"), ev.verb_entry);
  verb.close();
  if (!ev.date.empty()) put_span(o.key("date"), ev.date);
  bool no_pattern =
      ev.pattern.phrase.empty() && ev.pattern.code.empty() && ev.pattern.origin.empty();
  if (no_pattern)
    o.key("pattern") << "null";
  else
    put_entry(o.key("pattern"), ev.pattern);
  o.close();
}

}  // namespace

void write_event_plover(std::ostream& out, const Event& e) {
  if (e.plover_event.empty()) return;  // CAMEO statements (01x, 02x) have no PLOVER type
  Object o(out);
  o.str("id", e.id);
  o.str("event_date", e.date);
  o.str("actor", e.source);
  o.str("recipient", e.target);
  o.str("event", e.plover_event);
  o.str("mode", e.plover_mode);
  put_context(o.key("context"), e.plover_context);
  o.str("cameo", e.code);
  put_location(o.key("location"), e.location);
  put_provenance(o, e.article, e.sentence, e.text);
  o.close();
  out << '\n';
}

void write_quantity_jsonl(std::ostream& out, const Quantity& q) {
  Object o(out);
  o.key("type") << "\"quantity\"";
  put_provenance(o, q.article, q.sentence, q.text);
  put_quantity_members(o, q);
  o.close();
  out << '\n';
}

void write_event_jsonl(std::ostream& out, const Event& e) {
  Object o(out);
  o.key("type") << "\"event\"";
  o.str("id", e.id);
  put_provenance(o, e.article, e.sentence, e.text);
  o.str("date", e.date);
  o.str("article_date", e.article_date.empty() ? e.date : e.article_date);
  o.boolean("historical", e.historical);
  o.str("status", e.status);
  if (e.attributed_to.empty()) {
    o.key("attribution") << "null";
  } else {
    Object a(o.key("attribution"));
    a.str("actor", e.attributed_to);
    put_span_members(a, e.attribution);
    a.close();
  }
  o.str("source", e.source);
  o.str("target", e.target);
  o.str("code", e.code);
  o.str("root", e.root);
  if (e.quad)
    o.integer("quad", *e.quad);
  else
    o.key("quad") << "null";
  if (e.goldstein)
    o.num("goldstein", *e.goldstein);
  else
    o.key("goldstein") << "null";
  put_location(o.key("location"), e.location);
  put_plover(o.key("plover"), e);
  if (e.source_location.known() || e.target_location.known()) {
    Object locs(o.key("actor_locations"));
    put_location(locs.key("source"), e.source_location);
    put_location(locs.key("target"), e.target_location);
    locs.close();
  }
  if (!e.quantities.empty()) {
    std::ostream& list = o.key("quantities");
    list << '[';
    for (size_t i = 0; i < e.quantities.size(); ++i) {
      if (i) list << ',';
      Object q(list);
      put_quantity_members(q, e.quantities[i]);
      q.close();
    }
    list << ']';
  }
  put_evidence(o.key("evidence"), e.evidence);
  o.str("coder", e.coder);
  o.close();
  out << '\n';
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
