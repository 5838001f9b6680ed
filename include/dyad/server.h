// The HTTP API and dashboard server behind `dyad serve` (contract: docs/api.md, the OpenAPI
// document data/openapi.json).
//
//   httplib::Server srv;
//   dyad::install_api(srv, store, coder, options);   // routes only: testable in-process
//   dyad::run_server(srv, options);                  // bind, print the address, serve
//
// Request parameters are parsed by pure functions (parse_query_string, parse_list_query ...)
// whose errors name the bad parameter; the handlers turn them into 400 responses.
#pragma once
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/coder.h"
#include "dyad/query.h"
#include "dyad/result.h"
#include "dyad/store.h"

namespace httplib {
class Server;
}

namespace dyad {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;                   // 0 = any free port
  int threads = 0;                   // worker threads; 0 = hardware concurrency
  std::string static_dir;            // dashboard files; "" = default_static_dir()
  std::string write_token;           // "" = POST /api/code cannot store (403)
  size_t max_body_bytes = 1u << 20;  // larger request bodies get 413
  // GET answers are kept until the store changes (PRAGMA data_version); 0 = no cache.
  size_t cache_bytes = 64u << 20;
  std::string openapi_file;  // "" = data_path("openapi.json")
};

// <data dir>/../web/dist: the dashboard that `npm run build` in web/ writes.
std::string default_static_dir();

// Installs every route, the error pages and the body limit on `srv`. The store must outlive
// the server; queries run on read-only connections to store.path() (one per busy worker
// thread, falling back to `store` itself when the file cannot be opened again), stores from
// POST /api/code go through `store` (opened writable) one batch at a time. `coder` may be
// null: /api/explain and /api/code then answer 503.
void install_api(httplib::Server& srv, Store& store, std::shared_ptr<const Coder> coder,
                 const ServerOptions& opts);

// Binds opts.host:opts.port, prints "dyad serve: listening on http://HOST:PORT" to stderr,
// serves with opts.threads workers until SIGINT or SIGTERM (or srv.stop()), then returns 0;
// 1 (after printing why) when the address cannot be bound.
int run_server(httplib::Server& srv, const ServerOptions& opts);

// ---- request parameters (pure functions, fuzzed) --------------------------------------------

using QueryParams = std::multimap<std::string, std::string>;

// "a=1&b=x%20y+z" -> {a:1, b:"x y z"}: percent-decoding, '+' as a space, a key without '='
// has the value "". Malformed escapes are kept literally.
QueryParams parse_query_string(std::string_view query);

// The filter parameters of /api/events and /api/aggregate (docs/api.md). Errors name the
// parameter: "bad parameter 'quad': want 1..4". Parameters outside `allowed` (the filter's
// own plus the endpoint's) are refused: a misspelt filter must not silently match everything.
Result<EventFilter> parse_filter(const QueryParams& params);
// GET /api/events: filters, level, limit (1..10000), offset, sort.
Result<ListQuery> parse_list_query(const QueryParams& params);
// GET /api/aggregate: filters, by (comma-separated and/or repeated), level (events or
// mentions), limit (1..100000).
Result<AggregateQuery> parse_aggregate_query(const QueryParams& params);

// A message of validate() or of a query ("text: bad full-text query ...") in the API's words:
// "bad parameter 'q': bad full-text query ...".
std::string filter_problem_message(const std::string& problem);

struct ActorQuery {
  std::string q;       // code prefix, or text inside dictionary phrases
  int64_t limit = 20;  // 1..1000
};
// GET /api/actors: q, limit.
Result<ActorQuery> parse_actor_query(const QueryParams& params);

}  // namespace dyad
