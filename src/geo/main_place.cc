// article_main_place(): the place an article is mainly about.
#include <algorithm>
#include <string_view>
#include <vector>

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
  // Weight per place: key the place id, or the name for county guesses (which have none).
  // An article names a few dozen places at most, so a small vector searched linearly and
  // then sorted by key (the order a map would give, which the tie-break below depends on)
  // does without a node allocation per place.
  struct Entry {
    uint32_t place;
    std::string_view name;
    float weight;
    const PlaceMention* first;
  };
  thread_local std::vector<Entry> entries;
  entries.clear();
  for (const PlaceMention& m : mentions) {
    if (!m.where.known()) continue;
    float w = precision_weight(m.where.precision) * (0.25f + m.where.confidence);
    if (m.sentence == 0) w *= 2.0f;  // the headline or lead
    else if (m.sentence <= 2) w *= 1.5f;
    std::string_view name = m.place == UINT32_MAX ? std::string_view(m.where.name) : "";
    Entry* e = nullptr;
    for (Entry& x : entries)
      if (x.place == m.place && x.name == name) {
        e = &x;
        break;
      }
    if (!e) e = &entries.emplace_back(Entry{m.place, name, 0.0f, &m});
    e->weight += w;
  }
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return a.place != b.place ? a.place < b.place : a.name < b.name;
  });
  const PlaceMention* best = nullptr;
  float top = 0;
  for (const Entry& e : entries)
    if (e.weight > top || (e.weight == top && best && e.first->begin < best->begin)) {
      top = e.weight;
      best = e.first;
    }
  return best ? best->where : Location{};
}

Location article_main_place(const Gazetteer& gaz, std::span<const Sentence> sentences) {
  std::vector<PlaceMention> m = resolve_places(gaz, sentences);
  return article_main_place(m);
}

}  // namespace dyad
