// build_gazetteer(): GeoNames towns, ISO countries and divisions, dyad's regions and
// aliases, put together as GeoRecords and handed to Gazetteer::build().
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <unordered_map>

#include "dyad/geo.h"
#include "geo/ascii_fold.h"
#include "geo/sources.h"

namespace dyad {

namespace {

using geo::CityRow;

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// A point for a set of towns: the middle of the box between their 5th and 95th
// percentiles of latitude and longitude, so that a few far-flung towns (Alaska for the
// United States, islands) do not pull it away. Near enough to a division's centre.
struct Box {
  std::vector<double> lats, lons;
  uint64_t population = 0;
  void add(const CityRow& c) {
    lats.push_back(c.lat);
    lons.push_back(c.lon);
    population += c.population;
  }
  bool empty() const { return lats.empty(); }
  static double mid(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    size_t lo = v.size() * 5 / 100, hi = (v.size() * 95) / 100;
    if (hi >= v.size()) hi = v.size() - 1;
    return (v[lo] + v[hi]) / 2;
  }
  double lat() const { return mid(lats); }
  double lon() const { return mid(lons); }
};

bool has_comma(std::string_view s) { return s.find(',') != std::string_view::npos; }

void add_name(GeoRecord& r, const std::string& n, NameKind k) {
  if (n.empty() || n == r.name) return;
  for (const auto& [have, kind] : r.names)
    if (have == n) return;
  r.names.emplace_back(n, k);
}

// "Iraqi" -> "Iraqis"; "Chinese", "Swiss", "British" stay as they are.
std::string plural_demonym(const std::string& d) {
  if (d.empty()) return d;
  std::string l = lower(d);
  auto ends = [&](std::string_view suf) {
    return l.size() >= suf.size() && l.compare(l.size() - suf.size(), suf.size(), suf) == 0;
  };
  if (ends("s") || ends("sh") || ends("ch") || ends("ese") || ends("x") || ends("z")) return "";
  return d + "s";
}

bool alphabetic_suffix(const std::string& code) {
  if (code.size() < 4) return false;
  for (size_t i = 3; i < code.size(); ++i)
    if (!std::isalpha(static_cast<unsigned char>(code[i]))) return false;
  return true;
}

}  // namespace

Result<std::shared_ptr<const Gazetteer>> build_gazetteer(const GazetteerSources& src,
                                                         GazetteerBuildReport* report) {
  GazetteerBuildReport local;
  GazetteerBuildReport& rep = report ? *report : local;
  namespace fs = std::filesystem;

  auto countries = geo::read_iso_countries(src.iso_dir + "/iso_3166-1.json");
  if (!countries) return Error{countries.error()};
  auto divisions = geo::read_iso_divisions(src.iso_dir + "/iso_3166-2.json");
  if (!divisions) return Error{divisions.error()};
  auto cities = geo::read_geonames_cities(src.cities);
  if (!cities) return Error{cities.error()};

  std::unordered_map<std::string, geo::CountryFacts> facts;
  if (!src.countries_json.empty()) {
    if (auto f = geo::read_world_countries(src.countries_json))
      facts = std::move(*f);
    else
      rep.warnings.push_back(f.error() + " (country points come from the towns instead)");
  }
  auto optional_file = [&](const std::string& name) {
    std::string p = src.geo_dir + "/" + name;
    if (!fs::exists(p)) rep.warnings.push_back("no " + p);
    return p;
  };
  std::vector<geo::RegionRow> regions;
  if (auto r = geo::read_regions(optional_file("regions.tsv"))) regions = std::move(*r);
  std::vector<geo::AliasRow> aliases;
  if (auto r = geo::read_aliases(optional_file("aliases.tsv")))
    aliases = std::move(*r);
  else
    rep.warnings.push_back(r.error());
  std::map<std::string, std::pair<double, double>> points;
  if (auto r = geo::read_points(optional_file("points.tsv")))
    for (const auto& p : *r) points[p.code] = {p.lat, p.lon};
  std::map<std::string, std::string> seats;  // ISO 3166-2 code -> seat town
  if (auto r = geo::read_pairs(optional_file("seats.tsv")))
    for (const auto& [code, town] : *r) seats[code] = town;
  std::vector<std::string> stop_names;
  if (auto r = geo::read_word_list(optional_file("stopnames.txt"))) stop_names = std::move(*r);
  std::vector<std::string> common;
  if (!src.lexicon.empty()) {
    if (auto r = geo::read_common_words(src.lexicon, 2))
      common = std::move(*r);
    else
      rep.warnings.push_back(r.error() + " (no common-word flags)");
  }

  // Towns grouped by country and by GeoNames first-level code; seats by name.
  std::map<std::string, Box> by_country, by_gn_admin1;
  std::map<std::string, std::string> seat_code;  // "CC|lower name" -> GeoNames admin1 code
  // "CC|lower name" (any name) -> the GeoNames code of the best town so named: seats first,
  // then the most populous.
  std::map<std::string, std::pair<uint64_t, std::string>> town_code;
  auto note_town = [&](const CityRow& c, const std::string& name) {
    bool seat = c.feature_code == "PPLA" || c.feature_code == "PPLC";
    uint64_t rank = (seat ? (1ull << 40) : 0) + c.population;
    auto& slot = town_code[c.country + "|" + lower(name)];
    if (slot.second.empty() || rank > slot.first) slot = {rank, c.admin1_code};
  };
  auto gone = [](const CityRow& c) {
    const std::string& fc = c.feature_code;
    return fc == "PPLH" || fc == "PPLQ" || fc == "PPLW" || fc == "PPLCH";  // historical, abandoned
  };
  for (const auto& c : *cities) {
    if (gone(c)) continue;
    note_town(c, c.name);
    note_town(c, c.ascii_name);
    for (const auto& a : c.alternates) note_town(c, a);
    by_country[c.country].add(c);
    if (!c.admin1_code.empty() && c.admin1_code != "00")
      by_gn_admin1[c.country + "." + c.admin1_code].add(c);
    if (c.feature_code == "PPLA" || c.feature_code == "PPLC") {
      seat_code.emplace(c.country + "|" + lower(c.name), c.admin1_code);
      seat_code.emplace(c.country + "|" + lower(c.ascii_name), c.admin1_code);
    }
  }

  // "Donetska oblast" is the division of Donetsk: the first word of the division's name
  // starts with its seat's name (at least five letters).
  auto prefix_seat = [&](const std::string& cc, const std::string& folded) -> std::string {
    std::string first = lower(folded.substr(0, folded.find(' ')));
    if (first.size() < 5) return "";
    std::string found;
    for (auto it = seat_code.lower_bound(cc + "|"); it != seat_code.end(); ++it) {
      if (it->first.compare(0, 3, cc + "|") != 0) break;
      std::string seat = it->first.substr(3);
      if (seat.size() >= 5 && first.size() > seat.size() && first.compare(0, seat.size(), seat) == 0) {
        if (!found.empty() && found != it->second) return "";  // ambiguous
        found = it->second;
      }
    }
    return found;
  };

  std::vector<GeoRecord> records;
  std::map<std::string, size_t> record_of_code;  // alpha-2 or ISO 3166-2 -> records index

  for (const auto& ic : *countries) {
    GeoRecord r;
    r.kind = GeoPrecision::Country;
    r.country = ic.alpha2;
    r.name = !ic.common_name.empty() ? ic.common_name
             : !has_comma(ic.name)   ? ic.name
                                     : ic.official_name;
    if (r.name.empty()) r.name = ic.name;
    for (const auto& n : {ic.name, ic.official_name, ic.common_name})
      if (!has_comma(n)) {
        add_name(r, n, NameKind::Primary);
        add_name(r, geo::fold_to_ascii(n), NameKind::Primary);
      }
    auto f = facts.find(ic.alpha2);
    if (f != facts.end()) {
      for (const auto& n : f->second.names)
        if (!has_comma(n)) add_name(r, n, NameKind::Primary);
      for (const auto& d : f->second.demonyms) {
        add_name(r, d, NameKind::Demonym);
        add_name(r, plural_demonym(d), NameKind::Demonym);
      }
    }
    auto box = by_country.find(ic.alpha2);
    if (auto p = points.find(ic.alpha2); p != points.end()) {
      r.lat = p->second.first;
      r.lon = p->second.second;
    } else if (f != facts.end() && f->second.has_point) {
      r.lat = f->second.lat;
      r.lon = f->second.lon;
    } else if (box != by_country.end()) {
      r.lat = box->second.lat();
      r.lon = box->second.lon();
    }
    if (box != by_country.end())
      r.population = static_cast<uint32_t>(std::min<uint64_t>(box->second.population, UINT32_MAX));
    record_of_code[r.country] = records.size();
    records.push_back(std::move(r));
    ++rep.countries;
  }

  // First-level divisions, tied to GeoNames' own codes so that towns know their division.
  std::map<std::string, std::vector<const geo::IsoDivision*>> first_level;
  for (const auto& d : *divisions)
    if (d.parent.empty()) first_level[d.code.substr(0, 2)].push_back(&d);
  std::map<std::string, std::string> iso_of_gn;  // "CC.gncode" -> ISO 3166-2 code
  for (const auto& [cc, divs] : first_level) {
    // ISO suffixes equal GeoNames codes for some countries (US, GB, CH ...). Trust that
    // only where no division is contradicted by the code of its same-named seat.
    int agree = 0, contradict = 0;
    bool all_alpha = true;
    auto seat_of = [&, &cc = cc](const geo::IsoDivision* d) {
      auto s = seat_code.find(cc + "|" + lower(d->name));
      if (s == seat_code.end()) s = seat_code.find(cc + "|" + lower(geo::fold_to_ascii(d->name)));
      return s;
    };
    for (const auto* d : divs) {
      all_alpha = all_alpha && alphabetic_suffix(d->code);
      auto s = seat_of(d);
      if (s == seat_code.end()) continue;
      (s->second == d->code.substr(3) ? agree : contradict)++;
    }
    bool suffix_ok = cc == "US" || (contradict == 0 && (agree > 0 || all_alpha));
    for (const auto* d : divs) {
      GeoRecord r;
      r.kind = GeoPrecision::Admin1;
      // "Dagestan, Respublika": the part before the comma is the name news uses.
      r.name = d->name.substr(0, d->name.find(','));
      add_name(r, geo::fold_to_ascii(r.name), NameKind::Primary);
      r.country = cc;
      r.admin1 = d->code;
      std::string gn;
      if (suffix_ok && by_gn_admin1.count(cc + "." + d->code.substr(3))) gn = d->code.substr(3);
      if (auto st = seats.find(d->code); gn.empty() && st != seats.end())
        if (auto t = town_code.find(cc + "|" + lower(st->second)); t != town_code.end())
          gn = t->second.second;
      if (gn.empty())
        if (auto s = seat_of(d); s != seat_code.end()) gn = s->second;
      if (gn.empty()) gn = prefix_seat(cc, geo::fold_to_ascii(d->name));
      auto box = gn.empty() ? by_gn_admin1.end() : by_gn_admin1.find(cc + "." + gn);
      if (auto p = points.find(d->code); p != points.end()) {
        r.lat = p->second.first;
        r.lon = p->second.second;
        ++rep.divisions_located;
      } else if (box != by_gn_admin1.end()) {
        r.lat = box->second.lat();
        r.lon = box->second.lon();
        ++rep.divisions_located;
      } else if (auto c = record_of_code.find(cc); c != record_of_code.end()) {
        // Unlocated: the country's point stands in (see data/geo/README.md).
        r.located = false;
        r.lat = records[c->second].lat;
        r.lon = records[c->second].lon;
      }
      if (box != by_gn_admin1.end()) {
        r.population = static_cast<uint32_t>(std::min<uint64_t>(box->second.population, UINT32_MAX));
        iso_of_gn.emplace(cc + "." + gn, d->code);
      }
      record_of_code[d->code] = records.size();
      records.push_back(std::move(r));
      ++rep.divisions;
    }
  }

  for (const auto& c : *cities) {
    if (gone(c)) continue;
    const std::string& fc = c.feature_code;
    GeoRecord r;
    r.kind = GeoPrecision::City;
    r.name = c.name;
    r.country = c.country;
    if (auto a = iso_of_gn.find(c.country + "." + c.admin1_code); a != iso_of_gn.end())
      r.admin1 = a->second;
    r.lat = c.lat;
    r.lon = c.lon;
    r.population = c.population;
    r.capital = fc == "PPLC" ? 2 : fc == "PPLA" ? 1 : 0;
    add_name(r, c.ascii_name, NameKind::Primary);
    if (c.population >= src.alternate_min_population || r.capital)
      for (const auto& a : c.alternates) add_name(r, a, NameKind::Alternate);
    records.push_back(std::move(r));
    ++rep.cities;
  }

  for (const auto& g : regions) {
    GeoRecord r;
    r.kind = GeoPrecision::Region;
    r.name = g.name;
    r.lat = g.lat;
    r.lon = g.lon;
    r.members = g.countries;
    r.country = g.country;
    if (r.country.empty() && r.members.size() == 1) r.country = r.members[0];
    for (const auto& a : g.aliases) add_name(r, a, NameKind::Alternate);
    records.push_back(std::move(r));
    ++rep.regions;
  }

  for (const auto& a : aliases) {
    auto it = record_of_code.find(a.code);
    if (it == record_of_code.end()) {
      rep.warnings.push_back("aliases.tsv: unknown code " + a.code);
      continue;
    }
    NameKind k = a.kind == "demonym"        ? NameKind::Demonym
                 : a.kind == "abbreviation" ? NameKind::Abbreviation
                                            : NameKind::Alternate;
    for (const auto& n : a.names) add_name(records[it->second], n, k);
  }

  return std::shared_ptr<const Gazetteer>(Gazetteer::build(records, common, stop_names));
}

}  // namespace dyad
