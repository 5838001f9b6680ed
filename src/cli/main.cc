// dyad: a thin main that only dispatches subcommands.
#include <sqlite3.h>

#include <cstdio>
#include <cstring>
#include <string>

#include "cli/commands.h"
#include "cli/geo_commands.h"
#include "cli/import_cities.h"
#include "cli/import_countries.h"
#include "cli/store_commands.h"
#include "dyad/paths.h"

namespace {

void usage() {
  std::fprintf(stderr,
               "usage: dyad <command> [options]\n"
               "  code [FILES|-]        code articles (JSON Lines, text, PETRARCH XML, TABARI)\n"
               "  explain \"SENTENCE\"    show tokens, tags, phrases, patterns and events\n"
               "  validate FILE.xml     run a PETRARCH validation file\n"
               "  eval GOLD EVENTS      score events against a gold file\n"
               "  geo build|eval|...    build the gazetteer, evaluate toponym resolution\n"
               "  dict check|coverage   check the dictionaries; list CAMEO codes none produces\n"
               "  ingest FILES --db F   code articles and store them (SQLite or ClickHouse)\n"
               "  recode --db F         code stored articles again, report what changed\n"
               "  query --db F          filter and aggregate stored events\n"
               "  export --db F         GDELT, Mentions, ICEWS, PLOVER, CSV or JSON Lines\n"
               "  serve --db F          HTTP API and dashboard\n"
               "  import-countries JSON build data/generated/countries.dyad (scripts/setup)\n"
               "  import-cities         build data/generated/cities.dyad from the gazetteer\n"
               "  version               print the version\n"
               "Run 'dyad <command> --help' for the options of a command.\n");
}

}  // namespace

int main(int argc, char** argv) {
  // SQLite's memory statistics take a global lock on every allocation; the HTTP server's
  // threads would contend for it. Must precede any other SQLite call.
  sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  if (argc < 2) {
    usage();
    return 2;
  }
  std::string cmd = argv[1];
  // Each command parses its own options; argv[1] becomes its program name.
  int sub_argc = argc - 1;
  char** sub_argv = argv + 1;
  if (cmd == "code") return dyad::cli::cmd_code(sub_argc, sub_argv);
  if (cmd == "explain") return dyad::cli::cmd_explain(sub_argc, sub_argv);
  if (cmd == "validate") return dyad::cli::cmd_validate(sub_argc, sub_argv);
  if (cmd == "eval") return dyad::cli::cmd_eval(sub_argc, sub_argv);
  if (cmd == "geo") return dyad::cli::cmd_geo(sub_argc, sub_argv);
  if (cmd == "import-countries") return dyad::cli::cmd_import_countries(sub_argc, sub_argv);
  if (cmd == "import-cities") return dyad::cli::cmd_import_cities(sub_argc, sub_argv);
  if (cmd == "ingest") return dyad::cli::cmd_ingest(sub_argc, sub_argv);
  if (cmd == "recode") return dyad::cli::cmd_recode(sub_argc, sub_argv);
  if (cmd == "query") return dyad::cli::cmd_query(sub_argc, sub_argv);
  if (cmd == "export") return dyad::cli::cmd_export(sub_argc, sub_argv);
  if (cmd == "serve") return dyad::cli::cmd_serve(sub_argc, sub_argv);
  if (cmd == "dict") return dyad::cli::cmd_dict(sub_argc, sub_argv);
  if (cmd == "version" || cmd == "--version") {
    std::printf("dyad %s\n", dyad::version().c_str());
    return 0;
  }
  if (cmd == "-h" || cmd == "--help" || cmd == "help") {
    usage();
    return 0;
  }
  std::fprintf(stderr, "dyad: unknown command '%s'\n", cmd.c_str());
  usage();
  return 2;
}
