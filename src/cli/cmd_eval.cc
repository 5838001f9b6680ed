// dyad eval GOLD EVENTS: scores dyad output against a gold file.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "dyad/eval.h"

namespace dyad::cli {

int cmd_eval(int argc, char** argv) {
  CLI::App app{"Score dyad events against a gold file (recall, precision, per root code, "
               "confusion table)", "dyad eval"};
  std::string gold_path, events_path;
  bool json = false;
  std::vector<std::string> ignore;
  app.add_option("gold", gold_path, "gold JSON Lines file")->required();
  app.add_option("events", events_path, "dyad output (JSON Lines); '-' reads stdin")->required();
  app.add_flag("--json", json, "write the report as JSON");
  app.add_option("--ignore", ignore, "gold fields not to check: date, location (repeatable)")
      ->allow_extra_args(false)
      ->check(CLI::IsMember({"date", "location"}));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  auto gold = load_gold(gold_path);
  if (!gold) {
    std::fprintf(stderr, "dyad eval: %s\n", gold.error().c_str());
    return 2;
  }
  Produced produced;
  if (events_path == "-") {
    produced = parse_produced(std::cin, "-");
  } else {
    auto p = load_produced(events_path);
    if (!p) {
      std::fprintf(stderr, "dyad eval: %s\n", p.error().c_str());
      return 2;
    }
    produced = std::move(*p);
  }
  EvalOptions opts;
  for (const auto& f : ignore) {
    if (f == "date") opts.check_date = false;
    if (f == "location") opts.check_location = false;
  }
  EvalReport report = evaluate(*gold, produced, opts);
  for (const auto& p : report.problems)
    std::fprintf(stderr, "dyad eval: %s: %s\n", p.record.c_str(), p.message.c_str());
  if (json)
    write_json_report(std::cout, report);
  else
    write_text_report(std::cout, report);
  return report.passed() ? 0 : 1;
}

}  // namespace dyad::cli
