#include "code/mentions.h"

namespace dyad {

namespace {

// The dictionary phrase of `entry_phrases` that spells exactly toks[b, b+len).
const Phrase* matched_phrase(const std::vector<Phrase>& phrases, const std::vector<Token>& toks,
                             size_t b, uint32_t len) {
  for (const Phrase& p : phrases) {
    if (p.words.size() != len) continue;
    bool same = true;
    for (uint32_t k = 0; k < len && same; ++k) same = p.words[k] == toks[b + k].upper;
    if (same) return &p;
  }
  return phrases.empty() ? nullptr : &phrases.front();
}

// The latest-loaded actor among `ids` with codes in force on `date` (user files load last
// and so override defaults).
const ActorEntry* actor_in_force(const CompiledDictionaries& d, const std::vector<uint32_t>& ids,
                                 int date, const ActorCode** code) {
  for (auto it = ids.rbegin(); it != ids.rend(); ++it) {
    const ActorEntry& e = d.set.actors[*it];
    if (const ActorCode* c = e.codes_at(date)) {
      *code = c;
      return &e;
    }
  }
  return nullptr;
}

// dyad's own dictionaries write acronyms in capitals ("US", "IS", "WHO"): those match only
// text in capitals, so the pronoun "us" or the verb "is" never becomes an actor. (TABARI and
// PETRARCH files are all capitals, so the rule applies to native files only.)
bool case_fits(const Phrase* p, const std::vector<Token>& toks, size_t b) {
  if (!p || p->words.size() != 1 || p->origin.find(".dyad:") == std::string::npos) return true;
  bool upper = false;
  for (char c : p->text) {
    if (c >= 'a' && c <= 'z') return true;  // written in ordinary case: case-blind
    if (c >= 'A' && c <= 'Z') upper = true;
  }
  if (!upper || p->text.size() > 6) return true;
  for (char c : toks[b].text)
    if (c >= 'a' && c <= 'z') return false;
  return true;
}

}  // namespace

MentionScan scan_mentions(const CompiledDictionaries& d, const std::vector<Token>& toks,
                          const std::vector<uint32_t>& word_ids, int date) {
  MentionScan out;
  out.name_span_of_token.assign(toks.size(), -1);
  out.mentions.reserve(8);  // news sentences name a few; growing one by one costs more
  // Discards are checked at every position, independently of actors.
  for (size_t i = 0; i < toks.size() && !out.story_discard; ++i) {
    auto dm = d.discards.longest_at(word_ids, i);
    if (dm.length == 0 || !dm.ids) continue;
    for (uint32_t id : *dm.ids) {
      const DiscardEntry& de = d.set.discards[id];
      if (de.story) out.story_discard = true;
      out.sentence_discard = true;
      out.discard_phrase = de.phrase.text;
    }
  }
  std::vector<PhraseTrie::Match> matches;
  for (size_t i = 0; i < toks.size();) {
    const ActorEntry* actor = nullptr;
    const ActorCode* acode = nullptr;
    uint32_t alen = 0;
    d.actors.all_at(word_ids, i, matches);
    for (const auto& m : matches) {
      actor = actor_in_force(d, *m.ids, date, &acode);
      if (actor && !case_fits(matched_phrase(actor->phrases, toks, i, m.length), toks, i))
        actor = nullptr;
      if (actor) {
        alen = m.length;
        break;
      }
    }
    auto gm = d.agents.longest_at(word_ids, i);
    uint32_t glen = gm.ids && !gm.ids->empty() ? gm.length : 0;
    if (alen == 0 && glen == 0) {
      ++i;
      continue;
    }
    Mention m;
    if (alen >= glen) {
      m.range = {static_cast<int>(i), static_cast<int>(i + alen)};
      m.actor = true;
      m.codes = acode->codes;
      const Phrase* p = matched_phrase(actor->phrases, toks, i, alen);
      m.ref.phrase = p ? p->text : "";
      m.ref.origin = p ? p->origin : acode->origin;
      for (size_t k = 0; k < acode->codes.size(); ++k)
        m.ref.code += (k ? "/" : "") + acode->codes[k];
    } else {
      const AgentEntry& g = d.set.agents[gm.ids->back()];
      m.range = {static_cast<int>(i), static_cast<int>(i + glen)};
      m.codes = {g.code};
      m.prefix = g.prefix;
      const Phrase* p = matched_phrase(g.phrases, toks, i, glen);
      m.ref.phrase = p ? p->text : "";
      m.ref.origin = p ? p->origin : g.origin;
      m.ref.code = g.prefix ? g.code + "~" : "~" + g.code;
    }
    int idx = static_cast<int>(out.mentions.size());
    for (int k = m.range.begin; k < m.range.end; ++k) out.name_span_of_token[k] = idx;
    i = static_cast<size_t>(m.range.end);
    out.mentions.push_back(std::move(m));
  }
  return out;
}

}  // namespace dyad
