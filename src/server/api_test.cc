// Every endpoint in-process: a server on a free loopback port over the sample store, queried
// with httplib::Client (and raw sockets where the client would tidy the request).
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "dyad/paths.h"
#include "server/test_support.h"

namespace dyad::server {
namespace {

using nlohmann::json;
using testing::LiveServer;

class Api : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new std::string(testing::temp_dir("api"));
    std::string path = testing::make_sample_store(*dir_);
    auto s = Store::open(path);
    ASSERT_TRUE(s) << s.error();
    store_ = s->release();
    ServerOptions opts;
    opts.static_dir = *dir_ + "/no-dashboard";
    opts.threads = 2;
    opts.max_body_bytes = 4096;
    server_ = new LiveServer(*store_, testing::default_coder(), opts);
  }
  static void TearDownTestSuite() {
    delete server_;
    delete store_;
    std::filesystem::remove_all(*dir_);
    delete dir_;
  }

  // GET path -> (status, parsed body); the body must be JSON.
  static std::pair<int, json> get(const std::string& path) {
    auto c = server_->client();
    auto r = c.Get(path);
    if (!r) return {-1, json()};
    json body = json::parse(r->body, nullptr, false);
    EXPECT_FALSE(body.is_discarded()) << path << ": " << r->body.substr(0, 200);
    EXPECT_EQ(r->get_header_value("Content-Type"), "application/json") << path;
    return {r->status, body};
  }
  static std::pair<int, json> post(const std::string& path, const std::string& body,
                                   const httplib::Headers& headers = {}) {
    auto c = server_->client();
    auto r = c.Post(path, headers, body, "application/json");
    if (!r) return {-1, json()};
    json j = json::parse(r->body, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << path << ": " << r->body.substr(0, 200);
    return {r->status, j};
  }

  static std::string* dir_;
  static Store* store_;
  static LiveServer* server_;
};
std::string* Api::dir_ = nullptr;
Store* Api::store_ = nullptr;
LiveServer* Api::server_ = nullptr;

TEST_F(Api, Health) {
  auto [status, body] = get("/api/health");
  ASSERT_EQ(status, 200);
  EXPECT_EQ(body["status"], "ok");
  EXPECT_EQ(body["version"], version());
  EXPECT_EQ(body["articles"], 2);
  EXPECT_EQ(body["mentions"], 2);
  EXPECT_EQ(body["events"], 2);
}

TEST_F(Api, HeadHasNoBody) {
  auto c = server_->client();
  auto r = c.Head("/api/health");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_TRUE(r->body.empty());
}

TEST_F(Api, OpenApiDocumentDescribesEveryRoute) {
  auto [status, doc] = get("/api/openapi.json");
  ASSERT_EQ(status, 200);
  EXPECT_EQ(doc["openapi"].get<std::string>().substr(0, 2), "3.");
  for (const char* p : {"/api/health", "/api/openapi.json", "/api/events", "/api/aggregate",
                        "/api/actors", "/api/explain", "/api/code"})
    EXPECT_TRUE(doc["paths"].contains(p)) << p;
}

TEST_F(Api, EventsDefaultPageNewestFirst) {
  auto [status, body] = get("/api/events");
  ASSERT_EQ(status, 200) << body.dump();
  EXPECT_EQ(body["level"], "events");
  EXPECT_EQ(body["total"], 2);
  EXPECT_EQ(body["limit"], 100);
  EXPECT_EQ(body["offset"], 0);
  ASSERT_EQ(body["rows"].size(), 2u);
  EXPECT_EQ(body["rows"][0]["date"], "2022-03-01");
  EXPECT_EQ(body["rows"][1]["code"], "0874");
}

TEST_F(Api, EventsFilteredByDyadCarryLabelAndCounts) {
  auto [status, body] = get("/api/events?source=FRA&target=MLI");
  ASSERT_EQ(status, 200) << body.dump();
  ASSERT_EQ(body["rows"].size(), 1u);
  const json& row = body["rows"][0];
  EXPECT_EQ(row["code"], "0874");
  EXPECT_EQ(row["source"], "FRA");
  EXPECT_EQ(row["quad"], 2);
  EXPECT_EQ(row["num_mentions"], 1);
  EXPECT_EQ(row["source_url"], "https://www.npr.org/mali");
  if (!row["label"].is_null()) {
    EXPECT_FALSE(row["label"].get<std::string>().empty());
  }
  // Lower case and prefix stars are the same filter.
  EXPECT_EQ(get("/api/events?source=fra*&target=mli").second["total"], 1);
}

TEST_F(Api, EventsPagination) {
  auto [status, body] = get("/api/events?limit=1&offset=1&sort=date");
  ASSERT_EQ(status, 200);
  EXPECT_EQ(body["total"], 2);
  ASSERT_EQ(body["rows"].size(), 1u);
  EXPECT_EQ(body["rows"][0]["date"], "2022-03-01");
}

TEST_F(Api, EventsFullTextFilter) {
  auto [status, body] = get("/api/events?q=withdraw");
  ASSERT_EQ(status, 200) << body.dump();
  ASSERT_EQ(body["rows"].size(), 1u);
  EXPECT_EQ(body["rows"][0]["code"], "0874");
  auto [bad, err] = get("/api/events?q=%22unbalanced");
  EXPECT_EQ(bad, 400);
  EXPECT_NE(err["error"].get<std::string>().find("'q'"), std::string::npos) << err.dump();
}

TEST_F(Api, MentionRowsCarrySegmentsEvidenceAndEvent) {
  auto [status, body] = get("/api/events?level=mentions&source=FRA");
  ASSERT_EQ(status, 200) << body.dump();
  EXPECT_EQ(body["level"], "mentions");
  ASSERT_EQ(body["rows"].size(), 1u);
  const json& m = body["rows"][0];
  EXPECT_EQ(m["id"], "m-npr-mali");
  EXPECT_EQ(m["event_id"], 1);
  EXPECT_EQ(m["article_id"], "npr-mali");
  EXPECT_EQ(m["sentence_idx"], 0);
  EXPECT_EQ(m["status"], "intended");
  EXPECT_EQ(m["attributed_to"], "FRAGOV");
  EXPECT_EQ(m["outlet"], "NPR");
  EXPECT_EQ(m["title"], "France leaves Mali");
  EXPECT_EQ(m["country"], "ML");
  EXPECT_DOUBLE_EQ(m["confidence"].get<double>(), 0.8);
  std::string sentence = m["sentence"];
  EXPECT_EQ(sentence, "President Emmanuel Macron says France will withdraw its troops from Mali.");
  std::string joined;
  std::map<std::string, std::string> by_role;
  for (const json& s : m["segments"]) {
    joined += s["text"].get<std::string>();
    if (s["role"] != "") by_role[s["role"]] = s["text"];
  }
  EXPECT_EQ(joined, sentence);
  EXPECT_EQ(by_role["source"], "France");
  EXPECT_EQ(by_role["target"], "Mali");
  EXPECT_EQ(by_role["verb"], "will withdraw");
  EXPECT_EQ(m["evidence"]["source_entries"][0]["code"], "FRA");
  EXPECT_EQ(m["evidence"]["pattern"]["code"], "0874");
  EXPECT_EQ(m["evidence"]["date_reason"], "the article's date, 2022-02-17");
  EXPECT_NE(m["evidence"]["place_reason"].get<std::string>().find("Mali"), std::string::npos);
  EXPECT_EQ(m["event"]["id"], "m-npr-mali");
  EXPECT_EQ(m["event"]["code"], "0874");
}

TEST_F(Api, MentionDatedByTheText) {
  auto [status, body] = get("/api/events?level=mentions&event=2");
  ASSERT_EQ(status, 200) << body.dump();
  ASSERT_EQ(body["rows"].size(), 1u);
  const json& m = body["rows"][0];
  EXPECT_EQ(m["evidence"]["date_reason"],
            "dated by \"On Tuesday\": 2022-03-01 (the article is of 2022-03-02)");
  EXPECT_EQ(m["segments"][0]["role"], "date");
  EXPECT_EQ(m["evidence"]["place_reason"], "no place found");
}

TEST_F(Api, Stories) {
  auto [status, body] = get("/api/events?level=stories&source=USA");
  ASSERT_EQ(status, 200) << body.dump();
  EXPECT_EQ(body["level"], "stories");
  ASSERT_EQ(body["rows"].size(), 1u);
  EXPECT_EQ(body["rows"][0]["target"], "RUS");
  EXPECT_EQ(body["rows"][0]["num_events"], 1);
}

TEST_F(Api, AggregateByMonthAndQuad) {
  auto [status, body] = get("/api/aggregate?by=month,quad");
  ASSERT_EQ(status, 200) << body.dump();
  EXPECT_EQ(body["by"], json({"month", "quad"}));
  ASSERT_EQ(body["rows"].size(), 2u);
  EXPECT_EQ(body["rows"][0]["month"], "2022-02");
  EXPECT_EQ(body["rows"][0]["quad"], 2);
  EXPECT_EQ(body["rows"][0]["count"], 1);
  EXPECT_EQ(body["rows"][1]["month"], "2022-03");
}

TEST_F(Api, AggregateMentionsByPlaceAndFiltered) {
  auto [status, body] = get("/api/aggregate?by=place&level=mentions&country=ML");
  ASSERT_EQ(status, 200) << body.dump();
  EXPECT_EQ(body["level"], "mentions");
  ASSERT_EQ(body["rows"].size(), 1u);
  EXPECT_EQ(body["rows"][0]["place"], "Mali");
  EXPECT_EQ(body["rows"][0]["count"], 1);
  auto [s2, b2] = get("/api/aggregate?by=year&quad=3");
  ASSERT_EQ(s2, 200);
  ASSERT_EQ(b2["rows"].size(), 1u);
  EXPECT_EQ(b2["rows"][0]["year"], "2022");
}

TEST_F(Api, ActorsByCodePrefixAndByPhrase) {
  auto [status, body] = get("/api/actors?q=fr");
  ASSERT_EQ(status, 200) << body.dump();
  EXPECT_EQ(body["match"], "code");
  ASSERT_EQ(body["rows"].size(), 1u);
  EXPECT_EQ(body["rows"][0]["code"], "FRA");
  EXPECT_EQ(body["rows"][0]["events"], 1);
  EXPECT_EQ(body["rows"][0]["as_source"], 1);
  EXPECT_EQ(body["rows"][0]["as_target"], 0);
  auto [s2, phrase] = get("/api/actors?q=United%20St");
  ASSERT_EQ(s2, 200) << phrase.dump();
  EXPECT_EQ(phrase["match"], "phrase");
  ASSERT_EQ(phrase["rows"].size(), 1u);
  EXPECT_EQ(phrase["rows"][0]["code"], "USA");
  auto [s3, all] = get("/api/actors?limit=10");
  ASSERT_EQ(s3, 200);
  EXPECT_EQ(all["rows"].size(), 4u);                              // FRA, MLI, RUS, USA
  EXPECT_EQ(get("/api/actors?q=%25").second["rows"].size(), 0u);  // LIKE wildcards are literal
}

TEST_F(Api, BadParametersAre400NamingThem) {
  for (const auto& [path, name] : std::vector<std::pair<std::string, std::string>>{
           {"/api/events?quad=9", "quad"},
           {"/api/events?date_from=yesterday", "date_from"},
           {"/api/events?limit=0", "limit"},
           {"/api/events?level=words", "level"},
           {"/api/events?sourc=FRA", "sourc"},
           {"/api/aggregate?by=decade", "by"},
           {"/api/actors?limit=-3", "limit"}}) {
    auto [status, body] = get(path);
    EXPECT_EQ(status, 400) << path;
    EXPECT_NE(body["error"].get<std::string>().find("'" + name + "'"), std::string::npos)
        << path << ": " << body.dump();
  }
}

TEST_F(Api, UnknownApiPathsAre404Json) {
  for (const char* path : {"/api/nope", "/api", "/api/events/12", "/api/health/"}) {
    auto [status, body] = get(path);
    EXPECT_EQ(status, 404) << path;
    EXPECT_TRUE(body.contains("error")) << path;
  }
}

TEST_F(Api, WrongMethodsAre405WithAllow) {
  auto c = server_->client();
  auto r = c.Post("/api/events", "{}", "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 405);
  EXPECT_EQ(r->get_header_value("Allow"), "GET, HEAD");
  EXPECT_TRUE(json::parse(r->body).contains("error"));
  auto g = c.Get("/api/explain");
  ASSERT_TRUE(g);
  EXPECT_EQ(g->status, 405);
  EXPECT_EQ(g->get_header_value("Allow"), "POST");
  auto d = c.Delete("/api/health");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->status, 405);
  auto p = c.Put("/index.html", "x", "text/plain");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->status, 405);
  auto unknown = c.Post("/api/nope", "{}", "application/json");
  ASSERT_TRUE(unknown);
  EXPECT_EQ(unknown->status, 404);
}

