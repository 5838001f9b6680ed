// Gazetteer::build: records in, flat tables and the name hash table out.
#include <algorithm>
#include <bit>
#include <cctype>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "dyad/text.h"
#include "geo/gazetteer_impl.h"

namespace dyad {

namespace {

struct KeyInfo {
  uint64_t hash = 0;
  uint16_t ntokens = 0;
  uint32_t flags = 0;
  std::vector<uint32_t> postings;
};

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

class Builder {
 public:
  Builder(const std::vector<std::string>& common_words, const std::vector<std::string>& stops)
      : impl_(std::make_unique<Gazetteer::Impl>()) {
    for (const auto& w : common_words) {
      std::string low = lower_ascii(w);
      common_.insert(low);
      std::string up = low;
      for (char& c : up) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      impl_->common_words.push_back(geo_hash_token(geo_hash_start(), up, true));
    }
    std::sort(impl_->common_words.begin(), impl_->common_words.end());
    impl_->common_words.erase(std::unique(impl_->common_words.begin(), impl_->common_words.end()),
                              impl_->common_words.end());
    for (const auto& w : stops) stop_.insert(lower_ascii(w));
    impl_->countries.push_back(CodeRec{});
    impl_->admin1s.push_back(CodeRec{});
  }

  void add(const GeoRecord& r) {
    uint32_t id = static_cast<uint32_t>(impl_->places.size());
    PlaceRec p;
    p.lat = static_cast<float>(r.lat);
    p.lon = static_cast<float>(r.lon);
    p.population = r.population;
    std::string_view nm = std::string_view(r.name).substr(0, 0xFFFF);
    p.name_off = intern(nm);
    p.name_len = static_cast<uint16_t>(nm.size());
    p.kind = static_cast<uint8_t>(r.kind);
    p.capital = r.capital;
    if (!r.located) p.flags |= kPlaceUnlocated;
    p.country = country_index(r.country);
    if (!r.admin1.empty()) p.admin1 = admin1_index(r.admin1);
    p.members_off = static_cast<uint32_t>(impl_->members.size());
    for (const auto& m : r.members) impl_->members.push_back(country_index(m));
    p.members_count = static_cast<uint16_t>(impl_->members.size() - p.members_off);
    impl_->places.push_back(p);
    // The records that stand for a country or a division are named by their code tables.
    if (r.kind == GeoPrecision::Country && p.country &&
        impl_->countries[p.country].place == UINT32_MAX) {
      CodeRec& c = impl_->countries[p.country];
      c.place = id;
      c.name_off = p.name_off;
      c.name_len = p.name_len;
    }
    if (r.kind == GeoPrecision::Admin1 && p.admin1 &&
        impl_->admin1s[p.admin1].place == UINT32_MAX) {
      CodeRec& a = impl_->admin1s[p.admin1];
      a.place = id;
      a.name_off = p.name_off;
      a.name_len = p.name_len;
    }
    add_name(r.name, id, NameKind::Primary);
    for (const auto& [n, k] : r.names) add_name(n, id, k);
  }

  std::unique_ptr<Gazetteer::Impl> finish() {
    // Postings: one per place and key, the best (lowest) NameKind kept; most populous first
    // so that truncated lists keep the likely places.
    size_t nslots = std::bit_ceil(std::max<size_t>(16, keys_.size() * 2));
    impl_->slots.assign(nslots, NameSlot{});
    for (auto& [key, info] : keys_) {
      auto& ps = info.postings;
      std::sort(ps.begin(), ps.end());
      std::vector<uint32_t> best;  // packed, deduplicated by place
      for (uint32_t packed : ps) {
        if (!best.empty() && posting_place(best.back()) == posting_place(packed)) {
          if (posting_kind(packed) < posting_kind(best.back())) best.back() = packed;
          continue;
        }
        best.push_back(packed);
      }
      std::stable_sort(best.begin(), best.end(), [&](uint32_t a, uint32_t b) {
        return impl_->places[posting_place(a)].population >
               impl_->places[posting_place(b)].population;
      });
      if (best.size() > kSlotCountMask) best.resize(kSlotCountMask);
      NameSlot s;
      s.hash = info.hash;
      s.key_off = intern(key);
      s.key_len = static_cast<uint16_t>(key.size());
      s.ntokens = info.ntokens;
      s.post_off = static_cast<uint32_t>(impl_->postings.size());
      impl_->postings.insert(impl_->postings.end(), best.begin(), best.end());
      s.count_flags = static_cast<uint32_t>(best.size()) | info.flags;
      size_t mask = nslots - 1;
      size_t i = s.hash & mask;
      while (impl_->slots[i].ntokens != 0) i = (i + 1) & mask;
      impl_->slots[i] = s;
    }
    return std::move(impl_);
  }

