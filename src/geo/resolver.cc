// resolve_places(): candidates from the mention finder, grouped by name (one sense per
// name per article), scored in three passes so that what the article is clearly about
// (its countries, its divisions, its towns) decides what the ambiguous names mean.
#include <algorithm>
#include <cmath>

#include "dyad/geo.h"
#include "geo/mention_finder.h"

namespace dyad {

namespace {

using geo::Candidate;

constexpr size_t kMaxPlaces = 400;  // candidates kept per name (most populous first)

// One name of the article and what it may denote.
struct Group {
  std::vector<uint32_t> places;
  std::vector<NameKind> kinds;
  std::vector<float> scores;
  std::vector<int> mentions;     // candidate indices
  std::vector<int> qualifiers;   // groups written as "<this>, <qualifier>"
  std::vector<int> qualified;    // groups this one qualifies
  bool demonym = false;
  bool county = false;
  int best = -1;
  float confidence = 0;
  // What this group adds to the article's evidence (subtracted when scoring itself).
  uint16_t ev_country = 0, ev_admin1 = 0;
  float ev_country_w = 0, ev_admin1_w = 0;
};

float prior(const Gazetteer& gaz, uint32_t p, NameKind k) {
  float s = 0;
  switch (gaz.kind(p)) {
    case GeoPrecision::Country: s = 4.0f; break;
    case GeoPrecision::Region: s = 3.0f; break;
    case GeoPrecision::Admin1: s = 3.0f; break;
    default:
      s = 0.45f * std::log10(static_cast<float>(gaz.population(p)) + 10.0f);
      if (gaz.capital(p) == 2) s += 1.5f;
      if (gaz.capital(p) == 1) s += 0.3f;
      break;
  }
  if (k == NameKind::Alternate) s -= 1.0f;
  return s;
}

// Evidence weights by country (or division) index. An article touches a handful of the
// thousands of indices, so only those are cleared and summed; the storage is reused from one
// article to the next.
class Evidence {
 public:
  // All zero, `n` indices.
  void reset(size_t n) {
    if (value_.size() != n) {
      value_.assign(n, 0.0f);
      seen_.assign(n, 0);
      touched_.clear();
      return;
    }
    clear();
  }
  void clear() {
    for (size_t i : touched_) {
      value_[i] = 0.0f;
      seen_[i] = 0;
    }
    touched_.clear();
  }
  void add(size_t i, float w) {
    if (!seen_[i]) {
      seen_[i] = 1;
      touched_.push_back(i);
    }
    value_[i] += w;
  }
  float operator[](size_t i) const { return value_[i]; }
  // Indices that may be non-zero, ascending.
  const std::vector<size_t>& touched() {
    std::sort(touched_.begin(), touched_.end());
    return touched_;
  }
  // The sum over indices 1.. in index order (the untouched ones are zero and add nothing, so
  // this is the dense sum to the bit).
  float total() {
    float t = 0;
    for (size_t i : touched())
      if (i >= 1) t += value_[i];
    return t;
  }

 private:
  std::vector<float> value_;
  std::vector<uint8_t> seen_;
  std::vector<size_t> touched_;
};

class ArticleResolver {
 public:
  ArticleResolver(const Gazetteer& gaz, std::span<const Sentence> sentences, Evidence& countries,
                  Evidence& admin1s)
      : gaz_(gaz), sentences_(sentences), country_ev_(countries), admin1_ev_(admin1s) {}

  std::vector<PlaceMention> run() {
    std::vector<uint64_t> surnames;
    for (uint32_t s = 0; s < sentences_.size(); ++s)
      if (!sentences_[s].boilerplate) geo::find_candidates(gaz_, sentences_[s], s, cands_, surnames);
    geo::drop_surnames(gaz_, sentences_, cands_, surnames);
    if (cands_.empty()) return {};
    make_groups();
    country_ev_.reset(gaz_.country_count());
    admin1_ev_.reset(gaz_.admin1_count());
    add_demonym_evidence();
    score_all(/*proximity=*/false);
    gather_evidence(/*min_confidence=*/0.7f);
    score_all(false);
    gather_evidence(0.0f);
    score_all(true);
    return emit();
  }