TEST_F(Api, BodyOverTheLimitIs413) {
  std::string big = R"({"sentence":")" + std::string(5000, 'a') + R"("})";
  auto [status, body] = post("/api/explain", big);
  EXPECT_EQ(status, 413);
  EXPECT_TRUE(body.contains("error"));
  // The same connection limit applies to routes that do not exist.
  EXPECT_EQ(post("/api/nope", big).first, 413);
}

TEST_F(Api, BadBodiesAre400) {
  EXPECT_EQ(post("/api/explain", "not json").first, 400);
  EXPECT_EQ(post("/api/explain", "[1,2]").first, 400);
  auto [s1, b1] = post("/api/explain", R"({"date":"2022-02-17"})");
  EXPECT_EQ(s1, 400);
  EXPECT_NE(b1["error"].get<std::string>().find("'sentence'"), std::string::npos);
  auto [s2, b2] = post("/api/explain", R"({"sentence":"x","date":"17/02/2022"})");
  EXPECT_EQ(s2, 400);
  EXPECT_NE(b2["error"].get<std::string>().find("'date'"), std::string::npos);
  auto [s3, b3] = post("/api/code", R"({"date":"2022-02-17"})");
  EXPECT_EQ(s3, 400);
  EXPECT_NE(b3["error"].get<std::string>().find("'text'"), std::string::npos);
  auto [s4, b4] = post("/api/code", R"({"text":"x","date":"2022-02-17","store":"yes"})");
  EXPECT_EQ(s4, 400);
  EXPECT_NE(b4["error"].get<std::string>().find("'store'"), std::string::npos);
}

