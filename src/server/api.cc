// install_api: the route table, method checks (404 / 405), error bodies and limits.
//
// GET and HEAD are dispatched in the pre-routing handler (no body to read, no regular
// expressions); the other methods go through httplib's handlers so that their body is read
// (and refused with 413 beyond the limit) before the answer, which keeps keep-alive
// connections in step.
#include <algorithm>
#include <fstream>
#include <sstream>
#include <thread>

#include "dyad/paths.h"
#include "server/api_state.h"

namespace dyad::server {

namespace {

using Handler = void (*)(ApiState&, const httplib::Request&, httplib::Response&);

struct Route {
  const char* path;
  const char* method;  // "GET" (HEAD too) or "POST"
  Handler handler;
};

void handle_openapi(ApiState& st, const httplib::Request&, httplib::Response& res) {
  if (st.openapi.empty()) return send_error(res, 500, st.openapi_error);
  res.status = 200;
  res.set_content(st.openapi, "application/json");
}

constexpr Route kRoutes[] = {
    {"/api/health", "GET", handle_health}, {"/api/openapi.json", "GET", handle_openapi},
    {"/api/events", "GET", handle_events}, {"/api/aggregate", "GET", handle_aggregate},
    {"/api/actors", "GET", handle_actors}, {"/api/explain", "POST", handle_explain},
    {"/api/code", "POST", handle_code},
};

const Route* find_route(const std::string& path) {
  for (const Route& r : kRoutes)
    if (path == r.path) return &r;
  return nullptr;
}

bool is_api_path(const std::string& path) { return path == "/api" || path.rfind("/api/", 0) == 0; }

void method_not_allowed(httplib::Response& res, const char* allow, const std::string& method) {
  res.set_header("Allow", allow);
  send_error(res, 405, "method " + method + " not allowed (allowed: " + allow + ")");
}

// Every request the routes below did not take: unknown API paths (404), a known path with
// the wrong method (405), non-API paths with anything but GET or HEAD (405).
void not_routed(const httplib::Request& req, httplib::Response& res) {
  if (!is_api_path(req.path)) return method_not_allowed(res, "GET, HEAD", req.method);
  const Route* r = find_route(req.path);
  if (!r) return send_error(res, 404, "unknown API path: " + req.path.substr(0, 200));
  method_not_allowed(res, std::string(r->method) == "GET" ? "GET, HEAD" : "POST", req.method);
}

std::string read_text_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const char* status_message(int status) {
  switch (status) {
    case 400:
      return "bad request";
    case 404:
      return "not found";
    case 405:
      return "method not allowed";
    case 408:
      return "request timeout";
    case 413:
      return "request body too large";
    case 414:
      return "request URI too long";
    case 415:
      return "unsupported media type";
    case 416:
      return "range not satisfiable";
    default:
      return "request failed";
  }
}

}  // namespace

}  // namespace dyad::server

namespace dyad {

using namespace server;

std::string default_static_dir() { return data_dir() + "/../web/dist"; }

void install_api(httplib::Server& srv, Store& store, std::shared_ptr<const Coder> coder,
                 const ServerOptions& opts) {
  ServerOptions o = opts;
  if (o.static_dir.empty()) o.static_dir = default_static_dir();
  unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  size_t readers = o.threads > 0 ? static_cast<size_t>(o.threads) : cores;
  auto st = std::make_shared<ApiState>(store, std::move(coder), o, readers);

  if (auto c = CameoTable::load(); c) st->cameo = std::make_shared<const CameoTable>(std::move(*c));
  std::string openapi_file = o.openapi_file.empty() ? data_path("openapi.json") : o.openapi_file;
  st->openapi = read_text_file(openapi_file);
  if (st->openapi.empty()) st->openapi_error = "the API description is missing: " + openapi_file;

  srv.set_payload_max_length(o.max_body_bytes);
  srv.set_default_headers({{"X-Content-Type-Options", "nosniff"}});

  srv.set_pre_routing_handler([st](const httplib::Request& req, httplib::Response& res) {
    if (req.method != "GET" && req.method != "HEAD")
      return httplib::Server::HandlerResponse::Unhandled;
    if (!is_api_path(req.path)) {
      handle_static(*st, req, res);
      return httplib::Server::HandlerResponse::Handled;
    }
    const Route* r = find_route(req.path);
    if (r && std::string(r->method) == "GET")
      r->handler(*st, req, res);
    else
      not_routed(req, res);
    return httplib::Server::HandlerResponse::Handled;
  });
  for (const Route& r : kRoutes) {
    if (std::string(r.method) != "POST") continue;
    Handler h = r.handler;
    srv.Post(r.path,
             [st, h](const httplib::Request& req, httplib::Response& res) { h(*st, req, res); });
  }
  srv.Post(".*", not_routed);
  srv.Put(".*", not_routed);
  srv.Patch(".*", not_routed);
  srv.Delete(".*", not_routed);
  srv.Options(".*", not_routed);

  // Statuses httplib sets itself (413, 400 for a malformed request ...) get a JSON body too.
  srv.set_error_handler(
      httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        send_error(res, res.status, status_message(res.status));
        return httplib::Server::HandlerResponse::Handled;
      }));
  srv.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
        std::string what = "internal error";
        try {
          if (ep) std::rethrow_exception(ep);
        } catch (const std::exception& e) {
          what += std::string(": ") + e.what();
        } catch (...) {
        }
        send_error(res, 500, what);
      });
}

}  // namespace dyad
