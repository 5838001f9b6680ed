// Test fixture: a fresh event store in a temporary file, filled with plain SQL INSERTs (no
// coder, no Store::put), and a small sample data set that the query and export tests share.
#pragma once
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "dyad/query.h"
#include "dyad/store.h"

namespace dyad::testing {

// One mention to insert; the sentence row is created from `sentence` when the article does
// not have that index yet.
struct MentionSpec {
  std::string id;
  std::string article;
  int sentence_idx = 0;
  std::string date;
  std::string source, target, code, root;
  std::optional<int> quad;
  std::optional<double> goldstein;
  std::string place, country, admin1, precision;
  std::optional<double> lat, lon;
  double confidence = 0.8;
  std::string plover_event;
  std::string event_json;  // defaults to a minimal JSON object
  int source_begin = -1, source_end = -1, target_begin = -1, target_end = -1, verb_begin = -1,
      verb_end = -1;
};

class TestStore {
 public:
  explicit TestStore(const std::string& name) {
    path_ = (std::filesystem::temp_directory_path() /
             ("dyad_query_" + name + "_" + std::to_string(::getpid()) + ".db"))
                .string();
    remove_files();
    auto s = Store::open(path_);
    if (!s) ADD_FAILURE() << s.error();
    else store_ = std::move(*s);
  }
  ~TestStore() {
    store_.reset();
    remove_files();
  }
  Store& store() { return *store_; }
  const std::string& path() const { return path_; }

  void exec(const std::string& sql) {
    char* msg = nullptr;
    if (sqlite3_exec(store_->db(), sql.c_str(), nullptr, nullptr, &msg) != SQLITE_OK) {
      ADD_FAILURE() << (msg ? msg : "?") << "\n in: " << sql;
      sqlite3_free(msg);
    }
  }

  // An article with its sentences (idx 0..n-1, byte offsets into the joined text).
  void add_article(const std::string& id, const std::string& date, const std::string& outlet,
                   const std::string& url, const std::string& title,
                   const std::vector<std::string>& sentences,
                   const std::string& ingested_at = "2022-02-18T09:15:00Z") {
    std::string text;
    std::vector<std::pair<size_t, size_t>> spans;
    for (const std::string& s : sentences) {
      if (!text.empty()) text += ' ';
      spans.emplace_back(text.size(), text.size() + s.size());
      text += s;
    }
    run("INSERT INTO articles(id, date, source, url, title, text, text_hash, coder, sentences, "
        "events, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,0,?)",
        {id, date, outlet, url, title, text, text_hash(text), std::string("dyad test"),
         static_cast<int64_t>(sentences.size()), ingested_at});
    for (size_t i = 0; i < sentences.size(); ++i)
      run("INSERT INTO sentences(article_id, idx, begin, end, text) VALUES (?,?,?,?,?)",
          {id, static_cast<int64_t>(i), static_cast<int64_t>(spans[i].first),
           static_cast<int64_t>(spans[i].second), sentences[i]});
  }

  void add_mention(const MentionSpec& m) {
    auto opt = [](const std::optional<double>& v) -> Value {
      return v ? Value(*v) : Value(std::monostate{});
    };
    auto span = [](int v) -> Value {
      return v < 0 ? Value(std::monostate{}) : Value(static_cast<int64_t>(v));
    };
    std::string json = m.event_json.empty()
                           ? "{\"type\":\"event\",\"id\":\"" + m.id + "\",\"article\":\"" +
                                 m.article + "\",\"sentence\":" + std::to_string(m.sentence_idx) +
                                 ",\"date\":\"" + m.date + "\",\"source\":\"" + m.source +
                                 "\",\"target\":\"" + m.target + "\",\"code\":\"" + m.code + "\"}"
                           : m.event_json;
    run("INSERT INTO mentions(id, article_id, sentence_id, sentence_idx, date, article_date, "
        "outlet, source, target, source_country, target_country, code, root, quad, goldstein, "
        "place, country, admin1, lat, lon, precision, source_begin, source_end, target_begin, "
        "target_end, verb_begin, verb_end, confidence, plover_event, event_json) "
        "SELECT ?1, ?2, s.id, ?3, ?4, a.date, a.source, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
        "?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27 "
        "FROM articles a JOIN sentences s ON s.article_id = a.id AND s.idx = ?3 WHERE a.id = ?2",
        {m.id, m.article, static_cast<int64_t>(m.sentence_idx), m.date, m.source, m.target,
         country_of(m.source), country_of(m.target), m.code, m.root,
         m.quad ? Value(static_cast<int64_t>(*m.quad)) : Value(std::monostate{}),
         opt(m.goldstein), m.place, m.country, m.admin1, opt(m.lat), opt(m.lon), m.precision,
         span(m.source_begin), span(m.source_end), span(m.target_begin), span(m.target_end),
         span(m.verb_begin), span(m.verb_end), m.confidence, m.plover_event, json});
    if (sqlite3_changes(store_->db()) != 1)
      ADD_FAILURE() << "mention " << m.id << ": no article " << m.article << " sentence "
                    << m.sentence_idx;
  }

