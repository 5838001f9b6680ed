// Factored from the text `dyad explain` prints (src/cli/cmd_explain.cc), as JSON.
#include "server/explain_view.h"

#include <sstream>

#include "dyad/io.h"

namespace dyad::server {

namespace {

using Json = nlohmann::ordered_json;

std::string range_text(const std::vector<Token>& t, TokenRange r) {
  std::string s;
  for (int i = r.begin; i < r.end && i < static_cast<int>(t.size()); ++i) {
    if (i > r.begin) s += ' ';
    s += t[i].text;
  }
  return s;
}

const char* mark_name(ClauseMark m) {
  switch (m) {
    case ClauseMark::Hard:
      return "hard";
    case ClauseMark::Subordinator:
      return "subordinate";
    case ClauseMark::Complement:
      return "complement";
    case ClauseMark::Relative:
      return "relative";
    case ClauseMark::Coordinate:
      return "coordinate";
    default:
      return "";
  }
}

Json range_json(const std::vector<Token>& t, TokenRange r) {
  Json j = Json::object();
  j["text"] = range_text(t, r);
  j["begin"] = r.begin;  // token indexes, [begin, end)
  j["end"] = r.end;
  return j;
}

Json entry_json(const EntryRef& e) {
  Json j = Json::object();
  j["phrase"] = e.phrase;
  j["code"] = e.code;
  j["origin"] = e.origin;
  return j;
}

}  // namespace

Json event_json(const Event& e) {
  std::ostringstream line;
  write_event_jsonl(line, e);
  Json j = Json::parse(line.str(), nullptr, false);
  if (j.is_discarded()) return Json::object();  // cannot happen: the writer emits valid JSON
  return j;
}

Json explain_json(const SentenceAnalysis& a, const CompiledDictionaries& dicts,
                  const std::string& sentence, const std::string& date) {
  const auto& t = a.tokens;
  Json out = Json::object();
  out["sentence"] = sentence;
  out["date"] = date;
  Json tokens = Json::array();
  for (size_t i = 0; i < t.size(); ++i) {
    Json tok = Json::object();
    tok["text"] = t[i].text;
    tok["tag"] = std::string(pos_name(t[i].tag));
    tok["lemma"] = t[i].lemma;
    tok["begin"] = t[i].begin;
    tok["end"] = t[i].end;
    if (a.parse.mark.size() > i && a.parse.mark[i] != ClauseMark::None)
      tok["clause"] = mark_name(a.parse.mark[i]);
    tokens.push_back(std::move(tok));
  }
  out["tokens"] = std::move(tokens);

  Json nps = Json::array();
  for (const auto& np : a.parse.nps) nps.push_back(range_json(t, np));
  out["noun_phrases"] = std::move(nps);

  Json vgs = Json::array();
  for (const auto& g : a.parse.vgs) {
    Json v = range_json(t, g.range);
    v["head"] =
        g.head >= 0 && g.head < static_cast<int>(t.size()) ? Json(t[g.head].text) : Json(nullptr);
    v["negated"] = g.negated;
    v["passive"] = g.passive;
    v["modal"] = g.modal ? Json(g.modal_word) : Json(nullptr);
    vgs.push_back(std::move(v));
  }
  out["verb_groups"] = std::move(vgs);

  Json phrases = Json::array();
  for (const auto& u : a.units) {
    if (u.readings.empty()) continue;
    Json p = range_json(t, u.range);
    p["compound"] = u.compound;
    Json codes = Json::array(), readings = Json::array();
    for (const auto& r : u.readings) {
      codes.push_back(r.code);
      Json reading = Json::object();
      reading["code"] = r.code;
      Json entries = Json::array();
      for (const auto& e : r.entries) entries.push_back(entry_json(e));
      reading["entries"] = std::move(entries);
      readings.push_back(std::move(reading));
    }
    p["codes"] = std::move(codes);
    p["readings"] = std::move(readings);
    phrases.push_back(std::move(p));
  }
  out["phrases"] = std::move(phrases);

  Json verbs = Json::array();
  for (const auto& v : a.verbs) {
    Json vj = range_json(t, v.range);
    Json entries = Json::array();
    for (uint32_t id : v.entries) {
      if (id >= dicts.set.verbs.size()) continue;
      const VerbEntry& e = dicts.set.verbs[id];
      Json ej = Json::object();
      ej["name"] = e.name;
      ej["code"] = e.code;
      ej["block"] = e.block >= 0 && static_cast<size_t>(e.block) < dicts.set.verb_blocks.size()
                        ? dicts.set.verb_blocks[e.block].name
                        : std::string();
      ej["origin"] = e.origin;
      entries.push_back(std::move(ej));
    }
    vj["entries"] = std::move(entries);
    verbs.push_back(std::move(vj));
  }
  out["verbs"] = std::move(verbs);

  Json events = Json::array();
  for (const Event& e : a.events) events.push_back(event_json(e));
  out["events"] = std::move(events);
  out["notes"] = a.notes;
  out["discarded"] = a.discarded;
  return out;
}

}  // namespace dyad::server
