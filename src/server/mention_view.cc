// Segments and evidence of a mention, from its stored event JSON. The JSON comes from our own
// writer, but it is read defensively (a hand-edited store must not crash the server).
#include "server/mention_view.h"

#include <algorithm>

namespace dyad::server {

namespace {

using json = nlohmann::ordered_json;

const json* member(const json* j, const char* key) {
  if (!j || !j->is_object()) return nullptr;
  auto it = j->find(key);
  return it == j->end() ? nullptr : &*it;
}

std::optional<int64_t> int_member(const json* j, const char* key) {
  const json* v = member(j, key);
  if (!v || !v->is_number_integer()) return std::nullopt;
  return v->get<int64_t>();
}

std::string string_member(const json* j, const char* key) {
  const json* v = member(j, key);
  return v && v->is_string() ? v->get<std::string>() : std::string();
}

// The span [begin, end) of evidence.<name>, relative to the sentence and clipped to it;
// nullopt when absent, empty or outside.
std::optional<std::pair<size_t, size_t>> relative_span(const json& event, const char* name,
                                                       const std::string& sentence,
                                                       int64_t sentence_begin) {
  const json* span = member(member(&event, "evidence"), name);
  auto b = int_member(span, "begin"), e = int_member(span, "end");
  if (!b || !e || *e <= *b) return std::nullopt;
  int64_t rb = std::max<int64_t>(*b - sentence_begin, 0);
  int64_t re = std::min<int64_t>(*e - sentence_begin, static_cast<int64_t>(sentence.size()));
  if (re <= rb) return std::nullopt;
  return std::make_pair(static_cast<size_t>(rb), static_cast<size_t>(re));
}

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::vector<Segment> sentence_segments(const std::string& sentence, int64_t sentence_begin,
                                       const nlohmann::ordered_json& event) {
  // One role per byte, painted from the weakest to the strongest role, then run-length cut.
  enum : uint8_t { None, Date, Verb, Target, Source };
  static const char* kNames[] = {"", "date", "verb", "target", "source"};
  std::vector<uint8_t> role(sentence.size(), None);
  const std::pair<const char*, uint8_t> order[] = {
      {"date", Date}, {"verb", Verb}, {"target", Target}, {"source", Source}};
  for (const auto& [name, r] : order)
    if (auto span = relative_span(event, name, sentence, sentence_begin))
      std::fill(role.begin() + span->first, role.begin() + span->second, r);
  std::vector<Segment> out;
  size_t start = 0;
  for (size_t i = 1; i <= sentence.size(); ++i) {
    bool cut = i == sentence.size() || (role[i] != role[start] && !is_continuation(sentence[i]));
    if (!cut) continue;
    out.push_back({sentence.substr(start, i - start), kNames[role[start]]});
    start = i;
  }
  return out;
}

nlohmann::ordered_json mention_evidence(const nlohmann::ordered_json& event,
                                        const std::string& sentence, int64_t sentence_begin) {
  const json* ev = member(&event, "evidence");
  auto array_or_empty = [](const json* j) { return j && j->is_array() ? *j : json::array(); };
  json out = json::object();
  out["source_entries"] = array_or_empty(member(member(ev, "source"), "entries"));
  out["target_entries"] = array_or_empty(member(member(ev, "target"), "entries"));
  const json* verb_entry = member(member(ev, "verb"), "entry");
  out["verb_entry"] = verb_entry ? *verb_entry : json(nullptr);
  const json* pattern = member(ev, "pattern");
  out["pattern"] = pattern ? *pattern : json(nullptr);

  std::string date = string_member(&event, "date");
  std::string article_date = string_member(&event, "article_date");
  const json* historical = member(&event, "historical");
  std::string date_reason;
  if (auto span = relative_span(event, "date", sentence, sentence_begin)) {
    date_reason =
        "dated by \"" + sentence.substr(span->first, span->second - span->first) + "\": " + date;
    if (!article_date.empty() && article_date != date)
      date_reason += " (the article is of " + article_date + ")";
  } else if (!date.empty() && !article_date.empty() && date != article_date) {
    date_reason = "dated " + date + " by the text (the article is of " + article_date + ")";
  } else {
    date_reason = "the article's date" + (date.empty() ? std::string() : ", " + date);
  }
  if (historical && historical->is_boolean() && historical->get<bool>())
    date_reason += "; historical: years before the article";
  out["date_reason"] = date_reason;

  const json* loc = member(&event, "location");
  std::string place_reason;
  if (!loc || !loc->is_object()) {
    place_reason = "no place found";
  } else {
    std::string name = string_member(loc, "name");
    std::string basis = string_member(loc, "basis");
    std::string precision = string_member(loc, "precision");
    std::string what = "\"" + name + "\"" + (precision.empty() ? "" : " (" + precision + ")");
    if (basis == "clause")
      place_reason = what + " named in the event's clause";
    else if (basis == "sentence")
      place_reason = what + " named in the sentence";
    else if (basis == "article")
      place_reason = what + ": the article's main place";
    else
      place_reason = what;
  }
  out["place_reason"] = place_reason;
  return out;
}

}  // namespace dyad::server
