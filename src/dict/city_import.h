// Imports towns from dyad's gazetteer (GeoNames cities1000, CC BY 4.0) into the native
// dictionary format: one `actor` line per large town, coded with its country ("police in
// Mosul" -> IRQ). Only names that mean one place in the news are written: see the rules
// below and data/dict/ACTORS.md ("Cities from GeoNames").
#pragma once
#include <cstddef>
#include <cstdint>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "dyad/dictionary.h"
#include "dyad/result.h"

namespace dyad {

class Gazetteer;

// One town as the importer sees it (taken from the gazetteer by import_cities()).
struct CityCandidate {
  std::string name;        // display name, may have diacritics ("Kandahār")
  std::string ascii_name;  // ASCII folding of `name` ("Kandahar"); "" when none is known
  std::string country;     // ISO 3166-1 alpha-2 ("AF")
  uint32_t population = 0;
  bool common_word = false;  // the gazetteer flags the name as a common English word
  bool blocked = false;      // the gazetteer's stop names ("March", "Obama")
  // The name also denotes a country, a region, a demonym or a first-level division of
  // another country in the gazetteer ("Georgia", "Punjab").
  bool names_other_place = false;
  // How many other countries have a town of this name, however small ("San Lorenzo":
  // Paraguay, Argentina, Ecuador, Honduras...).
  uint32_t other_countries = 0;
};

// A name that towns of this many other countries share is a common place name ("San
// Lorenzo", "Santa Rita", "Bella Vista"), not a pointer to one country, unless the town has
// a million people or more ("San Antonio", "San Francisco": the name is theirs in news).
inline constexpr uint32_t kWidespreadNameCountries = 5;
inline constexpr uint32_t kWidespreadMaxPopulation = 1000000;

// A town left out and why (for `dyad import-cities --explain` and the tests).
struct SkippedCity {
  std::string name;
  std::string country;  // alpha-2
  std::string reason;
};

// A town of another country at least this large and at least 1/kRivalShare of a town's
// population makes their shared name ambiguous ("Tripoli": Libya and Lebanon, "Hyderabad":
// India and Pakistan): the name is left out for both. A much smaller namesake does not
// ("Melbourne", Florida, 1/60 of Melbourne, Australia), but it loses the name itself.
inline constexpr uint32_t kRivalCityPopulation = 50000;
inline constexpr uint32_t kRivalShare = 10;

// The alpha-2 -> CAMEO country code table from Debian iso-codes' iso_3166-1.json
// ({"3166-1": [{"alpha_2": "AF", "alpha_3": "AFG", ...}]}), with CAMEO's own codes
// (country_import_policy.h) and Kosovo (GeoNames' XK -> KSV). An error when the text is not
// that JSON. Never throws.
Result<std::unordered_map<std::string, std::string>> cameo_codes_by_alpha2(
    const std::string& iso_3166_1_json);

// dyad's short blocklist of town names news text mostly uses for something else: surnames
// and given names ("Jackson", "Lincoln", "Hamilton"), companies and brands ("Brent",
// "Midland", "Mesa") and neighbourhoods many cities have ("Chinatown"). Compared after ASCII
// upper-casing.
bool city_name_is_blocklisted(std::string_view ascii_name);

// Writes a native dictionary of the towns at or above `min_population`, a header crediting
// GeoNames (CC BY 4.0) first, and returns the number of actor lines. A town is left out when
// its name is a common English word or a stop name, names another kind of place, is shared
// with a rival town of another country (kRivalCityPopulation, kRivalShare) or with towns of
// kWidespreadNameCountries other countries (below kWidespreadMaxPopulation), is blocklisted
// (city_name_is_blocklisted), is shorter than three letters, or is already an actor, agent
// or discard phrase of `existing`. Towns whose country has no code in `cameo_by_alpha2` are
// left out with a warning (one per country). Same-named towns of one country give one line.
// `towns` should hold every town of at least kRivalCityPopulation, so that rivals are seen.
Result<size_t> import_city_candidates(
    std::span<const CityCandidate> towns, const CompiledDictionaries& existing,
    const std::unordered_map<std::string, std::string>& cameo_by_alpha2,
    uint32_t min_population, std::ostream& out, std::vector<std::string>& warnings,
    std::vector<SkippedCity>* skipped = nullptr);

// The same from a loaded gazetteer: its towns (GeoPrecision::City) with their flags, the
// country codes read from `iso_3166_1_json_path`. Defined in city_import_gazetteer.cc, which
// needs dyad_geo at link time (the dyad binary links it; dyad_dict's own tests do not).
Result<size_t> import_cities(const Gazetteer& gazetteer, const CompiledDictionaries& existing,
                             uint32_t min_population, std::ostream& out,
                             std::vector<std::string>& warnings,
                             const std::string& iso_3166_1_json_path =
                                 "/usr/share/iso-codes/json/iso_3166-1.json",
                             std::vector<SkippedCity>* skipped = nullptr);

}  // namespace dyad
