#include "clickhouse/test_cluster.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "clickhouse/connection.h"

namespace fs = std::filesystem;

namespace dyad::ch {

namespace {

struct Ports {
  int http = 0, tcp = 0, interserver = 0;
};

// Free loopback ports: bound to port 0 all at once (so they differ), then released for the
// server. Another process could take one in between; start() then fails with the server's
// message and a retry picks new ports.
std::optional<std::vector<int>> free_ports(size_t n) {
  std::vector<int> fds, ports;
  bool ok = true;
  for (size_t i = 0; i < n && ok; ++i) {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) {
      ok = false;
      break;
    }
    fds.push_back(fd);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
      ok = false;
      break;
    }
    ports.push_back(ntohs(addr.sin_port));
  }
  for (int fd : fds) ::close(fd);
  if (!ok) return std::nullopt;
  return ports;
}

std::string config_xml(const std::string& dir, const Ports& p, const std::vector<Ports>& all,
                       const std::string& cluster) {
  std::ostringstream x;
  x << "<?xml version=\"1.0\"?>\n<yandex>\n"
    << "  <logger><level>warning</level><log>" << dir << "/server.log</log><errorlog>" << dir
    << "/server.err.log</errorlog><size>10M</size><count>1</count></logger>\n"
    << "  <http_port>" << p.http << "</http_port>\n"
    << "  <tcp_port>" << p.tcp << "</tcp_port>\n"
    << "  <interserver_http_port>" << p.interserver << "</interserver_http_port>\n"
    << "  <interserver_http_host>127.0.0.1</interserver_http_host>\n"
    << "  <listen_host>127.0.0.1</listen_host>\n"
    << "  <max_concurrent_queries>20</max_concurrent_queries>\n"
    // Small caches: the machine is shared; the uncompressed cache is off.
    << "  <uncompressed_cache_size>0</uncompressed_cache_size>\n"
    << "  <mark_cache_size>67108864</mark_cache_size>\n"
    << "  <path>" << dir << "/data/</path>\n"
    << "  <tmp_path>" << dir << "/tmp/</tmp_path>\n"
    << "  <user_files_path>" << dir << "/user_files/</user_files_path>\n"
    << "  <format_schema_path>" << dir << "/format_schemas/</format_schema_path>\n"
    << "  <users_config>" << dir << "/users.xml</users_config>\n"
    << "  <default_profile>default</default_profile>\n"
    << "  <default_database>default</default_database>\n"
    << "  <timezone>UTC</timezone>\n"
    << "  <mlock_executable>false</mlock_executable>\n"
    << "  <remote_servers>\n    <" << cluster << ">\n";
  for (const Ports& s : all)
    x << "      <shard><replica><host>127.0.0.1</host><port>" << s.tcp
      << "</port></replica></shard>\n";
  x << "    </" << cluster << ">\n  </remote_servers>\n</yandex>\n";
  return x.str();
}

std::string users_xml(const TestClusterOptions& o) {
  std::ostringstream x;
  x << "<?xml version=\"1.0\"?>\n<yandex>\n  <profiles><default>\n"
    << "    <max_memory_usage>" << o.max_memory_usage << "</max_memory_usage>\n"
    << "    <max_threads>" << o.max_threads << "</max_threads>\n"
    << "    <use_uncompressed_cache>0</use_uncompressed_cache>\n"
    << "    <background_pool_size>4</background_pool_size>\n"
    << "  </default></profiles>\n"
    << "  <users><default><password></password><networks><ip>127.0.0.1</ip><ip>::1</ip>"
    << "</networks><profile>default</profile><quota>default</quota></default></users>\n"
    << "  <quotas><default><interval><duration>3600</duration><queries>0</queries>"
    << "<errors>0</errors><result_rows>0</result_rows><read_rows>0</read_rows>"
    << "<execution_time>0</execution_time></interval></default></quotas>\n</yandex>\n";
  return x.str();
}

bool write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  return bool(out);
}

std::string tail_of(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string s = ss.str();
  return s.size() > 1500 ? s.substr(s.size() - 1500) : s;
}