TEST_F(Api, StoringWithoutAServerTokenIs403) {
  auto [status, body] = post("/api/code", R"({"text":"x","date":"2022-02-17","store":true})",
                             {{"Authorization", "Bearer anything"}});
  EXPECT_EQ(status, 403);
  EXPECT_NE(body["error"].get<std::string>().find("--write-token"), std::string::npos);
}

TEST_F(Api, Explain) {
  if (!testing::default_coder()) GTEST_SKIP() << "tagger/lemmatizer data not installed";
  auto [status, body] = post(
      "/api/explain",
      R"({"sentence":"President Emmanuel Macron says France will withdraw its troops from Mali.","date":"2022-02-17"})");
  ASSERT_EQ(status, 200) << body.dump();
  EXPECT_EQ(body["date"], "2022-02-17");
  ASSERT_FALSE(body["tokens"].empty());
  EXPECT_EQ(body["tokens"][0]["text"], "President");
  EXPECT_FALSE(body["tokens"][0]["tag"].get<std::string>().empty());
  bool withdraw = false;
  for (const json& t : body["tokens"])
    if (t["lemma"] == "WITHDRAW") withdraw = true;
  EXPECT_TRUE(withdraw);
  EXPECT_FALSE(body["phrases"].empty());
  bool found = false;
  for (const json& e : body["events"])
    if (e["code"] == "0874" && e["target"] == "MLI") found = true;
  EXPECT_TRUE(found) << body["events"].dump();
  EXPECT_TRUE(body["notes"].is_array());
}

