#include "geo/mention_finder.h"

#include <algorithm>

#include "geo/word_lists.h"

namespace dyad::geo {

namespace {

// Per-token bits of FinderScratch::flags.
constexpr uint8_t kCap = 1;          // capitalised(): may start or end a place name
constexpr uint8_t kTitleBefore = 2;  // a title among the capitalised words just before

bool opening_mark(const Token& t) {
  const std::string_view text = t.text;  // compares sizes before bytes
  return t.tag == Pos::LQUOTE || t.tag == Pos::LRB || text == "\"" || text == "(" ||
         text == "\xE2\x80\x9C" || text == "'" || text == "--";
}

bool has_place_kind(const Gazetteer& gaz, std::span<const uint32_t> postings, bool admin_only) {
  for (uint32_t p : postings) {
    if (posting_kind(p) == NameKind::Demonym) continue;
    GeoPrecision k = gaz.kind(posting_place(p));
    if (k == GeoPrecision::Admin1 || k == GeoPrecision::Country) return true;
    if (!admin_only) return true;
  }
  return false;
}

bool only_demonyms(std::span<const uint32_t> postings) {
  for (uint32_t p : postings)
    if (posting_kind(p) != NameKind::Demonym) return false;
  return true;
}

bool only_cities(const Gazetteer& gaz, std::span<const uint32_t> postings) {
  for (uint32_t p : postings)
    if (gaz.kind(posting_place(p)) != GeoPrecision::City) return false;
  return true;
}

bool has_country(const Gazetteer& gaz, std::span<const uint32_t> postings) {
  for (uint32_t p : postings)
    if (gaz.kind(posting_place(p)) == GeoPrecision::Country &&
        posting_kind(p) != NameKind::Demonym)
      return true;
  return false;
}

// "Laurel County": up to four capitalised words before a county word. Returns the end
// of the county name, or 0.
size_t county_end(std::span<const Token> toks, size_t i) {
  for (size_t k = i; k < toks.size() && k < i + 5; ++k) {
    if (!capitalised(toks[k])) return 0;
    if (k > i && county_word(toks[k].upper)) return k + 1;
    if (function_word(toks[k].upper) || county_word(toks[k].upper)) return 0;
  }
  return 0;
}

bool all_caps(const Token& t) {
  bool letter = false;
  for (char c : t.text) {
    if (c >= 'a' && c <= 'z') return false;
    letter = letter || (c >= 'A' && c <= 'Z');
  }
  return letter;
}

bool has_abbreviation(std::span<const uint32_t> postings) {
  for (uint32_t p : postings)
    if (posting_kind(p) == NameKind::Abbreviation) return true;
  return false;
}

uint32_t max_city_population(const Gazetteer& gaz, std::span<const uint32_t> postings) {
  uint32_t top = 0;
  for (uint32_t p : postings)
    if (gaz.kind(posting_place(p)) == GeoPrecision::City)
      top = std::max(top, gaz.population(posting_place(p)));
  return top;
}

}  // namespace

void find_candidates(const Gazetteer& gaz, const Sentence& sentence, uint32_t s,
                     std::vector<Candidate>& out, std::vector<uint64_t>& surnames,
                     FinderScratch& scratch) {
  std::span<const Token> toks(sentence.tokens);
  const size_t n = toks.size();
  auto cap = [](const Token& t) { return capitalised(t); };
  // One pass works out what the rules below ask of every token again and again: whether
  // it is capitalised, its first-word name hash (whose table slots are then prefetched in
  // one go, so that the cache misses of the sentence overlap), the word lists it is in,
  // whether a title precedes it in its run of capitalised words, and where the last county
  // word is. Most tokens are lower-case and cost one byte test. The buffers only grow.
  if (scratch.flags.size() < n) {
    scratch.flags.resize(n);
    scratch.lists.resize(n);
    scratch.hash.resize(n);
  }
  uint8_t* flags = scratch.flags.data();
  uint8_t* lists = scratch.lists.data();  // read for capitalised tokens only
  uint64_t* hash = scratch.hash.data();   // likewise
  scratch.prefetch.clear();
  scratch.caps.clear();
  size_t last_county = 0;  // county_end() needs a county word after the name's first word
  bool title_run = false;
  std::fill_n(flags, n, uint8_t{0});
  for (size_t k = 0; k < n; ++k) {
    const Token& t = toks[k];
    if (!capitalised(t)) {
      title_run = false;
      continue;
    }
    flags[k] = title_run ? kCap | kTitleBefore : kCap;  // kTitleBefore is read of these only
    hash[k] = name_hash(t);
    scratch.prefetch.push_back(hash[k]);
    scratch.caps.push_back(static_cast<uint32_t>(k));
    lists[k] = word_lists(t.upper);
    if (in_lists(lists[k], WordList::County)) last_county = k;
    title_run = title_run || in_lists(lists[k], WordList::Title);
  }
  if (scratch.prefetch.empty()) return;
  gaz.prefetch_names(scratch.prefetch);
  auto is_cap = [&](size_t k) { return (flags[k] & kCap) != 0; };
  auto listed = [&](size_t k, WordList l) { return in_lists(lists[k], l); };  // capitalised k
  // The first word of a sentence (after any opening quote or bracket) is capitalised
  // whatever it is: sentence_initial(k) is k <= lead.
  size_t lead = 0;
  while (lead < n && opening_mark(toks[lead])) ++lead;
  auto initial_at = [lead](size_t k) { return k <= lead; };
  // ", Ontario", ", Canada": a division or country after a comma at `comma`.
  auto qualifier_at = [&](size_t comma) -> NameMatch {
    if (comma + 1 >= n || !is_cap(comma + 1)) return {};
    if (const std::string& sep = toks[comma].text; sep.size() != 1 || sep[0] != ',') return {};
    NameMatch q = gaz.longest(toks, comma + 1, hash[comma + 1], cap);
    if (q.tokens && has_place_kind(gaz, q.postings, /*admin_only=*/true)) return q;
    return {};
  };
  // Skips the rest of a run of capitalised words once it is known to be a name that is
  // not a place ("Paris Hilton Foundation").
  auto skip_run = [&](size_t k, bool person) {
    while (k < n && is_cap(k)) ++k;
    if (person) surnames.push_back(name_hash(toks[k - 1]));
    return k;
  };
  // Each capitalised token from i on, in order (the rules below move i past names).
  size_t i = 0;
  for (size_t next = 0;; ++next) {
    while (next < scratch.caps.size() && scratch.caps[next] < i) ++next;
    if (next == scratch.caps.size()) break;
    i = scratch.caps[next];
    const Token& t = toks[i];
    bool initial = initial_at(i);
    bool after_name = false;  // a person's or an organisation's name goes on here
    bool after_title = (flags[i] & kTitleBefore) != 0;  // ... and it is a person's
    if (i > 0 && is_cap(i - 1)) {
      const std::string& prev = toks[i - 1].upper;
      if (listed(i - 1, WordList::Title))
        after_name = true;
      else if (prev.back() == '.')
        after_name = false;  // "Alexandria, La. Rapides Parish": an unsplit sentence end
      else if (!listed(i - 1, WordList::Modifier) && !listed(i - 1, WordList::Calendar))
        after_name = !initial_at(i - 1) || !gaz.common_word_hashed(hash[i - 1]);
    }
    if (size_t ce = last_county > i ? county_end(toks, i) : 0; ce && !after_name) {
      Candidate c;
      c.sentence = s;
      c.begin = static_cast<uint32_t>(i);
      c.end = static_cast<uint32_t>(ce);
      c.county = true;
      NameMatch m = gaz.longest(toks.first(ce - 1), i, hash[i], cap);
      if (m.tokens == ce - 1 - i) c.postings = m.postings;
      out.push_back(c);
      i = ce;
      continue;
    }
    NameMatch m = gaz.longest(toks, i, hash[i], cap);
    if (m.tokens == 0) {
      ++i;
      continue;
    }
    size_t j = i + m.tokens;
    bool demonyms = only_demonyms(m.postings);
    bool qualified = qualifier_at(j).tokens > 0;
    if (m.blocked || after_name) {
      // "Dennis Walaker", "Judge Danny Pierce": a run that starts with a title or with a
      // word that is not a common one is a person's name, and its last word the surname.
      size_t r = i;
      while (r > 0 && is_cap(r - 1) && !initial_at(r - 1)) --r;
      if (r > 0 && is_cap(r - 1) && !gaz.common_word_hashed(hash[r - 1])) --r;
      bool person = !m.blocked && (after_title || (!gaz.common_word_hashed(hash[r]) &&
                                                   !listed(r, WordList::Modifier) &&
                                                   toks[r].upper.back() != '.'));
      i = skip_run(j, person);
      continue;
    }
    bool reject = false;
    // "EU" is not the French town of Eu: short all-capital words match abbreviations only.
    if (m.tokens == 1 && all_caps(t) && t.text.size() <= 4 && !has_abbreviation(m.postings))
      reject = true;
    // "Council", "Villas", "East", "Mobile" at a sentence start: a common word names a
    // country or a large town, never a small town or a division, and is never a place at
    // the start of a sentence, unless a qualifier follows.
    if (m.common_word && !demonyms && !qualified &&
        (initial || (!has_country(gaz, m.postings) && max_city_population(gaz, m.postings) < 100000)))
      reject = true;
    if (!reject && j < n && is_cap(j) && !listed(j, WordList::Institution) &&
        !listed(j, WordList::Title) && !listed(j, WordList::Calendar) &&
        !gaz.common_word_hashed(hash[j]) && !demonyms) {
      i = skip_run(j, false);  // part of a longer name: "Paris Hilton"
      continue;
    }
    // "Lincoln said" is a person, "officials in Paris said" a place.
    bool after_preposition = i > 0 && place_preposition(toks[i - 1].upper);
    if (!reject && j < n && speech_verb(toks[j].upper) && only_cities(gaz, m.postings) &&
        !after_preposition)
      reject = true;
    if (reject) {
      i = j;
      continue;
    }
    Candidate c;
    c.sentence = s;
    c.begin = static_cast<uint32_t>(i);
    c.end = static_cast<uint32_t>(j);
    c.postings = m.postings;
    c.demonym_only = demonyms;
    out.push_back(c);
    i = j;
    if (demonyms) continue;
    // "Alexandria, La.", "Toronto, Ontario, Canada": each division or country after a
    // comma qualifies the name before it.
    for (;;) {
      NameMatch q = qualifier_at(i);
      if (!q.tokens) break;
      Candidate qc;
      qc.sentence = s;
      qc.begin = static_cast<uint32_t>(i + 1);
      qc.end = static_cast<uint32_t>(i + 1 + q.tokens);
      qc.postings = q.postings;
      qc.is_qualifier = true;
      out.back().qualifier = static_cast<int>(out.size());
      out.push_back(qc);
      i = qc.end;
    }
  }
}

void drop_surnames(const Gazetteer& gaz, std::span<const Sentence> sentences,
                   std::vector<Candidate>& cands, std::vector<uint64_t>& surnames) {
  if (surnames.empty()) return;
  std::sort(surnames.begin(), surnames.end());
  std::vector<int> remap(cands.size(), -1);
  size_t kept = 0;
  for (size_t c = 0; c < cands.size(); ++c) {
    const Candidate& cand = cands[c];
    bool drop = false;
    if (!cand.county && !cand.is_qualifier && cand.qualifier < 0 && cand.end == cand.begin + 1 &&
        only_cities(gaz, cand.postings)) {
      const Token& t = sentences[cand.sentence].tokens[cand.begin];
      drop = std::binary_search(surnames.begin(), surnames.end(),
                                geo_hash_token(geo_hash_start(), t.upper, true));
    }
    if (drop) continue;
    remap[c] = static_cast<int>(kept);
    cands[kept++] = cands[c];
  }
  cands.resize(kept);
  for (Candidate& c : cands)
    if (c.qualifier >= 0) c.qualifier = remap[c.qualifier];
}

}  // namespace dyad::geo
