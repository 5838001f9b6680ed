// libFuzzer target: raw bytes as HTTP requests to the API server, in process (httplib's own
// request parsing, then our routing, parameters, handlers, static files and error pages),
// over a small store made once in a temporary folder. No coder is loaded (explain and code
// answer 503 after their body checks; the coder has its own target).
// Checks: every answer is an HTTP/1.1 status line with a known status, and no file outside
// the dashboard folder is ever served.
#include <httplib.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "dyad/server.h"
#include "dyad/store.h"
#include "fuzz_check.h"

namespace {

constexpr const char* kSecret = "dyad-fuzz-secret-7f3a";

// A request stream over the input; what the server writes is collected.
class MemoryStream : public httplib::Stream {
 public:
  explicit MemoryStream(std::string_view in) : in_(in) {}
  bool is_readable() const override { return true; }
  bool is_writable() const override { return true; }
  ssize_t read(char* ptr, size_t size) override {
    size_t n = std::min(size, in_.size() - pos_);
    std::copy_n(in_.data() + pos_, n, ptr);
    pos_ += n;
    return static_cast<ssize_t>(n);
  }
  ssize_t write(const char* ptr, size_t size) override {
    out.append(ptr, size);
    return static_cast<ssize_t>(size);
  }
  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    ip = "127.0.0.1";
    port = 40000;
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    ip = "127.0.0.1";
    port = 8080;
  }
  socket_t socket() const override { return INVALID_SOCKET; }
  bool exhausted() const { return pos_ >= in_.size(); }

  std::string out;

 private:
  std::string_view in_;
  size_t pos_ = 0;
};

// Exposes httplib's request processing on a stream (protected in httplib::Server).
struct FuzzServer : httplib::Server {
  bool process(MemoryStream& s, bool& closed) {
    return process_request(s, false, closed, [](httplib::Request&) {});
  }
};

struct Fixture {
  std::string dir;
  std::unique_ptr<dyad::Store> store;
  FuzzServer server;

  Fixture() {
    dir =
        (std::filesystem::temp_directory_path() / ("dyad_http_fuzz_" + std::to_string(::getpid())))
            .string();
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir + "/dist/assets");
    std::ofstream(dir + "/dist/index.html") << "<!doctype html><title>dashboard</title>";
    std::ofstream(dir + "/dist/assets/app.js") << "console.log(1)";
    std::ofstream(dir + "/secret.txt") << kSecret;
    auto s = dyad::Store::open(dir + "/fuzz.db");
    DYAD_FUZZ_CHECK(s.ok());
    store = std::move(*s);
    // One article, sentence, mention and event, so that listings have rows to show.
    const char* sql = R"SQL(
      INSERT INTO articles(id, date, source, url, title, text, text_hash, coder, sentences, events,
        ingested_at) VALUES ('a1', '2022-02-17', 'NPR', 'https://x', 'T',
        'France will withdraw from Mali.', '0', 'fuzz', 1, 1, '2022-02-18T00:00:00Z');
      INSERT INTO sentences(id, article_id, idx, begin, end, text) VALUES (1, 'a1', 0, 0, 31,
        'France will withdraw from Mali.');
      INSERT INTO mentions(id, article_id, sentence_id, sentence_idx, event_id, date, article_date,
        outlet, source, target, code, root, quad, goldstein, confidence, event_json) VALUES
        ('m1', 'a1', 1, 0, 1, '2022-02-17', '2022-02-17', 'NPR', 'FRA', 'MLI', '0874', '08', 2, 10,
        0.8, '{"evidence":{"source":{"begin":0,"end":6,"entries":[{"phrase":"France","code":"FRA","origin":"x"}]},"verb":{"begin":7,"end":20}}}');
      INSERT INTO events(id, date, source, target, code, root, quad, goldstein, num_mentions,
        num_sources, num_articles, first_article) VALUES (1, '2022-02-17', 'FRA', 'MLI', '0874',
        '08', 2, 10, 1, 1, 1, 'a1');
      INSERT INTO rollup_dyad_month VALUES ('2022-02', 'FRA', 'MLI', 2, 1, 1, 10, 1);
    )SQL";
    DYAD_FUZZ_CHECK(sqlite3_exec(store->db(), sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    dyad::ServerOptions opts;
    opts.static_dir = dir + "/dist";
    opts.write_token = "token";
    opts.max_body_bytes = 64 * 1024;
    dyad::install_api(server, *store, nullptr, opts);
  }
  ~Fixture() { std::filesystem::remove_all(dir); }
};

bool known_status(int s) {
  for (int k : {200, 400, 401, 403, 404, 405, 408, 413, 414, 416, 417, 500, 503})
    if (s == k) return true;
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Fixture fixture;  // one store and server for the whole run
  std::string_view input = dyad::fuzz::as_text(data, size);
  MemoryStream stream(input);
  // A few requests on one "connection", as keep-alive would send them.
  for (int i = 0; i < 4 && !stream.exhausted(); ++i) {
    size_t before = stream.out.size();
    bool closed = false;
    bool ok = fixture.server.process(stream, closed);
    std::string answer = stream.out.substr(before);
    if (!answer.empty()) {
      DYAD_FUZZ_CHECK(answer.rfind("HTTP/1.1 ", 0) == 0);
      DYAD_FUZZ_CHECK(answer.size() >= 12);
      int status = std::atoi(answer.substr(9, 3).c_str());
      DYAD_FUZZ_CHECK(known_status(status));
    }
    if (!ok || closed) break;
  }
  // The secret file lies outside the dashboard folder: it must never be served. (Error
  // messages echo the path, so the marker counts only when the request did not carry it.)
  if (input.find(kSecret) == std::string_view::npos)
    DYAD_FUZZ_CHECK(stream.out.find(kSecret) == std::string::npos);
  return 0;
}
