// Test fixtures of the server module: a small store filled with SQL INSERTs (no coder, no
// Store::put), the default coder when its data is installed, and a server on a free loopback
// port running in a thread of the test.
#pragma once
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sqlite3.h>
#include <sys/socket.h>
#include <unistd.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "dyad/cameo.h"
#include "dyad/io.h"
#include "dyad/plover.h"
#include "dyad/server.h"
#include "dyad/store.h"
#include "dyad/tagger.h"

namespace dyad::server::testing {

inline std::string temp_dir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() /
             ("dyad_server_" + name + "_" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir.string();
}

// Binds the values in order (?1, ?2 ...) and runs the statement.
inline void run_sql(sqlite3* db, const std::string& sql, const std::vector<Value>& values) {
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr), SQLITE_OK)
      << sqlite3_errmsg(db) << "\n in: " << sql;
  for (size_t i = 0; i < values.size(); ++i) {
    int n = static_cast<int>(i + 1);
    const Value& v = values[i];
    if (auto* p = std::get_if<int64_t>(&v))
      sqlite3_bind_int64(st, n, *p);
    else if (auto* d = std::get_if<double>(&v))
      sqlite3_bind_double(st, n, *d);
    else if (auto* s = std::get_if<std::string>(&v))
      sqlite3_bind_text(st, n, s->c_str(), static_cast<int>(s->size()), SQLITE_TRANSIENT);
    else
      sqlite3_bind_null(st, n);
  }
  EXPECT_EQ(sqlite3_step(st), SQLITE_DONE) << sqlite3_errmsg(db) << "\n in: " << sql;
  sqlite3_finalize(st);
}

// One coded sentence of the sample: article, sentence, event and its merged event.
struct Sample {
  std::string article, date, outlet, url, title, text;
  std::string source, target, code, root, source_word, target_word, verb_words;
  int quad;
  double goldstein;
  std::string place, country;
  double lat, lon;
  std::string status, attributed_to, event_date, date_words;
};

inline std::vector<Sample> samples() {
  return {
      {"npr-mali",
       "2022-02-17",
       "NPR",
       "https://www.npr.org/mali",
       "France leaves Mali",
       "President Emmanuel Macron says France will withdraw its troops from Mali.",
       "FRA",
       "MLI",
       "0874",
       "08",
       "France",
       "Mali",
       "will withdraw",
       2,
       10.0,
       "Mali",
       "ML",
       17.0,
       -4.0,
       "intended",
       "FRAGOV",
       "2022-02-17",
       ""},
      {"reuters-7",
       "2022-03-02",
       "Reuters",
       "https://reuters.com/7",
       "Treaty row",
       "On Tuesday the United States accused Russia of breaking the treaty.",
       "USA",
       "RUS",
       "112",
       "11",
       "United States",
       "Russia",
       "accused",
       3,
       -2.0,
       "",
       "",
       0,
       0,
       "happened",
       "",
       "2022-03-01",
       "On Tuesday"},
  };
}

inline Event sample_event(const Sample& s, uint32_t base) {
  Event e;
  e.id = "m-" + s.article;
  e.article = s.article;
  e.sentence = 0;
  e.text = s.text;
  e.date = s.event_date;
  e.article_date = s.date;
  e.status = s.status;
  e.attributed_to = s.attributed_to;
  e.source = s.source;
  e.target = s.target;
  e.code = s.code;
  e.root = s.root;
  e.quad = s.quad;
  e.goldstein = s.goldstein;
  auto span = [&](const std::string& words) {
    size_t p = s.text.find(words);
    return Span{static_cast<uint32_t>(base + p), static_cast<uint32_t>(base + p + words.size())};
  };
  e.evidence.source = span(s.source_word);
  e.evidence.target = span(s.target_word);
  e.evidence.verb = span(s.verb_words);
  if (!s.date_words.empty()) e.evidence.date = span(s.date_words);
  e.evidence.source_entries = {{s.source_word, s.source, "countries.dyad:1"}};
  e.evidence.target_entries = {{s.target_word, s.target, "countries.dyad:2"}};
  e.evidence.verb_entry = {s.verb_words, "---", "verbs.dyad:3"};
  e.evidence.pattern = {"* " + s.target_word, s.code, "verbs.dyad:4"};
  if (!s.place.empty()) {
    e.location.name = s.place;
    e.location.country = s.country;
    e.location.lat = s.lat;
    e.location.lon = s.lon;
    e.location.precision = "country";
    e.location.basis = "sentence";
  }
  e.coder = "dyad test";
  return e;
}

