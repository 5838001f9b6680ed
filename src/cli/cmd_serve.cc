// dyad serve --db F: the HTTP API and the dashboard (docs/api.md).
#include <httplib.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "cli/dict_flags.h"
#include "cli/store_commands.h"
#include "dyad/server.h"
#include "dyad/store.h"

namespace dyad::cli {

int cmd_serve(int argc, char** argv) {
  CLI::App app{"Serve the HTTP API and the dashboard over an event store", "dyad serve"};
  std::string db;
  ServerOptions opts;
  bool allow_null = false;
  DictFlags flags;
  app.add_option("--db", db, "the event store (SQLite file made by dyad ingest)")->required();
  app.add_option("--host", opts.host,
                 "address to listen on (default 127.0.0.1: this machine only)");
  app.add_option("--port", opts.port, "port; 0 = any free port (default 8080)")
      ->check(CLI::Range(0, 65535));
  app.add_option("--threads", opts.threads, "worker threads (default: one per core)")
      ->check(CLI::Range(1, 1024));
  app.add_option("--static", opts.static_dir,
                 "dashboard folder (default: web/dist of the source tree)");
  app.add_option("--write-token", opts.write_token,
                 "allow POST /api/code with \"store\":true for requests carrying "
                 "'Authorization: Bearer TOKEN' (default: $DYAD_WRITE_TOKEN; none = read-only)");
  app.add_option("--max-body-bytes", opts.max_body_bytes,
                 "refuse request bodies larger than this with 413 (default 1048576)")
      ->check(CLI::Range(size_t{1}, size_t{1} << 30));
  size_t cache_mb = opts.cache_bytes >> 20;
  app.add_option("--cache-mb", cache_mb,
                 "memory for answers kept until the store changes; 0 = no cache (default 64)")
      ->check(CLI::Range(size_t{0}, size_t{1} << 20));
  app.add_flag("--allow-null-target", allow_null, "code events without a target actor (---)");
  add_dict_flags(app, flags);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  opts.cache_bytes = cache_mb << 20;
  if (opts.write_token.empty())
    if (const char* env = std::getenv("DYAD_WRITE_TOKEN")) opts.write_token = env;

  // Without a write token nothing is ever written: the file is opened read-only (and must
  // exist); with one, it is created when missing.
  bool writable = !opts.write_token.empty();
  if (!writable && !std::filesystem::exists(db)) {
    std::fprintf(stderr, "dyad serve: no store at %s (make one with 'dyad ingest --db %s')\n",
                 db.c_str(), db.c_str());
    return 2;
  }
  auto store = Store::open(db, !writable);
  if (!store) {
    std::fprintf(stderr, "dyad serve: %s\n", store.error().c_str());
    return 2;
  }

  // Queries work without the coder; explain and code answer 503 then.
  std::shared_ptr<const Coder> coder;
  if (auto dicts = load_dictionaries(flags, true)) {
    CoderOptions copts;
    copts.require_dyad = !allow_null;
    coder = make_coder(dicts, copts);
  }
  if (!coder)
    std::fprintf(stderr,
                 "dyad serve: the coder is not available: /api/explain and /api/code "
                 "will answer 503\n");

  httplib::Server srv;
  install_api(srv, **store, coder, opts);
  return run_server(srv, opts);
}

}  // namespace dyad::cli