TEST_F(Api, CodeWithoutStoring) {
  if (!testing::default_coder()) GTEST_SKIP() << "tagger/lemmatizer data not installed";
  auto [status, body] = post(
      "/api/code",
      R"({"id":"t1","date":"2022-02-17","text":"President Emmanuel Macron says France will withdraw its troops from Mali."})");
  ASSERT_EQ(status, 200) << body.dump();
  EXPECT_EQ(body["stored"], false);
  EXPECT_EQ(body["sentences"], 1);
  EXPECT_EQ(body["id"], "t1");
  bool found = false;
  for (const json& e : body["events"])
    if (e["code"] == "0874" && e["article"] == "t1") found = true;
  EXPECT_TRUE(found) << body.dump();
  EXPECT_EQ(get("/api/health").second["articles"], 2);  // nothing stored
}

TEST_F(Api, MissingDashboardPageIs200Html) {
  auto c = server_->client();
  auto r = c.Get("/");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(r->body.find("not built"), std::string::npos);
  auto missing = c.Get("/app.js");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
}

TEST_F(Api, MalformedRequestsGetJsonErrors) {
  std::string reply = testing::raw_request(server_->port(), "GARBAGE\r\n\r\n");
  EXPECT_NE(reply.find("HTTP/1.1 400"), std::string::npos) << reply;
  EXPECT_NE(reply.find("{\"error\""), std::string::npos) << reply;
}