 private:
  void make_groups() {
    group_of_.assign(cands_.size(), -1);
    for (size_t c = 0; c < cands_.size(); ++c) {
      const Candidate& cand = cands_[c];
      int g = -1;
      for (size_t k = 0; k < groups_.size() && g < 0; ++k) {
        const Group& gr = groups_[k];
        const Candidate& first = cands_[gr.mentions[0]];
        if (gr.county != cand.county) continue;
        bool same = cand.county ? county_text(first) == county_text(cand)
                                : first.postings.data() == cand.postings.data();
        if (same) g = static_cast<int>(k);
      }
      if (g < 0) {
        g = static_cast<int>(groups_.size());
        groups_.emplace_back();
        Group& gr = groups_.back();
        gr.demonym = cand.demonym_only;
        gr.county = cand.county;
        for (uint32_t p : cand.postings) {
          NameKind k = posting_kind(p);
          if ((k == NameKind::Demonym) != gr.demonym) continue;
          gr.places.push_back(posting_place(p));
          gr.kinds.push_back(k);
          if (gr.places.size() >= kMaxPlaces) break;
        }
        gr.scores.assign(gr.places.size(), 0.0f);
      }
      groups_[g].mentions.push_back(static_cast<int>(c));
      group_of_[c] = g;
    }
    // "Toronto, Ontario, Canada": Ontario and Canada both qualify Toronto.
    for (size_t c = 0; c < cands_.size(); ++c) {
      int g = group_of_[c];
      for (int q = cands_[c].qualifier; q >= 0; q = cands_[q].qualifier) {
        int gq = group_of_[q];
        if (g == gq) continue;
        auto& qs = groups_[g].qualifiers;
        if (std::find(qs.begin(), qs.end(), gq) == qs.end()) qs.push_back(gq);
        auto& qd = groups_[gq].qualified;
        if (std::find(qd.begin(), qd.end(), g) == qd.end()) qd.push_back(g);
      }
    }
  }

  std::string county_text(const Candidate& c) const {
    std::string key;
    const auto& toks = sentences_[c.sentence].tokens;
    for (uint32_t t = c.begin; t < c.end; ++t) (key += toks[t].upper) += ' ';
    return key;
  }

  void add_demonym_evidence() {
    for (const Group& g : groups_) {
      if (!g.demonym || g.places.empty()) continue;
      float w = 0.5f * std::sqrt(static_cast<float>(g.mentions.size()));
      for (uint32_t p : g.places) country_ev_.add(gaz_.country_index(p), w / g.places.size());
    }
    recount_totals();
  }

  void recount_totals() {
    country_total_ = country_ev_.total();
    admin1_total_ = admin1_ev_.total();
  }

  // Evidence from every resolved place group at least `min_confidence` sure.
  void gather_evidence(float min_confidence) {
    country_ev_.clear();
    admin1_ev_.clear();
    for (Group& g : groups_) {
      g.ev_country = g.ev_admin1 = 0;
      g.ev_country_w = g.ev_admin1_w = 0;
      if (g.demonym) {
        float w = 0.5f * std::sqrt(static_cast<float>(g.mentions.size()));
        for (uint32_t p : g.places) country_ev_.add(gaz_.country_index(p), w / g.places.size());
        continue;
      }
      if (g.best < 0 || g.confidence < min_confidence || g.county) continue;
      uint32_t p = g.places[g.best];
      float w = g.confidence * (1.0f + 0.5f * std::log2(static_cast<float>(g.mentions.size())));
      GeoPrecision k = gaz_.kind(p);
      float wc = k == GeoPrecision::City ? 0.7f * w : k == GeoPrecision::Region ? 0.3f * w : w;
      float wa = k == GeoPrecision::City ? 0.7f * w : k == GeoPrecision::Admin1 ? w : 0.0f;
      g.ev_country = gaz_.country_index(p);
      g.ev_admin1 = gaz_.admin1_index(p);
      if (g.ev_country) {
        g.ev_country_w = wc;
        country_ev_.add(g.ev_country, wc);
      }
      if (g.ev_admin1 && wa > 0) {
        g.ev_admin1_w = wa;
        admin1_ev_.add(g.ev_admin1, wa);
      }
    }
    recount_totals();
    anchors_.clear();
    for (size_t gi = 0; gi < groups_.size(); ++gi) {
      const Group& g = groups_[gi];
      if (g.demonym || g.county || g.best < 0 || g.confidence < 0.5f) continue;
      uint32_t p = g.places[g.best];
      if (gaz_.kind(p) != GeoPrecision::City) continue;
      anchors_.push_back({static_cast<int>(gi), gaz_.lat(p), gaz_.lon(p)});
    }
  }

