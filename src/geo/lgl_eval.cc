// evaluate_lgl(): recall and 161 km accuracy on the LGL corpus. Gold offsets count
// characters (code points); dyad's count bytes, so both are mapped to code points.
#include <algorithm>
#include <chrono>
#include <ostream>
#include <pugixml.hpp>

#include "dyad/geo.h"
#include "dyad/text.h"

namespace dyad {

namespace {

struct GoldToponym {
  size_t start = 0, end = 0;  // code points
  std::string phrase, name, country, admin1;
  bool located = false;
  double lat = 0, lon = 0;
};

// Code-point index of every byte offset of `text` (size()+1 entries): the number of
// characters that start before it.
std::vector<uint32_t> code_point_index(std::string_view text) {
  std::vector<uint32_t> idx(text.size() + 1);
  uint32_t cp = 0;
  for (size_t b = 0; b < text.size(); ++b) {
    idx[b] = cp;
    if ((static_cast<unsigned char>(text[b]) & 0xC0) != 0x80) ++cp;
  }
  idx[text.size()] = cp;
  return idx;
}

}  // namespace

Result<GeoEvalReport> evaluate_lgl(const Gazetteer& gaz, const std::string& lgl_xml,
                                   std::ostream* details) {
  pugi::xml_document doc;
  pugi::xml_parse_result parsed = doc.load_file(lgl_xml.c_str());
  if (!parsed) return Error{lgl_xml + ": " + parsed.description()};
  GeoEvalReport rep;
  std::vector<double> errors;
  std::chrono::duration<double> busy{0};
  for (pugi::xml_node art : doc.child("articles").children("article")) {
    std::string text = art.child_value("text");
    std::string id = art.attribute("docid").value();
    std::vector<GoldToponym> gold;
    for (pugi::xml_node t : art.child("toponyms").children("toponym")) {
      GoldToponym g;
      g.start = t.child("start").text().as_ullong();
      g.end = t.child("end").text().as_ullong();
      g.phrase = t.child_value("phrase");
      if (pugi::xml_node gz = t.child("gaztag")) {
        g.name = gz.child_value("name");
        g.country = gz.child_value("country");
        g.admin1 = gz.child_value("admin1");
        if (gz.child("lat") && gz.child("lon")) {
          g.lat = gz.child("lat").text().as_double();
          g.lon = gz.child("lon").text().as_double();
          g.located = true;
        }
      }
      gold.push_back(std::move(g));
    }
    auto t0 = std::chrono::steady_clock::now();
    SegmentResult seg = segment(text);
    std::vector<PlaceMention> found = resolve_places(gaz, seg.sentences);
    busy += std::chrono::steady_clock::now() - t0;
    ++rep.articles;
    std::vector<uint32_t> cp = code_point_index(text);
    std::vector<bool> mention_used(found.size(), false);
    for (const GoldToponym& g : gold) {
      ++rep.gold;
      const PlaceMention* hit = nullptr;
      for (size_t k = 0; k < found.size() && !hit; ++k) {
        size_t b = cp[std::min<size_t>(found[k].begin, text.size())];
        size_t e = cp[std::min<size_t>(found[k].end, text.size())];
        if (b < g.end && g.start < e) {
          hit = &found[k];
          mention_used[k] = true;
        }
      }
      double km = -1;
      if (hit) {
        ++rep.found;
        if (g.located) {
          ++rep.found_located;
          km = geo_distance_km(g.lat, g.lon, hit->where.lat, hit->where.lon);
          errors.push_back(km);
          if (km <= 161.0) ++rep.within_161km;
        }
      }
      if (details) {
        *details << id << '\t' << (hit ? (km < 0 ? "found" : km <= 161 ? "ok" : "far") : "missed")
                 << '\t' << g.phrase << '\t' << g.name << '|' << g.admin1 << '|' << g.country;
        if (hit)
          *details << '\t' << hit->where.name << '|' << hit->where.admin1 << '|'
                   << hit->where.country << '\t' << precision_name(hit->where.precision) << '\t'
                   << static_cast<long>(km) << "km\t" << hit->where.confidence;
        *details << '\n';
      }
    }
    rep.mentions += found.size();
    for (size_t k = 0; k < found.size(); ++k) {
      if (mention_used[k]) {
        ++rep.mentions_matching;
        continue;
      }
      // A mention may overlap a gold toponym that an earlier mention already claimed.
      size_t b = cp[std::min<size_t>(found[k].begin, text.size())];
      size_t e = cp[std::min<size_t>(found[k].end, text.size())];
      bool overlaps = std::any_of(gold.begin(), gold.end(),
                                  [&](const GoldToponym& g) { return b < g.end && g.start < e; });
      if (overlaps) {
        ++rep.mentions_matching;
      } else if (details) {
        *details << id << "\tspurious\t" << found[k].text << "\t\t" << found[k].where.name << '|'
                 << found[k].where.admin1 << '|' << found[k].where.country << '\t'
                 << precision_name(found[k].where.precision) << "\t\t"
                 << found[k].where.confidence << '\n';
      }
    }
  }
  if (rep.articles == 0) return Error{lgl_xml + ": no <article> elements"};
  if (!errors.empty()) {
    std::nth_element(errors.begin(), errors.begin() + errors.size() / 2, errors.end());
    rep.median_error_km = errors[errors.size() / 2];
  }
  rep.seconds = busy.count();
  return rep;
}

}  // namespace dyad