// ---- the write token ---------------------------------------------------------------------

class WriteToken : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::temp_dir("token");
    auto s = Store::open(testing::make_sample_store(dir_));
    ASSERT_TRUE(s) << s.error();
    store_ = std::move(*s);
    ServerOptions opts;
    opts.static_dir = dir_;
    opts.write_token = "s3cret";
    server_ = std::make_unique<LiveServer>(*store_, testing::default_coder(), opts);
  }
  void TearDown() override {
    server_.reset();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }
  int post_code(const httplib::Headers& headers, json* out = nullptr) {
    auto c = server_->client();
    auto r = c.Post(
        "/api/code", headers,
        R"({"id":"api-1","date":"2022-02-17","source":"API","store":true,)"
        R"("text":"President Emmanuel Macron says France will withdraw its troops from Mali."})",
        "application/json");
    if (!r) return -1;
    if (out) *out = json::parse(r->body, nullptr, false);
    return r->status;
  }
  std::string dir_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<LiveServer> server_;
};

TEST_F(WriteToken, MissingOrWrongTokenIs401) {
  json body;
  EXPECT_EQ(post_code({}, &body), 401);
  EXPECT_TRUE(body.contains("error"));
  EXPECT_EQ(post_code({{"Authorization", "Bearer wrong"}}), 401);
  EXPECT_EQ(post_code({{"Authorization", "Bearer s3cre"}}), 401);
  EXPECT_EQ(post_code({{"Authorization", "Bearer s3cret2"}}), 401);
  EXPECT_EQ(post_code({{"Authorization", "s3cret"}}), 401);
  EXPECT_EQ(post_code({{"Authorization", "Basic czNjcmV0"}}), 401);
}

TEST_F(WriteToken, RightTokenStoresAndQueriesSeeIt) {
  if (!testing::default_coder()) GTEST_SKIP() << "tagger/lemmatizer data not installed";
  json body;
  ASSERT_EQ(post_code({{"Authorization", "Bearer s3cret"}}, &body), 200) << body.dump();
  EXPECT_EQ(body["stored"], true);
  EXPECT_EQ(body["put"]["articles"], 1);
  auto c = server_->client();
  auto r = c.Get("/api/events?level=mentions&article=api-1");
  ASSERT_TRUE(r);
  json listing = json::parse(r->body);
  ASSERT_FALSE(listing["rows"].empty()) << r->body;
  EXPECT_EQ(listing["rows"][0]["outlet"], "API");
  auto h = json::parse(c.Get("/api/health")->body);
  EXPECT_EQ(h["articles"], 3);
}

// ---- the answer cache -----------------------------------------------------------------------

TEST(Cache, AnswersAgainUntilTheStoreChanges) {
  std::string dir = testing::temp_dir("cache");
  std::string path = testing::make_sample_store(dir);
  auto s = Store::open(path);
  ASSERT_TRUE(s) << s.error();
  {
    LiveServer server(**s, nullptr, ServerOptions{});
    auto c = server.client();
    auto first = c.Get("/api/events?source=FRA");
    ASSERT_TRUE(first);
    EXPECT_EQ(first->get_header_value("X-Dyad-Cache"), "miss");
    auto again = c.Get("/api/events?source=FRA");
    ASSERT_TRUE(again);
    EXPECT_EQ(again->get_header_value("X-Dyad-Cache"), "hit");
    EXPECT_EQ(again->body, first->body);
    EXPECT_EQ(json::parse(c.Get("/api/health")->body)["events"], 2);
    // Another connection (an ingest in another process, say) changes the store.
    auto writer = Store::open(path);
    ASSERT_TRUE(writer);
    testing::run_sql((*writer)->db(),
                     "INSERT INTO events(id, date, source, target, code, num_mentions, num_sources,"
                     " num_articles, first_article) VALUES (3, '2022-04-01', 'FRA', 'DEU', '042',"
                     " 1, 1, 1, 'npr-mali')",
                     {});
    auto after = c.Get("/api/events?source=FRA");
    ASSERT_TRUE(after);
    EXPECT_EQ(after->get_header_value("X-Dyad-Cache"), "miss");
    EXPECT_EQ(json::parse(after->body)["total"], 2);
    EXPECT_EQ(json::parse(c.Get("/api/health")->body)["events"], 3);
  }
  {
    ServerOptions off;
    off.cache_bytes = 0;
    LiveServer server(**s, nullptr, off);
    auto c = server.client();
    c.Get("/api/health");
    EXPECT_EQ(c.Get("/api/health")->get_header_value("X-Dyad-Cache"), "off");
  }
  s->reset();
  std::filesystem::remove_all(dir);
}

