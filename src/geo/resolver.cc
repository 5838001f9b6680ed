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

// One place a name may denote, with what the three scoring passes read of it, copied out
// of the gazetteer once (its prior too) instead of once per pass.
struct Choice {
  uint32_t place = 0;
  GeoPrecision kind = GeoPrecision::None;
  uint16_t country = 0, admin1 = 0;
  float prior = 0;
  float score = 0;
  double lat = 0, lon = 0;
};

// One name of the article and what it may denote.
struct Group {
  uint32_t first_choice = 0, choice_count = 0;  // into ResolverScratch::choices
  int first_mention = -1;        // candidate index
  uint32_t mention_count = 0;
  std::vector<int> qualifiers;   // groups written as "<this>, <qualifier>"
  std::vector<int> qualified;    // groups this one qualifies
  bool demonym = false;
  bool county = false;
  int best = -1;
  float confidence = 0;
  // What this group adds to the article's evidence (subtracted when scoring itself).
  uint16_t ev_country = 0, ev_admin1 = 0;
  float ev_country_w = 0, ev_admin1_w = 0;

  // Back to a new group, keeping the vectors' storage.
  void reset() {
    first_choice = choice_count = 0;
    first_mention = -1;
    mention_count = 0;
    qualifiers.clear();
    qualified.clear();
    demonym = county = false;
    best = -1;
    confidence = 0;
    ev_country = ev_admin1 = 0;
    ev_country_w = ev_admin1_w = 0;
  }
};

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

struct Anchor {
  int group;
  double lat, lon;
};

// What one thread's resolver keeps from one article to the next, so that an article costs
// no allocation for its candidates, groups and evidence once the buffers have grown.
struct ResolverScratch {
  Evidence countries, admin1s;
  std::vector<Candidate> cands;
  std::vector<uint64_t> surnames;
  std::vector<int> group_of;
  std::vector<Group> groups;  // the first ArticleResolver::group_count_ are in use
  std::vector<Choice> choices;
  std::vector<Anchor> anchors;
  geo::FinderScratch finder;
};

class ArticleResolver {
 public:
  ArticleResolver(const Gazetteer& gaz, std::span<const Sentence> sentences, ResolverScratch& x)
      : gaz_(gaz),
        sentences_(sentences),
        cands_(x.cands),
        group_of_(x.group_of),
        group_pool_(x.groups),
        choices_(x.choices),
        country_ev_(x.countries),
        admin1_ev_(x.admin1s),
        anchors_(x.anchors),
        surnames_(x.surnames),
        finder_(x.finder) {
    cands_.clear();
    surnames_.clear();
    choices_.clear();
    anchors_.clear();
  }

