// article_main_place(): the place an article is mainly about.
#include <map>

#include "dyad/geo.h"

namespace dyad {

namespace {

// Where an event happens is best told by a town; a country says less.
float precision_weight(GeoPrecision p) {
  switch (p) {
    case GeoPrecision::City: return 1.0f;
    case GeoPrecision::Admin2: return 0.8f;
    case GeoPrecision::Admin1: return 0.7f;
    case GeoPrecision::Country: return 0.5f;
    case GeoPrecision::Region: return 0.4f;
    case GeoPrecision::None: break;
  }
  return 0.0f;
}

}  // namespace

Location article_main_place(std::span<const PlaceMention> mentions) {
  // Key: the place id, or the name for county guesses (which have none).
  std::map<std::pair<uint32_t, std::string>, std::pair<float, const PlaceMention*>> weight;
  for (const PlaceMention& m : mentions) {
    if (!m.where.known()) continue;
    float w = precision_weight(m.where.precision) * (0.25f + m.where.confidence);
    if (m.sentence == 0) w *= 2.0f;  // the headline or lead
    else if (m.sentence <= 2) w *= 1.5f;
    auto key = std::make_pair(m.place, m.place == UINT32_MAX ? m.where.name : std::string());
    auto& slot = weight[key];
    slot.first += w;
    if (!slot.second) slot.second = &m;
  }
  const PlaceMention* best = nullptr;
  float top = 0;
  for (const auto& [key, v] : weight)
    if (v.first > top || (v.first == top && best && v.second->begin < best->begin)) {
      top = v.first;
      best = v.second;
    }
  return best ? best->where : Location{};
}

Location article_main_place(const Gazetteer& gaz, std::span<const Sentence> sentences) {
  std::vector<PlaceMention> m = resolve_places(gaz, sentences);
  return article_main_place(m);
}

}  // namespace dyad
