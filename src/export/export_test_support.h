// The query tests' sample store with realistic event lines (written by write_event_jsonl) on
// the mentions the export tests look at.
#pragma once
#include <sstream>
#include <string>
#include <vector>

#include "dyad/event.h"
#include "dyad/io.h"
#include "query/test_store.h"

namespace dyad::testing {

inline std::string event_line(const Event& e) {
  std::ostringstream out;
  write_event_jsonl(out, e);
  return out.str();
}

inline void set_event_json(TestStore& t, const std::string& mention_id, const std::string& json) {
  auto c = RowCursor::open(t.store(), "UPDATE mentions SET event_json = ? WHERE id = ?",
                           {json, mention_id});
  ASSERT_TRUE(c.ok()) << c.error();
  c->next();
  ASSERT_TRUE(c->error().empty()) << c->error();
}

// fill_sample(), then m1/m2 (FRAGOV -> MLI 0874) carry evidence phrases, a place for the
// source actor (Paris) and a PLOVER reading; m5 (RUSMIL -> UKR 190) too.
inline void fill_export_sample(TestStore& t) {
  fill_sample(t);
  Event e;
  e.article = "a1";
  e.sentence = 0;
  e.text = "France will withdraw its troops from Mali.";
  e.date = e.article_date = "2022-02-17";
  e.source = "FRAGOV";
  e.target = "MLI";
  e.code = "0874";
  e.root = "08";
  e.quad = 2;
  e.goldstein = 10.0;
  e.location = {"Mali", "ML", "", 17.0, -4.0, "country", 0.9, {}, "sentence"};
  e.source_location = {"Paris", "FR", "FR-75", 48.86, 2.35, "city", 0.8, {}, "article"};
  e.plover_event = "RETREAT";
  e.plover_mode = "withdraw";
  e.plover_context = {"military"};
  e.evidence.source_entries = {{"FRANCE", "FRA", "countries.dyad:80"}};
  e.evidence.target_entries = {{"MALI", "MLI", "countries.dyad:140"}};
  e.id = "m1";
  set_event_json(t, "m1", event_line(e));
  e.id = "m2";
  e.article = "a2";
  set_event_json(t, "m2", event_line(e));
  Event r;
  r.id = "m5";
  r.article = "a3";
  r.text = "Russian forces attacked Kyiv.";
  r.date = r.article_date = "2022-03-05";
  r.source = "RUSMIL";
  r.target = "UKR";
  r.code = "190";
  r.root = "19";
  r.quad = 4;
  r.goldstein = -10.0;
  r.location = {"Kyiv", "UA", "UA-30", 50.45, 30.52, "city", 0.9, {}, "clause"};
  r.target_location = {"Texas", "US", "US-TX", 31.0, -99.0, "admin1", 0.5, {}, "sentence"};
  r.plover_event = "ASSAULT";
  r.evidence.source_entries = {{"RUSSIAN", "RUS", "countries.dyad:200"},
                               {"FORCES", "~MIL", "agents.dyad:18"}};
  set_event_json(t, "m5", event_line(r));
}

inline std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  out.push_back(cur);
  return out;
}

inline std::vector<std::string> lines(const std::string& s) {
  std::vector<std::string> out = split(s, '\n');
  if (!out.empty() && out.back().empty()) out.pop_back();
  return out;
}

}  // namespace dyad::testing
