#include <algorithm>
#include <cmath>
#include <cstring>

#include "dyad/text.h"
#include "geo/gazetteer_impl.h"

namespace dyad {

std::string_view precision_name(GeoPrecision p) {
  switch (p) {
    case GeoPrecision::City: return "city";
    case GeoPrecision::Admin2: return "admin2";
    case GeoPrecision::Admin1: return "admin1";
    case GeoPrecision::Country: return "country";
    case GeoPrecision::Region: return "region";
    case GeoPrecision::None: break;
  }
  return "";
}

Gazetteer::Gazetteer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Gazetteer::~Gazetteer() = default;

size_t Gazetteer::size() const { return impl_->places.size(); }
GeoPrecision Gazetteer::kind(uint32_t id) const { return GeoPrecision(impl_->places[id].kind); }
uint32_t Gazetteer::population(uint32_t id) const { return impl_->places[id].population; }
uint8_t Gazetteer::capital(uint32_t id) const { return impl_->places[id].capital; }
bool Gazetteer::located(uint32_t id) const {
  return (impl_->places[id].flags & kPlaceUnlocated) == 0;
}
bool Gazetteer::common_word(std::string_view upper) const {
  return common_word_hashed(geo_hash_token(geo_hash_start(), upper, true));
}
bool Gazetteer::common_word_hashed(uint64_t h) const {
  return std::binary_search(impl_->common_words.begin(), impl_->common_words.end(), h);
}
void Gazetteer::prefetch_name(const Token& first) const {
  const auto& slots = impl_->slots;
  if (slots.empty()) return;
  __builtin_prefetch(&slots[name_hash(first) & (slots.size() - 1)]);
}
void Gazetteer::prefetch_names(std::span<const uint64_t> first_hashes) const {
  const auto& slots = impl_->slots;
  if (slots.empty()) return;
  const size_t mask = slots.size() - 1;
  for (uint64_t h : first_hashes) __builtin_prefetch(&slots[h & mask]);
}
double Gazetteer::lat(uint32_t id) const { return impl_->places[id].lat; }
double Gazetteer::lon(uint32_t id) const { return impl_->places[id].lon; }
uint16_t Gazetteer::country_index(uint32_t id) const { return impl_->places[id].country; }
uint16_t Gazetteer::admin1_index(uint32_t id) const { return impl_->places[id].admin1; }
size_t Gazetteer::country_count() const { return impl_->countries.size(); }
size_t Gazetteer::admin1_count() const { return impl_->admin1s.size(); }
uint32_t Gazetteer::country_place(uint16_t i) const {
  return i < impl_->countries.size() ? impl_->countries[i].place : UINT32_MAX;
}
uint32_t Gazetteer::admin1_place(uint16_t i) const {
  return i < impl_->admin1s.size() ? impl_->admin1s[i].place : UINT32_MAX;
}

std::span<const uint16_t> Gazetteer::member_countries(uint32_t id) const {
  const PlaceRec& p = impl_->places[id];
  return std::span<const uint16_t>(impl_->members).subspan(p.members_off, p.members_count);
}

GeoPlace Gazetteer::place(uint32_t id) const {
  GeoPlace out;
  if (id >= impl_->places.size()) return out;
  const PlaceRec& p = impl_->places[id];
  out.name = impl_->str(p.name_off, p.name_len);
  out.kind = GeoPrecision(p.kind);
  const CodeRec& c = impl_->countries[p.country];
  out.country = impl_->str(c.code_off, c.code_len);
  const CodeRec& a = impl_->admin1s[p.admin1];
  out.admin1 = impl_->str(a.code_off, a.code_len);
  out.admin1_name = impl_->str(a.name_off, a.name_len);
  out.lat = p.lat;
  out.lon = p.lon;
  out.population = p.population;
  out.capital = p.capital;
  out.located = (p.flags & kPlaceUnlocated) == 0;
  for (uint16_t m : member_countries(id)) {
    const CodeRec& mc = impl_->countries[m];
    out.members.push_back(impl_->str(mc.code_off, mc.code_len));
  }
  return out;
}

namespace {

// True when `key` is the upper forms of tokens[begin, begin + n) joined by single spaces.
bool key_matches(std::string_view key, std::span<const Token> tokens, size_t begin, size_t n) {
  size_t pos = 0;
  for (size_t t = begin; t < begin + n; ++t) {
    const std::string& up = tokens[t].upper;
    if (t > begin) {
      if (pos >= key.size() || key[pos] != ' ') return false;
      ++pos;
    }
    if (key.size() - pos < up.size() || std::memcmp(key.data() + pos, up.data(), up.size()) != 0)
      return false;
    pos += up.size();
  }
  return pos == key.size();
}

// The name whose key is tokens[begin, begin + n) and whose hash is `hash`. *is_prefix tells
// whether a longer name starts with it (false when the key is not in the table).
NameMatch probe(const Gazetteer::Impl& g, uint64_t hash, std::span<const Token> tokens,
                size_t begin, size_t n, bool* is_prefix) {
  NameMatch m;
  const NameSlot* slots = g.slots.data();
  const size_t size = g.slots.size();
  if (size == 0) return m;
  const size_t mask = size - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const NameSlot& s = slots[i];
    if (s.ntokens == 0) return m;
    if (s.hash != hash || s.ntokens != n) continue;
    if (!key_matches(g.str(s.key_off, s.key_len), tokens, begin, n)) continue;
    *is_prefix = (s.count_flags & kSlotPrefix) != 0;
    uint32_t count = s.count_flags & kSlotCountMask;
    if (count == 0) return m;
    m.tokens = static_cast<uint32_t>(n);
    m.common_word = (s.count_flags & kSlotCommon) != 0;
    m.blocked = (s.count_flags & kSlotBlocked) != 0;
    m.postings = std::span<const uint32_t>(g.postings).subspan(s.post_off, count);
    return m;
  }
}

}  // namespace

NameMatch Gazetteer::longest_from(std::span<const Token> tokens, size_t begin,
                                  uint64_t first_hash, TokenTest last_ok,
                                  const void* context) const {
  NameMatch best;
  uint64_t h = first_hash;
  for (size_t i = begin; i < tokens.size(); ++i) {
    if (i > begin) h = geo_hash_token(h, tokens[i].upper, false);
    bool is_prefix = false;
    NameMatch m = probe(*impl_, h, tokens, begin, i - begin + 1, &is_prefix);
    if (m.tokens && last_ok(context, tokens[i])) best = m;
    if (!is_prefix) break;
  }
  return best;
}

NameMatch Gazetteer::find(std::string_view name) const {
  std::vector<Token> toks = tokenize(name);
  NameMatch best = longest(toks, 0, [](const Token&) { return true; });
  if (best.tokens != toks.size()) return NameMatch{};
  return best;
}

double geo_distance_km(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = 3.14159265358979323846 / 180.0;
  double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * 6371.0088 * std::asin(std::min(1.0, std::sqrt(a)));
}

}  // namespace dyad
