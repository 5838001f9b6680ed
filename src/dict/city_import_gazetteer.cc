// import_cities() over a loaded gazetteer. Kept apart from city_import.cc because it needs
// dyad_geo at link time: dyad_dict's own tests link only what they call, so they never pull
// this file in; the dyad binary links dyad_geo.
#include <fstream>
#include <set>
#include <sstream>

#include "dict/city_import.h"
#include "dyad/geo.h"
#include "geo/ascii_fold.h"

namespace dyad {

namespace {

// True when `name` also denotes, in the gazetteer, a country, a region, a demonym or a
// first-level division of another country than `country`.
bool names_other_place(const Gazetteer& gaz, const NameMatch& m, std::string_view country) {
  for (uint32_t posting : m.postings) {
    if (posting_kind(posting) == NameKind::Demonym) return true;
    GeoPlace p = gaz.place(posting_place(posting));
    if (p.kind == GeoPrecision::Country || p.kind == GeoPrecision::Region) return true;
    if (p.kind == GeoPrecision::Admin1 && p.country != country) return true;
  }
  return false;
}

// True when every word of the name is a common English word ("Buffalo", "Grand Rapids",
// "High Point"): actor phrases match regardless of case, so such a name would fire on
// ordinary text ("a high point of the talks").
bool all_common_words(const Gazetteer& gaz, std::string_view name) {
  std::vector<std::string> words = phrase_words(name);
  if (words.empty()) return false;
  for (const auto& w : words)
    if (!gaz.common_word(w)) return false;
  return true;
}

}  // namespace

Result<size_t> import_cities(const Gazetteer& gaz, const CompiledDictionaries& existing,
                             uint32_t min_population, std::ostream& out,
                             std::vector<std::string>& warnings,
                             const std::string& iso_3166_1_json_path,
                             std::vector<SkippedCity>* skipped) {
  std::ifstream f(iso_3166_1_json_path, std::ios::binary);
  if (!f) return Error{"cannot read " + iso_3166_1_json_path};
  std::ostringstream text;
  text << f.rdbuf();
  auto codes = cameo_codes_by_alpha2(text.str());
  if (!codes) return Error{iso_3166_1_json_path + ": " + codes.error()};

  const uint32_t floor = std::min(kRivalCityPopulation, min_population);
  std::vector<CityCandidate> towns;
  for (uint32_t id = 0; id < gaz.size(); ++id) {
    if (gaz.kind(id) != GeoPrecision::City || gaz.population(id) < floor) continue;
    GeoPlace p = gaz.place(id);
    CityCandidate c;
    c.name = std::string(p.name);
    c.ascii_name = geo::fold_to_ascii(p.name);
    c.country = std::string(p.country);
    c.population = p.population;
    for (const std::string* n : {&c.name, &c.ascii_name}) {
      if (n->empty()) continue;
      NameMatch m = gaz.find(*n);
      c.common_word |= m.common_word || all_common_words(gaz, *n);
      c.blocked |= m.blocked;
      c.names_other_place |= names_other_place(gaz, m, c.country);
    }
    {
      std::set<std::string_view> others;
      NameMatch m = gaz.find(c.ascii_name.empty() ? c.name : c.ascii_name);
      for (uint32_t posting : m.postings) {
        uint32_t id = posting_place(posting);
        if (gaz.kind(id) == GeoPrecision::City && gaz.place(id).country != c.country)
          others.insert(gaz.place(id).country);
      }
      c.other_countries = uint32_t(others.size());
    }
    // "York" would match inside "New York Stock Exchange" when "New York" is no actor
    // phrase; likewise "Orleans", and Puerto Rico's "Carolina" in "North Carolina". A
    // division, country or larger town of another country called "New <name>", "North
    // <name>"... makes the bare name ambiguous (a small town, New Plymouth, does not).
    if (!c.ascii_name.empty() && c.ascii_name.find(' ') == std::string::npos) {
      for (const char* prefix : {"New ", "North ", "South ", "East ", "West "}) {
        NameMatch m = gaz.find(prefix + c.ascii_name);
        for (uint32_t posting : m.postings) {
          GeoPlace p = gaz.place(posting_place(posting));
          bool big = p.kind != GeoPrecision::City || p.population >= c.population;
          if (p.country != c.country && big) c.names_other_place = true;
        }
      }
    }
    towns.push_back(std::move(c));
  }
  return import_city_candidates(towns, existing, *codes, min_population, out, warnings,
                                skipped);
}

}  // namespace dyad
