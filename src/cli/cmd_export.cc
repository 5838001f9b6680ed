// dyad export --db F --format gdelt|mentions|icews|plover|csv|jsonl [filters]: writes the
// matching rows to stdout (or -o FILE) as they are read, so exports of any size stream; the
// row count goes to stderr.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

#include "cli/filter_flags.h"
#include "cli/store_commands.h"
#include "dyad/export.h"
#include "dyad/store.h"

namespace dyad::cli {

int cmd_export(int argc, char** argv) {
  CLI::App app{"Export stored events as GDELT, GDELT Mentions, ICEWS, PLOVER, CSV or JSON Lines",
               "dyad export"};
  std::string db, format_text, output;
  bool quiet = false;
  FilterFlags flags;
  app.add_option("--db", db, "the event store (SQLite file)")->required();
  app.add_option("--format", format_text,
                 "gdelt (GDELT 2.0 Event table, one row per merged event), mentions (GDELT 2.0 "
                 "Mentions table), icews, plover (PLOVER JSON Lines), csv (merged events), "
                 "jsonl (mentions as `dyad code` writes them)")
      ->required();
  app.add_option("-o,--output", output, "write to this file instead of stdout");
  app.add_flag("-q,--quiet", quiet, "no row count on stderr");
  add_filter_flags(app, flags);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int status = app.exit(e);
    return status == 0 ? 0 : 2;
  }
  auto format = parse_export_format(format_text);
  if (!format) {
    std::fprintf(stderr, "dyad export: %s\n", format.error().c_str());
    return 2;
  }
  auto filter = to_filter(flags);
  if (!filter) {
    std::fprintf(stderr, "dyad export: %s\n", filter.error().c_str());
    return 2;
  }
  auto store = Store::open(db, true);
  if (!store) {
    std::fprintf(stderr, "dyad export: %s\n", store.error().c_str());
    return 2;
  }
  std::ofstream file;
  if (!output.empty()) {
    file.open(output, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::fprintf(stderr, "dyad export: cannot write %s\n", output.c_str());
      return 2;
    }
  }
  std::ios::sync_with_stdio(false);
  std::ostream& out = output.empty() ? std::cout : file;
  ExportOptions opts;
  opts.format = *format;
  opts.filter = *filter;
  auto rows = export_events(**store, opts, out);
  if (!rows) {
    std::fprintf(stderr, "dyad export: %s\n", rows.error().c_str());
    return rows.error().rfind("text:", 0) == 0 ? 2 : 1;
  }
  if (!quiet)
    std::fprintf(stderr, "dyad export: %lld rows (%s)\n", static_cast<long long>(*rows),
                 format_text.c_str());
  return 0;
}

}  // namespace dyad::cli
