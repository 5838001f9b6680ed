#include "geo/mention_finder.h"

#include <algorithm>

#include "geo/word_lists.h"

namespace dyad::geo {

namespace {

bool opening_mark(const Token& t) {
  return t.tag == Pos::LQUOTE || t.tag == Pos::LRB || t.text == "\"" || t.text == "(" ||
         t.text == "\xE2\x80\x9C" || t.text == "'" || t.text == "--";
}

// The first word of a sentence (after any opening quote or bracket) is capitalised
// whatever it is.
bool sentence_initial(std::span<const Token> toks, size_t i) {
  for (size_t k = 0; k < i; ++k)
    if (!opening_mark(toks[k])) return false;
  return true;
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

// ", Ontario", ", Canada": a division or country after a comma at `comma`.
NameMatch qualifier_at(const Gazetteer& gaz, std::span<const Token> toks, size_t comma) {
  if (comma + 1 >= toks.size() || toks[comma].text != "," || !capitalised(toks[comma + 1]))
    return {};
  NameMatch q = gaz.longest(toks, comma + 1, [](const Token& t) { return capitalised(t); });
  if (q.tokens && has_place_kind(gaz, q.postings, /*admin_only=*/true)) return q;
  return {};
}

}  // namespace

void find_candidates(const Gazetteer& gaz, const Sentence& sentence, uint32_t s,
                     std::vector<Candidate>& out, std::vector<uint64_t>& surnames) {
  std::span<const Token> toks(sentence.tokens);
  const size_t n = toks.size();
  auto cap = [](const Token& t) { return capitalised(t); };
  // Skips the rest of a run of capitalised words once it is known to be a name that is
  // not a place ("Paris Hilton Foundation").
  auto skip_run = [&](size_t k, bool person) {
    while (k < n && capitalised(toks[k])) ++k;
    if (person) surnames.push_back(geo_hash_token(geo_hash_start(), toks[k - 1].upper, true));
    return k;
  };
  for (const Token& t : toks)
    if (capitalised(t)) gaz.prefetch_name(t);
  size_t i = 0;
  while (i < n) {
    const Token& t = toks[i];
    if (!capitalised(t)) {
      ++i;
      continue;
    }
    bool initial = sentence_initial(toks, i);
    bool after_name = false;  // a person's or an organisation's name goes on here
    bool after_title = false;  // ... and it is a person's: "Judge Danny Pierce"
    for (size_t k = i; k > 0 && capitalised(toks[k - 1]); --k)
      if (person_title(toks[k - 1].upper)) after_title = true;
    if (i > 0 && capitalised(toks[i - 1])) {
      const std::string& prev = toks[i - 1].upper;
      if (person_title(prev))
        after_name = true;
      else if (prev.back() == '.')
        after_name = false;  // "Alexandria, La. Rapides Parish": an unsplit sentence end
      else if (!place_modifier(prev) && !calendar_word(prev))
        after_name = !sentence_initial(toks, i - 1) || !gaz.common_word(prev);
    }
    if (size_t ce = county_end(toks, i); ce && !after_name) {
      Candidate c;
      c.sentence = s;
      c.begin = static_cast<uint32_t>(i);
      c.end = static_cast<uint32_t>(ce);
      c.county = true;
      NameMatch m = gaz.longest(toks.first(ce - 1), i, cap);
      if (m.tokens == ce - 1 - i) c.postings = m.postings;
      out.push_back(c);
      i = ce;
      continue;
    }
    NameMatch m = gaz.longest(toks, i, cap);
    if (m.tokens == 0) {
      ++i;
      continue;
    }
    size_t j = i + m.tokens;
    bool demonyms = only_demonyms(m.postings);
    bool qualified = qualifier_at(gaz, toks, j).tokens > 0;
    if (m.blocked || after_name) {
      // "Dennis Walaker", "Judge Danny Pierce": a run that starts with a title or with a
      // word that is not a common one is a person's name, and its last word the surname.
      size_t r = i;
      while (r > 0 && capitalised(toks[r - 1]) && !sentence_initial(toks, r - 1)) --r;
      if (r > 0 && capitalised(toks[r - 1]) && !gaz.common_word(toks[r - 1].upper)) --r;
      bool person = !m.blocked && (after_title || (!gaz.common_word(toks[r].upper) &&
                                                   !place_modifier(toks[r].upper) &&
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
    if (!reject && j < n && capitalised(toks[j]) && !place_institution(toks[j].upper) &&
        !person_title(toks[j].upper) && !calendar_word(toks[j].upper) &&
        !gaz.common_word(toks[j].upper) && !demonyms) {
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
      NameMatch q = qualifier_at(gaz, toks, i);
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