  // Merges mentions one-a-day into events (same date, source, target, code), one story per
  // dyad and root, and fills rollup_dyad_month: what Store::put maintains, done in SQL.
  void merge() {
    exec(R"SQL(
DELETE FROM rollup_dyad_month; DELETE FROM events; DELETE FROM stories;
INSERT INTO events(date, source, target, code, source_country, target_country, root, quad,
  goldstein, place, country, admin1, lat, lon, precision, num_mentions, num_sources,
  num_articles, first_article, source_url)
SELECT g.*, (SELECT url FROM articles WHERE id = g.first) FROM (
  SELECT date, source, target, code, max(source_country), max(target_country), max(root),
    max(quad), max(goldstein), max(place), max(country), max(admin1), max(lat), max(lon),
    max(precision), count(*), count(DISTINCT outlet), count(DISTINCT article_id),
    min(article_id) AS first
  FROM mentions m GROUP BY date, source, target, code ORDER BY date, source, target, code) g;
UPDATE mentions SET event_id = (SELECT e.id FROM events e WHERE e.date = mentions.date AND
  e.source = mentions.source AND e.target = mentions.target AND e.code = mentions.code);
INSERT INTO stories(source, target, root, country, date_first, date_last, num_events,
  num_mentions, num_sources, num_articles)
SELECT source, target, root, max(country), min(date), max(date), count(*), sum(num_mentions),
  sum(num_sources), sum(num_articles) FROM events GROUP BY source, target, root
  ORDER BY source, target, root;
UPDATE events SET story_id = (SELECT s.id FROM stories s WHERE s.source = events.source AND
  s.target = events.target AND s.root = events.root);
INSERT INTO rollup_dyad_month(month, source, target, quad, events, mentions, goldstein_sum,
  goldstein_n)
SELECT substr(date, 1, 7), source, target, coalesce(quad, 0), count(*), sum(num_mentions),
  total(goldstein), count(goldstein) FROM events GROUP BY 1, 2, 3, 4;
)SQL");
  }

  int64_t event_id(const std::string& date, const std::string& source, const std::string& target,
                   const std::string& code) {
    auto c = RowCursor::open(*store_,
                             "SELECT id FROM events WHERE date=? AND source=? AND target=? AND code=?",
                             {date, source, target, code});
    if (!c || !c->next()) {
      ADD_FAILURE() << "no event " << date << " " << source << " " << target << " " << code;
      return 0;
    }
    return c->integer(0);
  }

 private:
  // The CAMEO country part as the store keeps it; enough for the codes the tests use.
  static std::string country_of(const std::string& code) {
    static const char* const kCountries[] = {"FRA", "MLI", "RUS", "UKR", "USA", "DEU", "NER"};
    for (const char* c : kCountries)
      if (code.compare(0, 3, c) == 0) return c;
    return "";
  }

  void run(const std::string& sql, const std::vector<Value>& params) {
    auto c = RowCursor::open(*store_, sql, params);
    if (!c) {
      ADD_FAILURE() << c.error() << "\n in: " << sql;
      return;
    }
    c->next();
    if (!c->error().empty()) ADD_FAILURE() << c->error() << "\n in: " << sql;
  }

  void remove_files() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
  }

  std::string path_;
  std::unique_ptr<Store> store_;
};