  bool qualifier_fits(uint32_t town, uint32_t q) const {
    GeoPrecision k = gaz_.kind(q);
    if (k == GeoPrecision::Admin1) return gaz_.admin1_index(q) == gaz_.admin1_index(town);
    if (k == GeoPrecision::Country) return gaz_.country_index(q) == gaz_.country_index(town);
    return false;
  }

  float score(size_t gi, size_t ci, bool proximity) const {
    const Group& g = groups_[gi];
    uint32_t p = g.places[ci];
    float s = prior(gaz_, p, g.kinds[ci]);
    GeoPrecision kind = gaz_.kind(p);
    // The article's countries and divisions, less this name's own contribution.
    uint16_t c = gaz_.country_index(p);
    float own_c = g.ev_country_w;
    if (c) {
      float ev = country_ev_[c] - (g.ev_country == c ? own_c : 0.0f);
      s += 3.0f * ev / (country_total_ - own_c + 0.5f);
    } else if (kind == GeoPrecision::Region) {
      float best = 0;
      for (uint16_t m : gaz_.member_countries(p)) best = std::max(best, country_ev_[m]);
      s += 1.5f * best / (country_total_ - own_c + 1.0f);
    }
    uint16_t a = gaz_.admin1_index(p);
    if (a && kind != GeoPrecision::Country) {
      float own_a = g.ev_admin1_w;
      float ev = admin1_ev_[a] - (g.ev_admin1 == a ? own_a : 0.0f);
      s += 3.0f * ev / (admin1_total_ - own_a + 0.5f);
    }
    // "Alexandria, La.": the qualifier decides among the towns.
    for (int q : g.qualifiers) {
      const Group& qg = groups_[q];
      bool fits = false;
      for (uint32_t qp : qg.places) fits = fits || qualifier_fits(p, qp);
      s += fits ? 8.0f : -4.0f;
    }
    // A qualifier follows the town it qualifies.
    for (int t : g.qualified) {
      const Group& tg = groups_[t];
      if (tg.best >= 0 && qualifier_fits(tg.places[tg.best], p)) s += 6.0f;
    }
    if (proximity && kind == GeoPrecision::City) {
      double best = 1e9;
      double coslat = std::cos(gaz_.lat(p) * 0.017453292519943295);
      for (const Anchor& an : anchors_) {
        if (an.group == static_cast<int>(gi)) continue;
        double dy = (an.lat - gaz_.lat(p)) * 111.2;
        double dx = (an.lon - gaz_.lon(p)) * 111.2 * coslat;
        best = std::min(best, std::sqrt(dx * dx + dy * dy));
      }
      s += best < 25 ? 2.0f : best < 75 ? 1.5f : best < 150 ? 1.0f : best < 300 ? 0.5f : 0.0f;
    }
    return s;
  }

