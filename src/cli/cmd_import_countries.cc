// dyad import-countries COUNTRIES.json -o data/generated/countries.dyad: turns the
// world-countries package (installed by scripts/setup with npm) into a native dictionary.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/import_countries.h"
#include "dyad/file_text.h"
#include "dict/country_import.h"

namespace dyad::cli {

int cmd_import_countries(int argc, char** argv) {
  CLI::App app{"Write dyad's country dictionary (native format) from the world-countries "
               "package's countries.json (ODbL 1.0)", "dyad import-countries"};
  std::string input, output = "data/generated/countries.dyad";
  bool quiet = false;
  app.add_option("json", input,
                 "countries.json of the world-countries package "
                 "(data/npm/node_modules/world-countries/countries.json after setup)")
      ->required();
  app.add_option("-o,--output", output, "dictionary to write; '-' writes to stdout")
      ->capture_default_str();
  app.add_flag("-q,--quiet", quiet, "print no warnings, only errors");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }

  Result<std::string> file = read_file_text(input);
  if (!file) {
    std::fprintf(stderr, "dyad import-countries: %s\n", file.error().c_str());
    return 2;
  }
  const std::string& json = *file;
  std::vector<std::string> warnings;
  std::ostringstream text;
  Result<size_t> r = import_countries(json, text, warnings);
  if (!r) {
    std::fprintf(stderr, "dyad import-countries: %s: %s\n", input.c_str(), r.error().c_str());
    return 2;
  }
  if (!quiet)
    for (const auto& w : warnings)
      std::fprintf(stderr, "dyad import-countries: warning: %s\n", w.c_str());

  if (output == "-") {
    std::cout << text.str() << std::flush;
    if (!std::cout) return 2;
  } else {
    // Written beside the target and renamed, so a failed run never leaves half a dictionary
    // where the coder loads it.
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path target(output);
    if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
    fs::path tmp = target;
    tmp += ".tmp";
    {
      std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
      f << text.str();
      f.close();
      if (!f) {
        std::fprintf(stderr, "dyad import-countries: cannot write %s\n", tmp.c_str());
        fs::remove(tmp, ec);
        return 2;
      }
    }
    fs::rename(tmp, target, ec);
    if (ec) {
      std::fprintf(stderr, "dyad import-countries: cannot write %s: %s\n", output.c_str(),
                   ec.message().c_str());
      fs::remove(tmp, ec);
      return 2;
    }
  }
  if (!quiet)
    std::fprintf(stderr, "dyad import-countries: %zu countries and territories written to %s\n",
                 *r, output == "-" ? "stdout" : output.c_str());
  return 0;
}

}  // namespace dyad::cli