 private:
  uint32_t intern(std::string_view s) {
    auto [it, fresh] = interned_.try_emplace(std::string(s), 0);
    if (fresh) {
      it->second = static_cast<uint32_t>(impl_->strings.size());
      impl_->strings.append(s);
    }
    return it->second;
  }

  uint16_t code_index(std::vector<CodeRec>& table, std::map<std::string, uint16_t>& index,
                      const std::string& code) {
    if (code.empty()) return 0;
    auto it = index.find(code);
    if (it != index.end()) return it->second;
    if (table.size() >= 0xFFFF) return 0;
    CodeRec c;
    c.code_off = intern(code);
    c.code_len = static_cast<uint16_t>(code.size());
    table.push_back(c);
    uint16_t i = static_cast<uint16_t>(table.size() - 1);
    index.emplace(code, i);
    return i;
  }
  uint16_t country_index(const std::string& code) {
    return code_index(impl_->countries, country_codes_, code);
  }
  uint16_t admin1_index(const std::string& code) {
    return code_index(impl_->admin1s, admin1_codes_, code);
  }

  // "Saint Louis" is also written "St. Louis" and "St Louis"; "Fort" "Ft."; "Mount" "Mt.".
  void add_name(const std::string& name, uint32_t id, NameKind kind) {
    add_one_name(name, id, kind);
    static const std::pair<std::string_view, std::vector<std::string_view>> kVariants[] = {
        {"Saint ", {"St. ", "St "}}, {"St. ", {"Saint ", "St "}}, {"St ", {"Saint ", "St. "}},
        {"Sainte ", {"Ste. "}},      {"Fort ", {"Ft. "}},         {"Mount ", {"Mt. "}}};
    for (const auto& [from, tos] : kVariants) {
      size_t at = name.find(from);
      if (at != 0 && !(at != std::string::npos && name[at - 1] == ' ')) continue;
      for (auto to : tos)
        add_one_name(name.substr(0, at) + std::string(to) + name.substr(at + from.size()), id, kind);
    }
  }

  void add_one_name(const std::string& name, uint32_t id, NameKind kind) {
    std::vector<Token> toks = tokenize(name);
    if (toks.empty() || toks.size() > 12) return;
    std::string key;
    uint64_t h = geo_hash_start();
    for (size_t i = 0; i < toks.size(); ++i) {
      h = geo_hash_token(h, toks[i].upper, i == 0);
      if (i) key += ' ';
      key += toks[i].upper;
      KeyInfo& info = keys_[key];
      info.hash = h;
      info.ntokens = static_cast<uint16_t>(i + 1);
      if (i + 1 < toks.size()) {
        info.flags |= kSlotPrefix;
        continue;
      }
      info.postings.push_back(id | (static_cast<uint32_t>(kind) << 29));
      if (toks.size() == 1) {
        std::string low = lower_ascii(toks[0].text);
        if (common_.count(low)) info.flags |= kSlotCommon;
      }
      if (stop_.count(lower_ascii(name))) info.flags |= kSlotBlocked;
    }
  }

  std::unique_ptr<Gazetteer::Impl> impl_;
  std::unordered_set<std::string> common_, stop_;
  std::map<std::string, uint16_t> country_codes_, admin1_codes_;
  std::unordered_map<std::string, uint32_t> interned_;
  std::map<std::string, KeyInfo> keys_;
};

}  // namespace

std::shared_ptr<const Gazetteer> Gazetteer::build(const std::vector<GeoRecord>& records,
                                                  const std::vector<std::string>& common_words,
                                                  const std::vector<std::string>& stop_names) {
  Builder b(common_words, stop_names);
  for (const auto& r : records) b.add(r);
  return std::make_shared<const Gazetteer>(b.finish());
}

}  // namespace dyad