  void score_all(bool proximity) {
    for (size_t gi = 0; gi < groups_.size(); ++gi) {
      Group& g = groups_[gi];
      if (g.demonym || g.places.empty()) continue;
      float top = -1e9f;
      int best = -1;
      for (size_t ci = 0; ci < g.places.size(); ++ci) {
        g.scores[ci] = score(gi, ci, proximity);
        if (g.scores[ci] > top) {
          top = g.scores[ci];
          best = static_cast<int>(ci);
        }
      }
      double sum = 0;
      for (float sc : g.scores) sum += std::exp(static_cast<double>(sc - top));
      g.best = best;
      g.confidence = static_cast<float>(1.0 / sum);
    }
  }

  Location location_of(uint32_t p, float confidence) const {
    GeoPlace gp = gaz_.place(p);
    Location l;
    l.name = gp.name;
    l.country = gp.country;
    l.admin1 = gp.admin1;
    l.admin1_name = gp.admin1_name;
    l.lat = gp.lat;
    l.lon = gp.lon;
    l.precision = gp.located ? gp.kind : GeoPrecision::Country;
    l.confidence = confidence;
    return l;
  }

  // A county's point: the most mentioned confident town of the article's leading
  // division (counties are where local news happens), else that division's point.
  Location county_location(const Group& g) {
    uint16_t lead = 0;
    float top = 0;
    for (size_t a : admin1_ev_.touched())
      if (a >= 1 && admin1_ev_[a] > top) {
        top = admin1_ev_[a];
        lead = static_cast<uint16_t>(a);
      }
    if (!lead) return {};
    const Group* town = nullptr;
    for (const Group& o : groups_) {
      if (o.demonym || o.county || o.best < 0 || o.confidence < 0.5f) continue;
      uint32_t p = o.places[o.best];
      if (gaz_.kind(p) != GeoPrecision::City || gaz_.admin1_index(p) != lead) continue;
      if (!town || o.mentions.size() > town->mentions.size()) town = &o;
    }
    uint32_t p = town ? town->places[town->best] : gaz_.admin1_place(lead);
    if (p == UINT32_MAX) return {};
    Location l = location_of(p, 0.3f);
    const Candidate& c = cands_[g.mentions[0]];
    const auto& toks = sentences_[c.sentence].tokens;
    l.name.clear();
    for (uint32_t t = c.begin; t < c.end; ++t) {
      if (t > c.begin) l.name += ' ';
      l.name += toks[t].text;
    }
    l.precision = GeoPrecision::Admin2;
    return l;
  }

  std::vector<PlaceMention> emit() {
    std::vector<PlaceMention> out;
    for (size_t c = 0; c < cands_.size(); ++c) {
      const Group& g = groups_[group_of_[c]];
      if (g.demonym) continue;
      PlaceMention m;
      if (g.county) {
        m.where = county_location(g);
      } else if (g.best >= 0) {
        m.where = location_of(g.places[g.best], g.confidence);
        m.place = g.places[g.best];
      }
      if (!m.where.known()) continue;
      const Candidate& cand = cands_[c];
      const Sentence& s = sentences_[cand.sentence];
      m.sentence = s.index;
      m.token_begin = cand.begin;
      m.token_end = cand.end;
      m.begin = s.tokens[cand.begin].begin;
      m.end = s.tokens[cand.end - 1].end;
      for (uint32_t t = cand.begin; t < cand.end; ++t) {
        if (t > cand.begin && s.tokens[t].space_before) m.text += ' ';
        m.text += s.tokens[t].text;
      }
      out.push_back(std::move(m));
    }
    return out;
  }

  struct Anchor {
    int group;
    double lat, lon;
  };

  const Gazetteer& gaz_;
  std::span<const Sentence> sentences_;
  std::vector<Candidate> cands_;
  std::vector<int> group_of_;
  std::vector<Group> groups_;
  Evidence& country_ev_;
  Evidence& admin1_ev_;
  float country_total_ = 0, admin1_total_ = 0;
  std::vector<Anchor> anchors_;
};

}  // namespace

std::vector<PlaceMention> resolve_places(const Gazetteer& gaz, std::span<const Sentence> sentences) {
  thread_local Evidence countries, admin1s;
  return ArticleResolver(gaz, sentences, countries, admin1s).run();
}

}  // namespace dyad
