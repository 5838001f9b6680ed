#include "tag/hmm_model.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>

#include "tag/news_overrides.h"

namespace dyad::tag {

namespace {

using Lexicon = std::unordered_map<std::string, TagDist>;

double total_of(const TagDist& d) {
  double t = 0;
  for (const TagCount& c : d) t += c.count;
  return t;
}

double count_of(const TagDist& d, Pos p) {
  for (const TagCount& c : d)
    if (c.tag == p) return c.count;
  return 0;
}

std::string lower_copy(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = to_lower_ascii(c);
  return out;
}

std::string upper_copy(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (is_lower_ascii(c)) c = static_cast<char>(c - 32);
  return out;
}

void pool_into(TagDist& pooled, const TagDist& more) {
  for (const TagCount& c : more) {
    auto same = std::find_if(pooled.begin(), pooled.end(),
                             [&](const TagCount& p) { return p.tag == c.tag; });
    if (same != pooled.end())
      same->count += c.count;
    else
      pooled.push_back(c);
  }
}

// "*NUM*", "*LRB*": Lingua's stand-ins for classes of tokens, not words.
bool is_pseudo_word(std::string_view w) {
  return w.size() > 2 && w.front() == '*' && w.back() == '*';
}

void apply_overrides(Lexicon& lexicon) {
  for (const NewsOverride& o : news_overrides()) {
    TagDist dist;
    for (const OverrideTag& t : o.tags)
      if (t.weight > 0) dist.push_back({t.tag, t.weight});
    lexicon[std::string(o.word)] = std::move(dist);
  }
}

bool is_overridden(std::string_view w) {
  for (const NewsOverride& o : news_overrides())
    if (o.word == w) return true;
  return false;
}

// Adds `missing` with `share` of the count of `present` when the word has one but not the other.
void add_pair(TagDist& d, Pos present, Pos missing, double share) {
  double have = count_of(d, present);
  if (have <= 0 || count_of(d, missing) > 0) return;
  d.push_back({missing, std::max(have * share, 0.5)});
}

void add_paired_forms(Lexicon& lexicon, double share) {
  if (share <= 0) return;
  for (auto& [word, dist] : lexicon) {
    if (is_overridden(word)) continue;
    if (word.size() > 3 && word.ends_with("ed") && is_lower_ascii(word.front())) {
      add_pair(dist, Pos::VBN, Pos::VBD, share);
      add_pair(dist, Pos::VBD, Pos::VBN, share);
    }
    if (is_lower_ascii(word.front())) {
      add_pair(dist, Pos::VB, Pos::VBP, share);
      add_pair(dist, Pos::VBP, Pos::VB, share);
    }
  }
}

char shape_key(ShapeClass s) { return static_cast<char>(s); }

}  // namespace

HmmModel::Range HmmModel::add_range(const TagDist& dist) {
  TagDist sorted;
  for (const TagCount& c : dist)
    if (c.count > 0 && c.tag != Pos::UNK) sorted.push_back(c);
  std::sort(sorted.begin(), sorted.end(),
            [](const TagCount& a, const TagCount& b) { return a.count > b.count; });
  const double total = total_of(sorted);
  size_t keep = 0;
  while (keep < sorted.size() && keep < std::min(options_.max_candidates, kMaxCandidates) &&
         (keep == 0 || sorted[keep].count >= options_.min_share * total))
    ++keep;
  sorted.resize(keep);
  const double kept = total_of(sorted);
  Range r{static_cast<uint32_t>(candidates_.size()), static_cast<uint32_t>(keep)};
  for (const TagCount& c : sorted) {
    const float prob = static_cast<float>(c.count / kept);
    candidates_.push_back({c.tag, prob, score(c.tag, prob)});
  }
  return r;
}

uint32_t HmmModel::add(const TagDist& dist) {
  const Range r = add_range(dist);
  if (r.count < 16 && r.first < (1u << 27)) return (r.first << 4) | r.count;
  ranges_.push_back(r);
  return kInRanges | static_cast<uint32_t>(ranges_.size() - 1);
}

float HmmModel::score(Pos tag, float prob) const {
  return std::log(std::max(prob, 1e-9f)) -
         static_cast<float>(options_.prior_exponent) * log_prior_[static_cast<size_t>(tag)];
}

HmmModel HmmModel::build(const LinguaData& data, const ModelOptions& options) {
  HmmModel m;
  m.options_ = options;

  Lexicon lexicon;
  lexicon.reserve(data.words.size() + 128);
  for (const LinguaEntry& e : data.words) lexicon[e.key] = e.tags;
  apply_overrides(lexicon);
  add_paired_forms(lexicon, options.paired_form_share);

  // Tag priors from the lexicon's token counts; tags it never uses get a small floor.
  std::array<double, kPosCount> tag_total{};
  double grand = 0;
  for (const auto& [word, dist] : lexicon)
    for (const TagCount& c : dist) {
      tag_total[static_cast<size_t>(c.tag)] += c.count;
      grand += c.count;
    }
  for (size_t t = 0; t < kPosCount; ++t)
    m.log_prior_[t] = static_cast<float>(std::log(std::max(tag_total[t], 1.0) / grand));

  for (size_t p = 1; p < kPosCount; ++p) m.fixed_[p] = m.add_range({{static_cast<Pos>(p), 1.0}});

  auto pseudo = [&](const char* key, Pos fallback) {
    auto it = lexicon.find(key);
    return m.add_range(it != lexicon.end() ? it->second : TagDist{{fallback, 1.0}});
  };
  m.number_ = pseudo("*NUM*", Pos::CD);
  m.ordinal_ = pseudo("*ORD*", Pos::JJ);

  for (const auto& [word, dist] : lexicon)
    if (!is_pseudo_word(word)) m.words_.assign(word, m.add(dist));

  // Capitalised spellings also seen in lower case: pool both for sentence starts.
  for (const auto& [word, dist] : lexicon) {
    if (!starts_upper(word) || is_pseudo_word(word)) continue;
    auto lower = lexicon.find(lower_copy(word));
    if (lower == lexicon.end() || lower->first == word) continue;
    TagDist pooled = dist;
    pool_into(pooled, lower->second);
    m.initial_.assign(word, m.add(pooled));
  }

  // Every spelling with a lower-case letter, pooled under its upper-case form for headlines.
  std::unordered_map<std::string, TagDist> caps;
  for (const auto& [word, dist] : lexicon) {
    if (is_pseudo_word(word) || is_all_caps(word)) continue;
    std::string upper = upper_copy(word);
    if (upper == word || lexicon.count(upper) > 0) continue;
    pool_into(caps[upper], dist);
  }
  for (const auto& [upper, dist] : caps) m.all_caps_.assign(upper, m.add(dist));

  // Transitions, with a floor for unseen pairs. Lingua has no row for "#": borrow "$"'s.
  m.transition_.assign(kPosCount * kPosCount, 0.0f);
  for (size_t prev = 0; prev < kPosCount; ++prev) {
    size_t row = prev == static_cast<size_t>(Pos::HASH) ? static_cast<size_t>(Pos::DOLLAR) : prev;
    for (size_t next = 0; next < kPosCount; ++next) {
      double p = data.transition[row * kPosCount + next];
      m.transition_[prev * kPosCount + next] =
          static_cast<float>(std::log(std::max(p, options.transition_floor)));
    }
  }

  // Unknown-word fallbacks from unknown.yml, by spelling family.
  auto lingua_class = [&](std::string_view name) -> const TagDist* {
    for (const LinguaEntry& e : data.unknown)
      if (e.key == name) return &e.tags;
    return nullptr;
  };
  const TagDist kNoun{{Pos::NN, 1.0}};
  auto fallback = [&](ShapeClass s, std::string_view name) {
    const TagDist* d = lingua_class(name);
    m.unknown_fallback_[static_cast<size_t>(shape_key(s))] = m.add_range(d ? *d : kNoun);
  };
  fallback(ShapeClass::Lower, "-unknown-");
  fallback(ShapeClass::Hyphenated, "-hyp-");
  fallback(ShapeClass::Capitalised, "-cap-");
  fallback(ShapeClass::AllCaps, "-abr-");
  fallback(ShapeClass::Digits, "-unknown-");
  fallback(ShapeClass::Other, "-sym-");

  // Suffix model over rare words.
  struct Tally {
    std::array<double, kPosCount> share{};
    double words = 0;
  };
  std::unordered_map<std::string, Tally> tallies;
  for (const auto& [word, dist] : lexicon) {
    const double total = total_of(dist);
    if (total > options.rare_word_count || is_pseudo_word(word)) continue;
    if (is_number(word) || is_ordinal(word)) continue;
    const ShapeClass shape = shape_class(word);
    const std::string lower = lower_copy(word);
    // Capitalised and ALL-CAPS spellings of ordinary words are sentence starts and headlines,
    // not names: they would teach the name model common-word tags.
    if ((shape == ShapeClass::Capitalised || shape == ShapeClass::AllCaps) &&
        lexicon.count(lower) > 0)
      continue;
    const size_t longest = std::min(options.max_suffix, lower.size() - 1);
    std::string key;
    for (size_t len = 0; len <= longest; ++len) {
      key.assign(1, shape_key(shape));
      key.append(lower, lower.size() - len, len);
      Tally& t = tallies[key];
      t.words += 1;
      for (const TagCount& c : dist) t.share[static_cast<size_t>(c.tag)] += c.count / total;
    }
  }
  for (const auto& [key, tally] : tallies) {
    const bool empty_suffix = key.size() == 1;
    if (!empty_suffix && tally.words < options.suffix_min_words) continue;
    TagDist dist;
    for (size_t t = 0; t < kPosCount; ++t)
      if (tally.share[t] > 0) dist.push_back({static_cast<Pos>(t), tally.share[t]});
    m.suffixes_.assign(key, m.add(dist));
  }
  return m;
}

std::span<const Candidate> HmmModel::unknown(ShapeClass shape, std::string_view lower) const {
  char key[16];
  key[0] = shape_key(shape);
  const size_t longest =
      std::min({options_.max_suffix, lower.size() > 0 ? lower.size() - 1 : 0, sizeof key - 1});
  for (size_t len = longest + 1; len-- > 0;) {
    for (size_t i = 0; i < len; ++i) key[1 + i] = lower[lower.size() - len + i];
    auto found = entry(suffixes_, std::string_view(key, len + 1));
    if (!found.empty()) return found;
  }
  return span_of(unknown_fallback_[static_cast<size_t>(shape_key(shape))]);
}

}  // namespace dyad::tag
