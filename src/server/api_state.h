// What the route handlers share: the store and its read connections, the coder, the options
// and the documents loaded once at start.
#pragma once
#include <httplib.h>

#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>

#include "dyad/cameo.h"
#include "dyad/server.h"
#include "server/read_pool.h"
#include "server/response_cache.h"

namespace dyad::server {

// Responses keep the order in which fields are written (id first, then date ...).
using Json = nlohmann::ordered_json;

struct ApiState {
  ApiState(Store& s, std::shared_ptr<const Coder> c, const ServerOptions& o, size_t readers)
      : store(s), pool(s, readers), coder(std::move(c)), opts(o), cache(o.cache_bytes) {}
  Store& store;
  ReadPool pool;
  std::shared_ptr<const Coder> coder;
  ServerOptions opts;                       // static_dir resolved
  std::shared_ptr<const CameoTable> cameo;  // labels; null when the tables are missing
  std::string openapi;                      // the document, "" when missing
  std::string openapi_error;                // why it is missing
  ResponseCache cache;                      // GET answers until the store changes
  std::mutex write_mutex;                   // one Store::put at a time
};

// ---- responses ----------------------------------------------------------------------------

// Serialises with invalid UTF-8 replaced (a stored text must never make dump() throw).
std::string dump(const Json& j);
void send_json(httplib::Response& res, int status, const Json& body);
void send_error(httplib::Response& res, int status, const std::string& message);
// A query::Value as JSON (NULL -> null, non-finite doubles -> null).
Json value_json(const Value& v);

// ---- route groups (each file installs its own) ---------------------------------------------

void handle_health(ApiState& st, const httplib::Request& req, httplib::Response& res);
void handle_events(ApiState& st, const httplib::Request& req, httplib::Response& res);
void handle_aggregate(ApiState& st, const httplib::Request& req, httplib::Response& res);
void handle_actors(ApiState& st, const httplib::Request& req, httplib::Response& res);
void handle_explain(ApiState& st, const httplib::Request& req, httplib::Response& res);
void handle_code(ApiState& st, const httplib::Request& req, httplib::Response& res);
// GET and HEAD of non-API paths.
void handle_static(ApiState& st, const httplib::Request& req, httplib::Response& res);

// The request's query string as QueryParams (from the raw target, so that our own decoding
// and duplicate checks apply).
QueryParams request_params(const httplib::Request& req);

}  // namespace dyad::server