// The sample data set (see sample_events() for what it holds):
//   a1 2022-02-17 NPR      s0 "France will withdraw its troops from Mali."
//                          s1 "Malian authorities criticised the French army in Bamako."
//                          s2 "The French army left Gao."
//   a2 2022-02-17 Reuters  s0 "France will withdraw its troops from Mali."
//   a3 2022-03-05 AFP      s0 "Russian forces attacked Kyiv."  s1 "Ukraine asked the United Nations for help."
//   a4 2021-01-03 BBC      s0 "Police arrested protesters in Paris."
// Events after merge():
//   E1 2022-02-17 FRAGOV -> MLI    0874 q2 g10   Mali (ML, country)  2 mentions (a1, a2)
//   E2 2022-02-17 MLIGOV -> FRAMIL 111  q3 g-2   Bamako (ML, city)
//   E3 2022-02-17 FRAMIL -> MLI    0874 q2 g10   Gao (ML, city)
//   E4 2022-03-05 RUSMIL -> UKR    190  q4 g-10  Kyiv (UA, city)
//   E5 2022-03-05 UKRGOV -> IGOUNO 0233 q1 g3.4  no place
//   E6 2021-01-03 FRACOP -> FRAOPP 173  q4 g-5   Paris (FR, city)
//   E7 2022-03-05 UKRGOV -> RUS    903  no quad, no Goldstein (not a CAMEO code)
inline void fill_sample(TestStore& t) {
  t.add_article("a1", "2022-02-17", "NPR", "https://npr.example/a1", "France to leave Mali",
                {"France will withdraw its troops from Mali.",
                 "Malian authorities criticised the French army in Bamako.",
                 "The French army left Gao."});
  t.add_article("a2", "2022-02-17", "Reuters", "https://reuters.example/a2", "Mali pull-out",
                {"France will withdraw its troops from Mali."}, "2022-02-18T10:30:00Z");
  t.add_article("a3", "2022-03-05", "AFP", "https://afp.example/a3", "War in Ukraine",
                {"Russian forces attacked Kyiv.", "Ukraine asked the United Nations for help."},
                "2022-03-05T12:00:00Z");
  t.add_article("a4", "2021-01-03", "BBC", "", "Paris protest",
                {"Police arrested protesters in Paris."}, "2021-01-04T08:00:00Z");
  MentionSpec m;
  m = {};
  m.id = "m1"; m.article = "a1"; m.sentence_idx = 0; m.date = "2022-02-17";
  m.source = "FRAGOV"; m.target = "MLI"; m.code = "0874"; m.root = "08"; m.quad = 2;
  m.goldstein = 10.0; m.place = "Mali"; m.country = "ML"; m.precision = "country";
  m.lat = 17.0; m.lon = -4.0; m.confidence = 0.9; m.plover_event = "RETREAT";
  m.source_begin = 0; m.source_end = 6; m.target_begin = 37; m.target_end = 41;
  m.verb_begin = 12; m.verb_end = 20;
  t.add_mention(m);
  m.id = "m2"; m.article = "a2"; m.confidence = 0.7;
  t.add_mention(m);
  m = {};
  m.id = "m3"; m.article = "a1"; m.sentence_idx = 1; m.date = "2022-02-17";
  m.source = "MLIGOV"; m.target = "FRAMIL"; m.code = "111"; m.root = "11"; m.quad = 3;
  m.goldstein = -2.0; m.place = "Bamako"; m.country = "ML"; m.precision = "city";
  m.lat = 12.65; m.lon = -8.0; m.plover_event = "ACCUSE";
  t.add_mention(m);
  m = {};
  m.id = "m4"; m.article = "a1"; m.sentence_idx = 2; m.date = "2022-02-17";
  m.source = "FRAMIL"; m.target = "MLI"; m.code = "0874"; m.root = "08"; m.quad = 2;
  m.goldstein = 10.0; m.place = "Gao"; m.country = "ML"; m.admin1 = "ML-7";
  m.precision = "city"; m.lat = 16.27; m.lon = -0.04; m.plover_event = "RETREAT";
  t.add_mention(m);
  m = {};
  m.id = "m5"; m.article = "a3"; m.sentence_idx = 0; m.date = "2022-03-05";
  m.source = "RUSMIL"; m.target = "UKR"; m.code = "190"; m.root = "19"; m.quad = 4;
  m.goldstein = -10.0; m.place = "Kyiv"; m.country = "UA"; m.precision = "city";
  m.lat = 50.45; m.lon = 30.52; m.plover_event = "ASSAULT";
  t.add_mention(m);
  m = {};
  m.id = "m6"; m.article = "a3"; m.sentence_idx = 1; m.date = "2022-03-05";
  m.source = "UKRGOV"; m.target = "IGOUNO"; m.code = "0233"; m.root = "02"; m.quad = 1;
  m.goldstein = 3.4;
  t.add_mention(m);
  m = {};
  m.id = "m7"; m.article = "a4"; m.sentence_idx = 0; m.date = "2021-01-03";
  m.source = "FRACOP"; m.target = "FRAOPP"; m.code = "173"; m.root = "17"; m.quad = 4;
  m.goldstein = -5.0; m.place = "Paris"; m.country = "FR"; m.precision = "city";
  m.lat = 48.86; m.lon = 2.35; m.plover_event = "COERCE";
  t.add_mention(m);
  m = {};
  m.id = "m8"; m.article = "a3"; m.sentence_idx = 1; m.date = "2022-03-05";
  m.source = "UKRGOV"; m.target = "RUS"; m.code = "903";
  t.add_mention(m);
  t.merge();
}

}  // namespace dyad::testing
