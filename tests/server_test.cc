// `dyad serve` end to end: a store made by `dyad ingest` from the seed article, the server
// started as a child process on a free port (read from its "listening on" line), queried over
// plain sockets, then stopped with SIGTERM.
#include <arpa/inet.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <regex>
#include <thread>

#include "tests/run_support.h"

namespace dyad::e2e {
namespace {

using nlohmann::json;

struct HttpReply {
  int status = -1;
  std::string body;
};

// One request on a fresh connection ("Connection: close"); status -1 when nothing answers.
HttpReply http(int port, const std::string& method, const std::string& target,
               const std::string& body = "") {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  HttpReply reply;
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return reply;
  }
  std::string req = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
  if (!body.empty())
    req +=
        "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n";
  req += "\r\n" + body;
  ::send(fd, req.data(), req.size(), MSG_NOSIGNAL);
  std::string raw;
  char buf[8192];
  ssize_t n;
  while ((n = ::recv(fd, buf, sizeof buf, 0)) > 0) raw.append(buf, static_cast<size_t>(n));
  ::close(fd);
  if (raw.rfind("HTTP/1.1 ", 0) != 0 || raw.size() < 12) return reply;
  reply.status = std::stoi(raw.substr(9, 3));
  size_t head_end = raw.find("\r\n\r\n");
  if (head_end != std::string::npos) reply.body = raw.substr(head_end + 4);
  return reply;
}

// `dyad serve ARGS` as a child process; stopped (SIGTERM) by stop() or the destructor.
class ServeProcess {
 public:
  explicit ServeProcess(const std::vector<std::string>& args) {
    int pipe_fds[2];
    if (::pipe(pipe_fds) != 0) return;
    pid_ = ::fork();
    if (pid_ == 0) {
      ::dup2(pipe_fds[1], 2);
      ::close(pipe_fds[0]);
      ::close(pipe_fds[1]);
      std::vector<char*> argv;
      std::string bin = DYAD_BINARY, serve = "serve";
      argv.push_back(bin.data());
      argv.push_back(serve.data());
      std::vector<std::string> copy = args;
      for (auto& a : copy) argv.push_back(a.data());
      argv.push_back(nullptr);
      ::execv(bin.c_str(), argv.data());
      ::_exit(127);
    }
    ::close(pipe_fds[1]);
    err_fd_ = pipe_fds[0];
    // The port is in the first line that says where it listens (the coder loads first).
    static const std::regex listening("listening on http://127\\.0\\.0\\.1:([0-9]+)");
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (std::chrono::steady_clock::now() < deadline) {
      pollfd p{err_fd_, POLLIN, 0};
      if (::poll(&p, 1, 200) <= 0) continue;
      char buf[1024];
      ssize_t n = ::read(err_fd_, buf, sizeof buf);
      if (n <= 0) break;  // the child exited
      stderr_.append(buf, static_cast<size_t>(n));
      std::smatch m;
      if (std::regex_search(stderr_, m, listening)) {
        port_ = std::stoi(m[1]);
        break;
      }
    }
  }
  ~ServeProcess() {
    if (pid_ > 0 && status_ < 0) stop();
    if (err_fd_ >= 0) ::close(err_fd_);
  }
  int port() const { return port_; }
  const std::string& err() const { return stderr_; }

  // Reads what the child wrote after the "listening on" line (call once it has exited).
  void drain_stderr() {
    char buf[1024];
    ssize_t n;
    while ((n = ::read(err_fd_, buf, sizeof buf)) > 0) stderr_.append(buf, static_cast<size_t>(n));
  }

  // SIGTERM, then the exit status (or 128 + signal); -2 when it does not stop within 10 s.
  int stop() {
    ::kill(pid_, SIGTERM);
    for (int i = 0; i < 1000; ++i) {
      int raw = 0;
      if (::waitpid(pid_, &raw, WNOHANG) == pid_) {
        status_ = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
        drain_stderr();
        return status_;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
    status_ = -2;
    return status_;
  }

 private:
  pid_t pid_ = -1;
  int err_fd_ = -1;
  int port_ = -1;
  int status_ = -1;
  std::string stderr_;
};

class ServeSeed : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string seed = shared("acceptance/seed-article.jsonl");
    if (!std::filesystem::exists(seed)) GTEST_SKIP() << "no " << seed;
    db_ = temp_path("serve-seed-" + std::to_string(::getpid()) + ".db");
    remove_db();
    RunResult r = run_dyad("ingest '" + seed + "' --db '" + db_ + "' -q");
    if (r.err.find("not built yet") != std::string::npos)
      GTEST_SKIP() << "dyad ingest is a placeholder";
    ASSERT_EQ(r.status, 0) << r.err;
  }
  void TearDown() override { remove_db(); }
  void remove_db() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db_ + suffix);
  }
  std::string db_;
};

TEST_F(ServeSeed, ServesTheSeedArticleAndStopsOnSigterm) {
  ServeProcess serve({"--db", db_, "--port", "0", "--threads", "2"});
  ASSERT_GT(serve.port(), 0) << serve.err();

  HttpReply health = http(serve.port(), "GET", "/api/health");
  ASSERT_EQ(health.status, 200) << health.body;
  json h = json::parse(health.body);
  EXPECT_EQ(h["status"], "ok");
  EXPECT_EQ(h["articles"], 1);
  EXPECT_GT(h["events"].get<int>(), 0);

  HttpReply events = http(serve.port(), "GET", "/api/events?source=FRA&target=MLI");
  ASSERT_EQ(events.status, 200) << events.body;
  json e = json::parse(events.body);
  bool withdrawal = false;
  for (const json& row : e["rows"])
    if (row["code"] == "0874" && row["date"] == "2022-02-17") withdrawal = true;
  EXPECT_TRUE(withdrawal) << events.body;

  // The mention behind it, with the sentence cut at its evidence.
  HttpReply mentions =
      http(serve.port(), "GET", "/api/events?level=mentions&source=FRA&target=MLI&code=0874");
  ASSERT_EQ(mentions.status, 200) << mentions.body;
  json m = json::parse(mentions.body);
  ASSERT_FALSE(m["rows"].empty()) << mentions.body;
  std::string joined;
  bool has_verb = false;
  for (const json& s : m["rows"][0]["segments"]) {
    joined += s["text"].get<std::string>();
    if (s["role"] == "verb") has_verb = true;
  }
  EXPECT_EQ(joined, m["rows"][0]["sentence"].get<std::string>());
  EXPECT_TRUE(has_verb);

  EXPECT_EQ(http(serve.port(), "GET", "/api/aggregate?by=month,quad").status, 200);
  EXPECT_EQ(http(serve.port(), "GET", "/api/events?quad=9").status, 400);
  EXPECT_EQ(http(serve.port(), "GET", "/api/nowhere").status, 404);
  EXPECT_EQ(http(serve.port(), "POST", "/api/events", "{}").status, 405);
  // No --write-token: storing is refused.
  EXPECT_EQ(http(serve.port(), "POST", "/api/code",
                 R"({"text":"France left Mali.","date":"2022-02-17","store":true})")
                .status,
            403);

  EXPECT_EQ(serve.stop(), 0) << serve.err();
  EXPECT_NE(serve.err().find("stopping"), std::string::npos);
}

TEST(Serve, RefusesAMissingStore) {
  RunResult r = run_dyad("serve --db /nonexistent/dir/x.db --port 0");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("dyad ingest"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace dyad::e2e