// ---- static files ----------------------------------------------------------------------------

class Dashboard : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::temp_dir("dashboard");
    std::filesystem::create_directories(dir_ + "/dist/assets");
    std::ofstream(dir_ + "/dist/index.html") << "<!doctype html><title>dyad dashboard</title>";
    std::ofstream(dir_ + "/dist/assets/app-12ab.js") << "console.log(1)";
    std::ofstream(dir_ + "/dist/assets/app-12ab.css") << "body{}";
    std::ofstream(dir_ + "/dist/logo.svg") << "<svg/>";
    std::ofstream(dir_ + "/secret.txt") << "TOPSECRET";
    auto s = Store::open(testing::make_sample_store(dir_));
    ASSERT_TRUE(s) << s.error();
    store_ = std::move(*s);
    ServerOptions opts;
    opts.static_dir = dir_ + "/dist";
    server_ = std::make_unique<LiveServer>(*store_, nullptr, opts);
  }
  void TearDown() override {
    server_.reset();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }
  std::string dir_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<LiveServer> server_;
};

TEST_F(Dashboard, ServesFilesWithContentTypes) {
  auto c = server_->client();
  auto index = c.Get("/");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->status, 200);
  EXPECT_NE(index->body.find("dyad dashboard"), std::string::npos);
  EXPECT_EQ(index->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_EQ(index->get_header_value("Cache-Control"), "no-cache");
  auto js = c.Get("/assets/app-12ab.js");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->status, 200);
  EXPECT_EQ(js->body, "console.log(1)");
  EXPECT_EQ(js->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_NE(js->get_header_value("Cache-Control").find("immutable"), std::string::npos);
  EXPECT_EQ(c.Get("/assets/app-12ab.css")->get_header_value("Content-Type"),
            "text/css; charset=utf-8");
  EXPECT_EQ(c.Get("/logo.svg")->get_header_value("Content-Type"), "image/svg+xml");
  EXPECT_EQ(c.Get("/nothing.js")->status, 404);
}

TEST_F(Dashboard, PathTraversalIsRefused) {
  for (const char* target :
       {"/../secret.txt", "/assets/../../secret.txt", "/%2e%2e/secret.txt",
        "/%2E%2E/%2E%2E/secret.txt", "/assets/..%2f..%2fsecret.txt", "/..%5csecret.txt",
        "/%252e%252e/secret.txt", "//secret.txt", "/.%2e/secret.txt"}) {
    std::string reply = testing::raw_request(
        server_->port(),
        std::string("GET ") + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    EXPECT_EQ(reply.find("TOPSECRET"), std::string::npos) << target;
    bool refused = reply.find("HTTP/1.1 400") == 0 || reply.find("HTTP/1.1 404") == 0;
    EXPECT_TRUE(refused) << target << ": " << reply.substr(0, 80);
  }
  // An absolute path is the same as a relative one: under the folder.
  std::string abs = testing::raw_request(
      server_->port(),
      "GET " + dir_ + "/secret.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(abs.find("TOPSECRET"), std::string::npos);
}

TEST_F(Dashboard, ApiStillAnswersWithoutACoder) {
  auto c = server_->client();
  auto r = c.Post("/api/explain", R"({"sentence":"France left Mali."})", "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 503);
  EXPECT_EQ(c.Get("/api/health")->status, 200);
}

}  // namespace
}  // namespace dyad::server
