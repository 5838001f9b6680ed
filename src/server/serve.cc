// run_server: bind, announce, serve with a fixed pool of workers, stop on SIGINT/SIGTERM.
#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>

#include "server/api_state.h"

namespace dyad {

namespace {

// httplib listens with a backlog of 5 (compiled into the library): a burst of new connections
// beyond it waits for SYN retransmission, a second or more. The listening socket is reachable
// through the protected member; listen() again only raises the backlog.
struct ListenSocket : httplib::Server {
  static int of(httplib::Server& s) { return (s.*(&ListenSocket::svr_sock_)).load(); }
};

std::string url_host(const std::string& host) {
  return host.find(':') != std::string::npos ? "[" + host + "]" : host;
}

}  // namespace

int run_server(httplib::Server& srv, const ServerOptions& opts) {
  unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  size_t threads = opts.threads > 0 ? static_cast<size_t>(opts.threads) : cores;
  srv.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  srv.set_tcp_nodelay(true);
  // A worker serves one connection at a time (httplib's model): a kept-alive connection, busy
  // or idle (a browser tab), holds its worker while the other connections queue. One request
  // per connection is what keeps the queue fair: with 16 connections on 2 workers, p99 was
  // 0.9 s when a connection could keep its worker for 20 requests, 98 ms for 1 (uncached
  // listings, loaded machine), and throughput did not drop (loopback connections are cheap).
  srv.set_keep_alive_timeout(1);
  srv.set_keep_alive_max_count(1);
  srv.set_read_timeout(10);
  srv.set_write_timeout(10);

  // The signals are taken by a watcher thread (sigtimedwait), not a handler: stop() is not
  // async-signal-safe. Blocked before the workers start, so that they inherit the mask.
  sigset_t stop_signals, old_mask;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, &old_mask);

  int port = opts.port;
  if (port == 0)
    port = srv.bind_to_any_port(opts.host);
  else if (!srv.bind_to_port(opts.host, port))
    port = -1;
  if (port <= 0) {
    pthread_sigmask(SIG_SETMASK, &old_mask, nullptr);
    std::fprintf(stderr, "dyad serve: cannot listen on %s:%d (address in use or not local?)\n",
                 opts.host.c_str(), opts.port);
    return 1;
  }
  ::listen(ListenSocket::of(srv), 1024);
  std::fprintf(stderr, "dyad serve: listening on http://%s:%d\n", url_host(opts.host).c_str(),
               port);
  std::fflush(stderr);

  std::atomic<bool> done{false};
  std::thread watcher([&] {
    bool stopping = false;
    while (!done.load()) {
      timespec wait{0, 100 * 1000 * 1000};
      int sig = sigtimedwait(&stop_signals, nullptr, &wait);
      if (sig == SIGINT || sig == SIGTERM) {
        if (!stopping) std::fprintf(stderr, "dyad serve: stopping\n");
        stopping = true;
      }
      // Repeated: a stop() that comes before the accept loop has started is ignored.
      if (stopping) srv.stop();
    }
  });
  srv.listen_after_bind();
  done = true;
  watcher.join();
  pthread_sigmask(SIG_SETMASK, &old_mask, nullptr);
  return 0;
}

}  // namespace dyad
