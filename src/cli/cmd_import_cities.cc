// dyad import-cities -o data/generated/cities.dyad: the towns of the gazetteer (GeoNames,
// CC BY 4.0) that name one place, as native actor lines coded with their country.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/import_cities.h"
#include "dict/city_import.h"
#include "dyad/dictionary.h"
#include "dyad/geo.h"
#include "dyad/paths.h"

namespace dyad::cli {

namespace {

namespace fs = std::filesystem;

// The default native dictionaries, as load_sources() would read them, without the town file
// itself (or the output): a previous run's towns must not count as existing phrases.
std::vector<std::string> default_dicts_without(const fs::path& output) {
  std::vector<std::string> files;
  for (const char* dir : {"dict", "generated"}) {
    std::vector<std::string> in_dir;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(data_path(dir), ec)) {
      if (e.path().extension() != ".dyad" || e.path().filename() == "cities.dyad") continue;
      std::error_code ec2;
      if (!output.empty() && fs::equivalent(e.path(), output, ec2)) continue;
      in_dir.push_back(e.path().string());
    }
    std::sort(in_dir.begin(), in_dir.end());
    files.insert(files.end(), in_dir.begin(), in_dir.end());
  }
  return files;
}

bool write_atomically(const std::string& output, const std::string& text) {
  // Written beside the target and renamed, so a failed run never leaves half a dictionary
  // where the coder loads it.
  std::error_code ec;
  fs::path target(output);
  if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
  fs::path tmp = target;
  tmp += ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    f << text;
    f.close();
    if (!f) {
      fs::remove(tmp, ec);
      return false;
    }
  }
  fs::rename(tmp, target, ec);
  if (ec) fs::remove(tmp, ec);
  return !ec;
}

}  // namespace

int cmd_import_cities(int argc, char** argv) {
  CLI::App app{"Write dyad's town dictionary (native format) from the gazetteer (GeoNames, "
               "CC BY 4.0): towns that name one place, coded with their country",
               "dyad import-cities"};
  std::string output = "data/generated/cities.dyad";
  std::string gazetteer = data_path("generated/gazetteer.bin");
  std::string iso = "/usr/share/iso-codes/json/iso_3166-1.json";
  std::string skipped_path;
  uint32_t min_population = 100000;
  bool quiet = false;
  app.add_option("-o,--output", output, "dictionary to write; '-' writes to stdout")
      ->capture_default_str();
  app.add_option("--min-population", min_population, "smallest town written")
      ->capture_default_str();
  app.add_option("--gazetteer", gazetteer, "gazetteer built by `dyad geo build`")
      ->capture_default_str();
  app.add_option("--iso", iso, "iso-codes' iso_3166-1.json (alpha-2 -> alpha-3)")
      ->capture_default_str();
  app.add_option("--skipped", skipped_path,
                 "also write the towns left out, with the reason (TSV: name, country, reason)");
  app.add_flag("-q,--quiet", quiet, "print no warnings, only errors");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }

  auto gaz = Gazetteer::load(gazetteer);
  if (!gaz) {
    std::fprintf(stderr, "dyad import-cities: %s\n", gaz.error().c_str());
    return 2;
  }
  DictionarySources sources;
  sources.no_default_dicts = true;
  sources.dicts = default_dicts_without(output == "-" ? fs::path() : fs::path(output));
  DictionarySet set;
  if (auto r = load_sources(sources, set); !r) {
    std::fprintf(stderr, "dyad import-cities: %s\n", r.error().c_str());
    return 2;
  }
  auto existing = compile(std::move(set));

  std::vector<std::string> warnings;
  std::vector<SkippedCity> skipped;
  std::ostringstream text;
  Result<size_t> n = import_cities(**gaz, *existing, min_population, text, warnings, iso,
                                   &skipped);
  if (!n) {
    std::fprintf(stderr, "dyad import-cities: %s\n", n.error().c_str());
    return 2;
  }
  if (!quiet)
    for (const auto& w : warnings)
      std::fprintf(stderr, "dyad import-cities: warning: %s\n", w.c_str());
  if (!skipped_path.empty()) {
    std::ostringstream s;
    for (const auto& k : skipped) s << k.name << '\t' << k.country << '\t' << k.reason << '\n';
    if (!write_atomically(skipped_path, s.str())) {
      std::fprintf(stderr, "dyad import-cities: cannot write %s\n", skipped_path.c_str());
      return 2;
    }
  }
  if (output == "-") {
    std::cout << text.str() << std::flush;
    if (!std::cout) return 2;
  } else if (!write_atomically(output, text.str())) {
    std::fprintf(stderr, "dyad import-cities: cannot write %s\n", output.c_str());
    return 2;
  }
  if (!quiet)
    std::fprintf(stderr, "dyad import-cities: %zu towns written to %s (%zu left out)\n", *n,
                 output == "-" ? "stdout" : output.c_str(), skipped.size());
  return 0;
}

}  // namespace dyad::cli
