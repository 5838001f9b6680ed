#include "clickhouse/rows.h"

#include <algorithm>
#include <cstdio>
#include <sstream>
#include <unordered_set>

#include "clickhouse/sql_text.h"
#include "dyad/io.h"

namespace dyad::ch {

uint64_t fnv1a64(std::string_view s) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

int64_t EventKey::id() const { return static_cast<int64_t>(fnv1a64(encoded()) >> 1); }

std::string EventKey::encoded() const {
  std::string s;
  s.reserve(date.size() + source.size() + target.size() + code.size() + 3);
  s += date;
  s += '\x1f';
  s += source;
  s += '\x1f';
  s += target;
  s += '\x1f';
  s += code;
  return s;
}

std::optional<EventKey> EventKey::decode(std::string_view s) {
  std::string parts[4];
  size_t n = 0, start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == '\x1f') {
      if (n == 4) return std::nullopt;
      parts[n++] = std::string(s.substr(start, i - start));
      start = i + 1;
    }
  }
  if (n != 4) return std::nullopt;
  return EventKey{parts[0], parts[1], parts[2], parts[3]};
}

namespace {

bool in_date_range(const std::string& d) {
  int ymd = parse_date(d);
  return d.size() == 10 && ymd >= 19700101 && ymd <= 21051231;
}

void tab(std::string& out) { out += '\t'; }

void field(std::string& out, std::string_view s) {
  append_tsv(out, s);
  tab(out);
}

void field(std::string& out, int64_t v) {
  out += std::to_string(v);
  tab(out);
}

void field_u(std::string& out, uint64_t v) {
  out += std::to_string(v);
  tab(out);
}

void field(std::string& out, double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  out += buf;
  tab(out);
}

void null_field(std::string& out) {
  append_tsv_null(out);
  tab(out);
}

void span_fields(std::string& out, const Span& s) {
  if (s.empty()) {
    null_field(out);
    null_field(out);
  } else {
    field(out, int64_t(s.begin));
    field(out, int64_t(s.end));
  }
}

void end_row(std::string& out) { out.back() = '\n'; }

// Array(String) in TabSeparated: ['a','b'], elements quoted as SQL literals; ClickHouse
// reads the field in that quoted form, with no TabSeparated escaping on top (sql_quote leaves
// no raw tab or line break).
void array_field(std::string& out, const std::vector<std::string>& items) {
  out += '[';
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ',';
    out += sql_quote(items[i]);
  }
  out += ']';
  tab(out);
}

// Why an article was not coded, from the coder's warning (as the SQLite store words it).
std::string skip_reason(const CodedArticle& ca) {
  if (!ca.result.skipped) return "";
  if (ca.result.warnings.empty()) return "skipped";
  const std::string& w = ca.result.warnings.back();
  std::string prefix = "article " + ca.article.id + ": ";
  return w.compare(0, prefix.size(), prefix) == 0 ? w.substr(prefix.size()) : w;
}

std::string coder_of(const CodedArticle& ca) {
  if (!ca.coder.empty()) return ca.coder;
  return ca.result.events.empty() ? std::string() : ca.result.events.front().coder;
}

// The sentence of a mention: its span of the article text, else the event's own copy.
std::string_view sentence_text(const CodedArticle& a, const Event& e, Span& span) {
  for (const auto& s : a.result.sentence_spans) {
    if (s.index != e.sentence) continue;
    const std::string& text = a.article.text;
    uint32_t begin = std::min<uint32_t>(s.begin, text.size());
    uint32_t end = std::clamp<uint32_t>(s.end, begin, text.size());
    span = Span{begin, end};
    return std::string_view(text).substr(begin, end - begin);
  }
  span = Span{};
  return e.text;
}

}  // namespace

std::string storable_date(const std::string& date, const std::string& fallback) {
  if (in_date_range(date)) return date;
  if (in_date_range(fallback)) return fallback;
  return "1970-01-01";
}

std::string mention_date(const CodedArticle& a, const Event& e) {
  return storable_date(e.date, storable_date(e.article_date, a.article.date));
}

EventKey event_key(const CodedArticle& a, const Event& e) {
  return EventKey{mention_date(a, e), e.source, e.target, e.code};
}

std::vector<const Event*> stored_events(const CodedArticle& a) {
  std::vector<const Event*> events;
  std::unordered_set<std::string_view> ids;
  for (const Event& e : a.result.events)
    if (ids.insert(e.id).second) events.push_back(&e);
  return events;
}

void append_article_row(std::string& out, const CodedArticle& a, uint64_t version,
                        int64_t ingested_at, const ArticleMemory& memory) {
  const Article& art = a.article;
  field(out, art.id);
  field_u(out, article_key(art.id));
  field_u(out, version);
  field(out, storable_date(art.date, ""));
  field(out, art.source);
  field(out, art.url);
  field(out, art.title);
  field(out, art.text);
  field(out, text_hash(art.text));
  field(out, coder_of(a));
  field(out, int64_t(a.result.skipped ? 0 : a.result.sentences));
  field(out, int64_t(memory.mention_ids.size()));
  field(out, skip_reason(a));
  field(out, ingested_at);
  array_field(out, memory.event_keys);
  array_field(out, memory.mention_ids);
  array_field(out, memory.mention_codes);
  end_row(out);
}

void append_mention_row(std::string& out, const CodedArticle& a, const Event& e,
                        uint64_t version) {
  const Article& art = a.article;
  EventKey key = event_key(a, e);
  Span sentence;
  std::string_view text = sentence_text(a, e, sentence);
  field(out, e.id);
  field(out, art.id);
  field_u(out, article_key(art.id));
  field_u(out, version);
  field(out, key.id());
  field(out, int64_t(e.sentence < 0 ? 0 : e.sentence));
  field(out, int64_t(sentence.begin));
  field(out, int64_t(sentence.end));
  field(out, key.date);
  field(out, storable_date(e.article_date, art.date));
  field(out, art.source);
  field(out, art.url);
  field(out, art.title);
  field(out, e.source);
  field(out, e.target);
  field(out, actor_country(e.source));
  field(out, actor_country(e.target));
  field(out, e.code);
  field(out, e.root);
  if (e.quad) field(out, int64_t(*e.quad)); else null_field(out);
  if (e.goldstein) field(out, *e.goldstein); else null_field(out);
  field(out, e.status);
  field(out, e.attributed_to);
  field(out, int64_t(e.historical ? 1 : 0));
  const EventLocation& loc = e.location;
  field(out, loc.known() ? loc.name : "");
  field(out, loc.known() ? loc.country : "");
  field(out, loc.known() ? loc.admin1 : "");
  if (loc.known()) {
    field(out, loc.lat);
    field(out, loc.lon);
  } else {
    null_field(out);
    null_field(out);
  }
  field(out, loc.precision);
  span_fields(out, e.evidence.source);
  span_fields(out, e.evidence.target);
  span_fields(out, e.evidence.verb);
  field(out, mention_confidence(e));
  field(out, e.plover_event);
  field(out, e.plover_mode);
  field(out, text);
  std::ostringstream json;
  write_event_jsonl(json, e);
  std::string j = json.str();
  while (!j.empty() && j.back() == '\n') j.pop_back();
  field(out, j);
  end_row(out);
}

void append_replaced_row(std::string& out, uint64_t key, uint64_t version,
                         const std::string& article_id, int64_t replaced_at) {
  field_u(out, key);
  field_u(out, version);
  field(out, article_id);
  field(out, replaced_at);
  end_row(out);
}

}  // namespace dyad::ch