// A store with the samples: two articles (one sentence each, starting a few bytes into the
// article so that offsets are article-relative), two mentions, two events, two stories and
// their rollup rows. Returns the file's path.
inline std::string make_sample_store(const std::string& dir) {
  std::string path = dir + "/sample.db";
  auto store = Store::open(path);
  EXPECT_TRUE(store) << (store ? "" : store.error());
  if (!store) return path;
  sqlite3* db = (*store)->db();
  int64_t n = 0;
  for (const Sample& s : samples()) {
    ++n;
    const std::string prefix = "Dateline. ";  // the coded sentence starts at byte 10
    std::string text = prefix + s.text;
    uint32_t base = static_cast<uint32_t>(prefix.size());
    Event e = sample_event(s, base);
    std::ostringstream json;
    write_event_jsonl(json, e);
    std::string event_json = json.str();
    event_json.pop_back();  // the newline
    run_sql(db,
            "INSERT INTO articles(id, date, source, url, title, text, text_hash, coder, sentences,"
            " events, ingested_at) VALUES (?1,?2,?3,?4,?5,?6,?7,'dyad test',1,1,"
            "'2022-03-03T00:00:00Z')",
            {s.article, s.date, s.outlet, s.url, s.title, text, text_hash(text)});
    run_sql(
        db,
        "INSERT INTO sentences(id, article_id, idx, begin, end, text) VALUES (?1,?2,0,?3,?4,?5)",
        {n, s.article, int64_t{base}, static_cast<int64_t>(text.size()), s.text});
    // Unplaced events have NULL coordinates (set below: a Value holding nothing upsets
    // GCC's uninitialised-use analysis).
    double lat = s.lat, lon = s.lon;
    std::string precision = s.place.empty() ? "" : "country";
    run_sql(db,
            "INSERT INTO mentions(id, article_id, sentence_id, sentence_idx, event_id, date,"
            " article_date, outlet, source, target, source_country, target_country, code, root,"
            " quad, goldstein, status, attributed_to, place, country, lat, lon, precision,"
            " source_begin, source_end, target_begin, target_end, verb_begin, verb_end,"
            " confidence, event_json) VALUES (?1,?2,?3,0,?3,?4,?5,?6,?7,?8,?7,?8,?9,?10,?11,?12,"
            "?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23,?24,?25,0.8,?26)",
            {e.id,
             s.article,
             n,
             s.event_date,
             s.date,
             s.outlet,
             s.source,
             s.target,
             s.code,
             s.root,
             int64_t{s.quad},
             s.goldstein,
             s.status,
             s.attributed_to,
             s.place,
             s.country,
             lat,
             lon,
             precision,
             int64_t{e.evidence.source.begin},
             int64_t{e.evidence.source.end},
             int64_t{e.evidence.target.begin},
             int64_t{e.evidence.target.end},
             int64_t{e.evidence.verb.begin},
             int64_t{e.evidence.verb.end},
             event_json});
    run_sql(db,
            "INSERT INTO events(id, date, source, target, code, source_country, target_country,"
            " root, quad, goldstein, place, country, lat, lon, precision, num_mentions,"
            " num_sources, num_articles, first_article, source_url, story_id) VALUES"
            " (?1,?2,?3,?4,?5,?3,?4,?6,?7,?8,?9,?10,?11,?12,?13,1,1,1,?14,?15,?1)",
            {n, s.event_date, s.source, s.target, s.code, s.root, int64_t{s.quad}, s.goldstein,
             s.place, s.country, lat, lon, precision, s.article, s.url});
    run_sql(db,
            "INSERT INTO stories(id, source, target, root, country, date_first, date_last,"
            " num_events, num_mentions, num_sources, num_articles) VALUES"
            " (?1,?2,?3,?4,?5,?6,?6,1,1,1,1)",
            {n, s.source, s.target, s.root, s.country, s.event_date});
    run_sql(db,
            "INSERT INTO rollup_dyad_month(month, source, target, quad, events, mentions,"
            " goldstein_sum, goldstein_n) VALUES (?1,?2,?3,?4,1,1,?5,1)",
            {s.event_date.substr(0, 7), s.source, s.target, int64_t{s.quad}, s.goldstein});
  }
  run_sql(db, "UPDATE mentions SET lat = NULL, lon = NULL WHERE place = ''", {});
  run_sql(db, "UPDATE events SET lat = NULL, lon = NULL WHERE place = ''", {});
  return path;
}

