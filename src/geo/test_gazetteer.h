// A tiny in-memory gazetteer for the unit tests (no npm data needed).
#pragma once
#include <memory>
#include <vector>

#include "dyad/geo.h"

namespace dyad::geo::testing {

inline GeoRecord place(std::string name, GeoPrecision kind, std::string country,
                       std::string admin1, double lat, double lon, uint32_t pop = 0,
                       std::vector<std::pair<std::string, NameKind>> names = {}) {
  GeoRecord r;
  r.name = std::move(name);
  r.kind = kind;
  r.country = std::move(country);
  r.admin1 = std::move(admin1);
  r.lat = lat;
  r.lon = lon;
  r.population = pop;
  r.names = std::move(names);
  return r;
}

inline std::vector<GeoRecord> tiny_records() {
  using K = GeoPrecision;
  std::vector<GeoRecord> v = {
      place("United States", K::Country, "US", "", 39.83, -98.58, 0,
            {{"U.S.", NameKind::Abbreviation}, {"American", NameKind::Demonym},
             {"Americans", NameKind::Demonym}}),
      place("France", K::Country, "FR", "", 46.0, 2.0, 0, {{"French", NameKind::Demonym}}),
      place("Georgia", K::Country, "GE", "", 42.0, 43.5, 0, {{"Georgian", NameKind::Demonym}}),
      place("Russia", K::Country, "RU", "", 60.0, 100.0, 0, {{"Russian", NameKind::Demonym}}),
      place("Mali", K::Country, "ML", "", 17.0, -4.0),
      place("Georgia", K::Admin1, "US", "US-GA", 32.7, -83.4),
      place("Louisiana", K::Admin1, "US", "US-LA", 31.1, -91.9, 0,
            {{"La.", NameKind::Abbreviation}}),
      place("Virginia", K::Admin1, "US", "US-VA", 37.5, -78.8, 0,
            {{"Va.", NameKind::Abbreviation}}),
      place("Texas", K::Admin1, "US", "US-TX", 31.2, -99.3),
      place("Paris", K::City, "FR", "", 48.853, 2.349, 2138551),
      place("Paris", K::City, "US", "US-TX", 33.661, -95.556, 24782),
      place("Alexandria", K::City, "US", "US-LA", 31.311, -92.445, 47723),
      place("Alexandria", K::City, "US", "US-VA", 38.805, -77.047, 139966),
      place("Alexandria", K::City, "EG", "", 31.198, 29.919, 3811516),
      place("Atlanta", K::City, "US", "US-GA", 33.749, -84.388, 463878),
      place("Gori", K::City, "GE", "", 41.984, 44.116, 48143),
      place("Tbilisi", K::City, "GE", "", 41.694, 44.834, 1049498),
      place("Bamako", K::City, "ML", "", 12.65, -8.0, 1297281),
      place("Washington", K::City, "US", "US-DC", 38.895, -77.036, 601723),
      place("Saint Louis", K::City, "US", "US-MO", 38.627, -90.198, 315685),
      place("New York City", K::City, "US", "US-NY", 40.714, -74.006, 8175133,
            {{"New York", NameKind::Alternate}}),
      place("Hilton", K::City, "US", "US-NY", 43.288, -77.793, 5886),
      place("Pierce", K::City, "US", "US-NE", 42.199, -97.527, 1767),
      place("Mobile", K::City, "US", "US-AL", 30.694, -88.043, 190274),
      place("Council", K::City, "US", "US-ID", 44.73, -116.438, 839),
      place("March", K::City, "GB", "", 52.55, 0.09, 22298),
  };
  GeoRecord sahel = place("Sahel", K::Region, "", "", 14.5, 0.0);
  sahel.members = {"ML", "NE", "BF"};
  v.push_back(sahel);
  return v;
}

inline std::shared_ptr<const Gazetteer> tiny_gazetteer() {
  // The real list has some 30,000 words from the tagger's lexicon.
  return Gazetteer::build(tiny_records(),
                          {"mobile", "council", "former", "the", "march", "troops", "in",
                           "officials", "police", "yesterday", "later", "fighting", "she"},
                          {"March"});
}

}  // namespace dyad::geo::testing