pid_t spawn(const std::string& server, const std::string& dir) {
  // Everything the child needs is built before fork(): after it only async-signal-safe calls.
  const std::string log = dir + "/stdout.log";
  const std::string config = "--config-file=" + dir + "/config.xml";
  pid_t parent = ::getpid();
  pid_t pid = ::fork();
  if (pid != 0) return pid;
  // Child: die with the test, log to the server dir, become the server.
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (::getppid() != parent) ::_exit(127);
  int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd >= 0) {
    ::dup2(fd, 1);
    ::dup2(fd, 2);
    ::close(fd);
  }
  ::execl(server.c_str(), server.c_str(), config.c_str(), static_cast<char*>(nullptr));
  ::_exit(127);
}

}  // namespace

std::string TestCluster::server_path() {
  if (const char* env = std::getenv("DYAD_CLICKHOUSE_SERVER"); env && *env)
    return ::access(env, X_OK) == 0 ? env : "";
  for (const char* p : {"/usr/sbin/clickhouse-server", "/usr/bin/clickhouse-server"})
    if (::access(p, X_OK) == 0) return p;
  return "";
}

Result<std::unique_ptr<TestCluster>> TestCluster::start(const TestClusterOptions& o) {
  std::string server = server_path();
  if (server.empty()) return Error{"clickhouse-server is not installed"};
  if (o.shards < 1) return Error{"a cluster needs at least one shard"};
  auto ports = free_ports(3 * o.shards);
  if (!ports) return Error{"no free loopback ports"};
  std::vector<Ports> all;
  for (int i = 0; i < o.shards; ++i)
    all.push_back({(*ports)[3 * i], (*ports)[3 * i + 1], (*ports)[3 * i + 2]});

  std::unique_ptr<TestCluster> c(new TestCluster());
  c->cluster_ = o.cluster;
  char tmpl[] = "/tmp/dyad-clickhouse-XXXXXX";
  if (!::mkdtemp(tmpl)) return Error{"cannot create a temp dir"};
  c->dir_ = tmpl;
  for (int i = 0; i < o.shards; ++i) {
    std::string dir = c->dir_ + "/shard" + std::to_string(i + 1);
    std::error_code ec;
    fs::create_directories(dir + "/data", ec);
    fs::create_directories(dir + "/tmp", ec);
    if (ec || !write_file(dir + "/config.xml", config_xml(dir, all[i], all, o.cluster)) ||
        !write_file(dir + "/users.xml", users_xml(o)))
      return Error{"cannot write the server config in " + dir};
    pid_t pid = spawn(server, dir);
    if (pid < 0) return Error{"cannot start " + server};
    c->pids_.push_back(pid);
    c->urls_.push_back("http://127.0.0.1:" + std::to_string(all[i].http));
  }
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(o.startup_timeout_s);
  for (size_t i = 0; i < c->urls_.size(); ++i) {
    Connection conn(c->urls_[i]);
    std::string dir = c->dir_ + "/shard" + std::to_string(i + 1);
    for (;;) {
      if (conn.ping()) break;
      int status = 0;
      if (::waitpid(c->pids_[i], &status, WNOHANG) == c->pids_[i]) {
        c->pids_[i] = -1;
        return Error{"clickhouse-server " + std::to_string(i + 1) + " exited at start: " +
                     tail_of(dir + "/stdout.log") + tail_of(dir + "/server.err.log")};
      }
      if (std::chrono::steady_clock::now() > deadline)
        return Error{"clickhouse-server " + std::to_string(i + 1) + " did not answer /ping in " +
                     std::to_string(o.startup_timeout_s) + " s: " +
                     tail_of(dir + "/server.err.log")};
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  }
  return c;
}

std::string TestCluster::spec(const std::string& database) const {
  std::string s;
  for (size_t i = 0; i < urls_.size(); ++i) {
    if (i) s += ',';
    s += urls_[i];
    if (i == 0) {
      s += "?database=" + database;
      if (urls_.size() > 1) s += "&cluster=" + cluster_;
    }
  }
  return s;
}

void TestCluster::stop() {
  for (pid_t pid : pids_)
    if (pid > 0) ::kill(pid, SIGTERM);
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(15);
  for (pid_t& pid : pids_) {
    while (pid > 0) {
      int status = 0;
      pid_t r = ::waitpid(pid, &status, WNOHANG);
      if (r == pid || r < 0) {
        pid = -1;
        break;
      }
      if (std::chrono::steady_clock::now() > deadline) {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, &status, 0);
        pid = -1;
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }
  pids_.clear();
  if (!dir_.empty() && !std::getenv("DYAD_KEEP_CLICKHOUSE")) {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  dir_.clear();
}

TestCluster::~TestCluster() { stop(); }

}  // namespace dyad::ch