  std::vector<PlaceMention> run() {
    for (uint32_t s = 0; s < sentences_.size(); ++s)
      if (!sentences_[s].boilerplate)
        geo::find_candidates(gaz_, sentences_[s], s, cands_, surnames_, finder_);
    geo::drop_surnames(gaz_, sentences_, cands_, surnames_);
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
  std::span<Group> groups() { return std::span<Group>(group_pool_).first(group_count_); }
  std::span<const Group> groups() const {
    return std::span<const Group>(group_pool_).first(group_count_);
  }
  std::span<Choice> choices(Group& g) {
    return std::span<Choice>(choices_).subspan(g.first_choice, g.choice_count);
  }
  std::span<const Choice> choices(const Group& g) const {
    return std::span<const Choice>(choices_).subspan(g.first_choice, g.choice_count);
  }

  Group& new_group() {
    if (group_count_ == group_pool_.size()) group_pool_.emplace_back();
    Group& g = group_pool_[group_count_++];
    g.reset();
    return g;
  }

  void make_groups() {
    group_of_.assign(cands_.size(), -1);
    for (size_t c = 0; c < cands_.size(); ++c) {
      const Candidate& cand = cands_[c];
      int g = -1;
      for (size_t k = 0; k < group_count_ && g < 0; ++k) {
        const Group& gr = group_pool_[k];
        const Candidate& first = cands_[gr.first_mention];
        if (gr.county != cand.county) continue;
        bool same = cand.county ? county_text(first) == county_text(cand)
                                : first.postings.data() == cand.postings.data();
        if (same) g = static_cast<int>(k);
      }
      if (g < 0) {
        g = static_cast<int>(group_count_);
        Group& gr = new_group();
        gr.demonym = cand.demonym_only;
        gr.county = cand.county;
        gr.first_choice = static_cast<uint32_t>(choices_.size());
        gr.first_mention = static_cast<int>(c);
        for (uint32_t p : cand.postings) {
          NameKind k = posting_kind(p);
          if ((k == NameKind::Demonym) != gr.demonym) continue;
          Choice ch;
          ch.place = posting_place(p);
          ch.kind = gaz_.kind(ch.place);
          ch.country = gaz_.country_index(ch.place);
          ch.admin1 = gaz_.admin1_index(ch.place);
          ch.prior = prior(gaz_, ch.place, k);
          ch.lat = gaz_.lat(ch.place);
          ch.lon = gaz_.lon(ch.place);
          choices_.push_back(ch);
          if (++gr.choice_count >= kMaxPlaces) break;
        }
      }
      ++group_pool_[g].mention_count;
      group_of_[c] = g;
    }
    // "Toronto, Ontario, Canada": Ontario and Canada both qualify Toronto.
    for (size_t c = 0; c < cands_.size(); ++c) {
      int g = group_of_[c];
      for (int q = cands_[c].qualifier; q >= 0; q = cands_[q].qualifier) {
        int gq = group_of_[q];
        if (g == gq) continue;
        auto& qs = group_pool_[g].qualifiers;
        if (std::find(qs.begin(), qs.end(), gq) == qs.end()) qs.push_back(gq);
        auto& qd = group_pool_[gq].qualified;
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
    for (const Group& g : groups()) {
      if (!g.demonym || g.choice_count == 0) continue;
      float w = 0.5f * std::sqrt(static_cast<float>(g.mention_count));
      for (const Choice& ch : choices(g)) country_ev_.add(ch.country, w / g.choice_count);
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
    for (Group& g : groups()) {
      g.ev_country = g.ev_admin1 = 0;
      g.ev_country_w = g.ev_admin1_w = 0;
      if (g.demonym) {
        float w = 0.5f * std::sqrt(static_cast<float>(g.mention_count));
        for (const Choice& ch : choices(g)) country_ev_.add(ch.country, w / g.choice_count);
        continue;
      }
      if (g.best < 0 || g.confidence < min_confidence || g.county) continue;
      const Choice& p = choices(g)[g.best];
      float w = g.confidence * (1.0f + 0.5f * std::log2(static_cast<float>(g.mention_count)));
      GeoPrecision k = p.kind;
      float wc = k == GeoPrecision::City ? 0.7f * w : k == GeoPrecision::Region ? 0.3f * w : w;
      float wa = k == GeoPrecision::City ? 0.7f * w : k == GeoPrecision::Admin1 ? w : 0.0f;
      g.ev_country = p.country;
      g.ev_admin1 = p.admin1;
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
    for (size_t gi = 0; gi < group_count_; ++gi) {
      const Group& g = group_pool_[gi];
      if (g.demonym || g.county || g.best < 0 || g.confidence < 0.5f) continue;
      const Choice& p = choices(g)[g.best];
      if (p.kind != GeoPrecision::City) continue;
      anchors_.push_back({static_cast<int>(gi), p.lat, p.lon});
    }
  }

  static bool qualifier_fits(const Choice& town, const Choice& q) {
    if (q.kind == GeoPrecision::Admin1) return q.admin1 == town.admin1;
    if (q.kind == GeoPrecision::Country) return q.country == town.country;
    return false;
  }

  float score(size_t gi, const Choice& p, bool proximity) const {
    const Group& g = group_pool_[gi];
    float s = p.prior;
    GeoPrecision kind = p.kind;
    // The article's countries and divisions, less this name's own contribution.
    uint16_t c = p.country;
    float own_c = g.ev_country_w;
    if (c) {
      float ev = country_ev_[c] - (g.ev_country == c ? own_c : 0.0f);
      s += 3.0f * ev / (country_total_ - own_c + 0.5f);
    } else if (kind == GeoPrecision::Region) {
      float best = 0;
      for (uint16_t m : gaz_.member_countries(p.place)) best = std::max(best, country_ev_[m]);
      s += 1.5f * best / (country_total_ - own_c + 1.0f);
    }
    uint16_t a = p.admin1;
    if (a && kind != GeoPrecision::Country) {
      float own_a = g.ev_admin1_w;
      float ev = admin1_ev_[a] - (g.ev_admin1 == a ? own_a : 0.0f);
      s += 3.0f * ev / (admin1_total_ - own_a + 0.5f);
    }
    // "Alexandria, La.": the qualifier decides among the towns.
    for (int q : g.qualifiers) {
      bool fits = false;
      for (const Choice& qp : choices(group_pool_[q])) fits = fits || qualifier_fits(p, qp);
      s += fits ? 8.0f : -4.0f;
    }
    // A qualifier follows the town it qualifies.
    for (int t : g.qualified) {
      const Group& tg = group_pool_[t];
      if (tg.best >= 0 && qualifier_fits(choices(tg)[tg.best], p)) s += 6.0f;
    }
    if (proximity && kind == GeoPrecision::City) {
      double best = 1e9;
      double coslat = std::cos(p.lat * 0.017453292519943295);
      for (const Anchor& an : anchors_) {
        if (an.group == static_cast<int>(gi)) continue;
        double dy = (an.lat - p.lat) * 111.2;
        double dx = (an.lon - p.lon) * 111.2 * coslat;
        best = std::min(best, std::sqrt(dx * dx + dy * dy));
      }
      s += best < 25 ? 2.0f : best < 75 ? 1.5f : best < 150 ? 1.0f : best < 300 ? 0.5f : 0.0f;
    }
    return s;
  }

  void score_all(bool proximity) {
    for (size_t gi = 0; gi < group_count_; ++gi) {
      Group& g = group_pool_[gi];
      if (g.demonym || g.choice_count == 0) continue;
      std::span<Choice> chs = choices(g);
      float top = -1e9f;
      int best = -1;
      for (size_t ci = 0; ci < chs.size(); ++ci) {
        chs[ci].score = score(gi, chs[ci], proximity);
        if (chs[ci].score > top) {
          top = chs[ci].score;
          best = static_cast<int>(ci);
        }
      }
      double sum = 0;
      if (chs.size() == 1 && best == 0) {
        sum = 1.0;  // exp(0) for the one place of the name: no call needed
      } else {
        for (const Choice& ch : chs) sum += std::exp(static_cast<double>(ch.score - top));
      }
      g.best = best;
      g.confidence = static_cast<float>(1.0 / sum);
    }
  }

  void set_location(Location& l, uint32_t p, float confidence) const {
    GeoPlace gp = gaz_.place(p);
    l.name = gp.name;
    l.country = gp.country;
    l.admin1 = gp.admin1;
    l.admin1_name = gp.admin1_name;
    l.lat = gp.lat;
    l.lon = gp.lon;
    l.precision = gp.located ? gp.kind : GeoPrecision::Country;
    l.confidence = confidence;
  }

  // A county's point: the most mentioned confident town of the article's leading
  // division (counties are where local news happens), else that division's point.
  // False when there is none.
  bool county_location(const Group& g, Location& l) {
    uint16_t lead = 0;
    float top = 0;
    for (size_t a : admin1_ev_.touched())
      if (a >= 1 && admin1_ev_[a] > top) {
        top = admin1_ev_[a];
        lead = static_cast<uint16_t>(a);
      }
    if (!lead) return false;
    const Group* town = nullptr;
    for (const Group& o : groups()) {
      if (o.demonym || o.county || o.best < 0 || o.confidence < 0.5f) continue;
      const Choice& p = choices(o)[o.best];
      if (p.kind != GeoPrecision::City || p.admin1 != lead) continue;
      if (!town || o.mention_count > town->mention_count) town = &o;
    }
    uint32_t p = town ? choices(*town)[town->best].place : gaz_.admin1_place(lead);
    if (p == UINT32_MAX) return false;
    set_location(l, p, 0.3f);
    const Candidate& c = cands_[g.first_mention];
    const auto& toks = sentences_[c.sentence].tokens;
    l.name.clear();
    for (uint32_t t = c.begin; t < c.end; ++t) {
      if (t > c.begin) l.name += ' ';
      l.name += toks[t].text;
    }
    l.precision = GeoPrecision::Admin2;
    return true;
  }

  std::vector<PlaceMention> emit() {
    std::vector<PlaceMention> out;
    out.reserve(cands_.size());
    for (size_t c = 0; c < cands_.size(); ++c) {
      const Group& g = group_pool_[group_of_[c]];
      if (g.demonym || (!g.county && g.best < 0)) continue;
      PlaceMention& m = out.emplace_back();
      if (g.county) {
        if (!county_location(g, m.where)) {
          out.pop_back();
          continue;
        }
      } else {
        m.place = choices(g)[g.best].place;
        set_location(m.where, m.place, g.confidence);
      }
      if (!m.where.known()) {
        out.pop_back();
        continue;
      }
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
    }
    return out;
  }

  const Gazetteer& gaz_;
  std::span<const Sentence> sentences_;
  std::vector<Candidate>& cands_;
  std::vector<int>& group_of_;
  std::vector<Group>& group_pool_;
  size_t group_count_ = 0;
  std::vector<Choice>& choices_;
  Evidence& country_ev_;
  Evidence& admin1_ev_;
  float country_total_ = 0, admin1_total_ = 0;
  std::vector<Anchor>& anchors_;
  std::vector<uint64_t>& surnames_;
  geo::FinderScratch& finder_;
};

}  // namespace

std::vector<PlaceMention> resolve_places(const Gazetteer& gaz, std::span<const Sentence> sentences) {
  thread_local ResolverScratch scratch;
  return ArticleResolver(gaz, sentences, scratch).run();
}

}  // namespace dyad