// The default coder (shipped dictionaries, tagger, lemmatizer, tables), built once; null
// when the tagger or lemmatizer data is not installed (run scripts/setup).
inline std::shared_ptr<const Coder> default_coder() {
  static std::shared_ptr<const Coder> coder = []() -> std::shared_ptr<const Coder> {
    DictionarySet set;
    if (!load_sources(DictionarySources{}, set)) return nullptr;
    auto tagger = Tagger::load();
    auto lemmatizer = Lemmatizer::load();
    if (!tagger || !lemmatizer) return nullptr;
    std::shared_ptr<const CameoTable> table;
    if (auto c = CameoTable::load(); c) table = std::make_shared<const CameoTable>(std::move(*c));
    auto c = std::make_shared<Coder>(compile(std::move(set)), *tagger, *lemmatizer, table);
    if (auto p = PloverTable::load(); p)
      c->set_plover(std::make_shared<const PloverTable>(std::move(*p)));
    return c;
  }();
  return coder;
}

// A server with the API installed, listening on a free loopback port until destroyed.
class LiveServer {
 public:
  LiveServer(Store& store, std::shared_ptr<const Coder> coder, const ServerOptions& opts) {
    install_api(srv_, store, std::move(coder), opts);
    port_ = srv_.bind_to_any_port("127.0.0.1");
    EXPECT_GT(port_, 0);
    thread_ = std::thread([this] { srv_.listen_after_bind(); });
    for (int i = 0; i < 500 && !srv_.is_running(); ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  ~LiveServer() {
    srv_.stop();
    thread_.join();
  }
  int port() const { return port_; }
  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(30);
    return c;
  }

 private:
  httplib::Server srv_;
  std::thread thread_;
  int port_ = -1;
};

// Sends `request` as is (no client-side normalisation of the path) and returns the answer:
// the head and as many body bytes as its Content-Length says (or all until the server closes).
inline std::string raw_request(int port, const std::string& request) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return "";
  }
  ::send(fd, request.data(), request.size(), MSG_NOSIGNAL);
  std::string out;
  char buf[4096];
  ssize_t n;
  while ((n = ::recv(fd, buf, sizeof buf, 0)) > 0) {
    out.append(buf, static_cast<size_t>(n));
    size_t head = out.find("\r\n\r\n");
    if (head == std::string::npos) continue;
    size_t cl = out.find("Content-Length: ");
    if (cl == std::string::npos || cl > head) continue;
    size_t length = std::stoul(out.substr(cl + 16));
    if (out.size() >= head + 4 + length) break;
  }
  ::close(fd);
  return out;
}

}  // namespace dyad::server::testing
