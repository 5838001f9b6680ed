#include "code/units.h"

#include <string_view>

#include "dyad/parse.h"

namespace dyad {

namespace {

bool has_code_at_aligned(const std::string& code, const std::string& part) {
  if (part.empty()) return true;
  for (size_t k = 0; k + part.size() <= code.size(); k += 3)
    if (code.compare(k, part.size(), part) == 0) return true;
  return false;
}

// One noun phrase's reading: its first actor (all of that actor's codes) and its agents.
struct NpReading {
  TokenRange range;
  const Mention* actor = nullptr;
  // Actors coordinated with the first inside the phrase: "African and European leaders".
  std::vector<const Mention*> also;
  std::vector<const Mention*> agents;
  bool coded() const { return actor || !agents.empty(); }
};

// Appends one reading per actor code of the phrase (or of `inherited_actor`, or the bare agents)
// to `out`. Each reading's entries are `lead` (when given), the actor's, then the agents'
// (`extra_agents` first).
void readings_of(const NpReading& r, const std::string* inherited_actor,
                 const std::vector<const Mention*>& extra_agents, std::vector<ActorReading>& out,
                 const EntryRef* lead = nullptr) {
  std::vector<const Mention*> joined;
  const std::vector<const Mention*>* agents = &r.agents;
  if (!extra_agents.empty()) {
    joined.reserve(extra_agents.size() + r.agents.size());
    joined = extra_agents;
    joined.insert(joined.end(), r.agents.begin(), r.agents.end());
    agents = &joined;
  }
  auto add = [&](const std::string& actor, const Mention* actor_ref) {
    ActorReading rd;
    rd.code = compose_code(actor, *agents);
    rd.range = r.range;
    rd.entries.reserve((lead ? 1 : 0) + (actor_ref ? 1 : 0) + agents->size());
    if (lead) rd.entries.push_back(*lead);
    if (actor_ref) rd.entries.push_back(actor_ref->ref);
    for (const Mention* g : *agents) rd.entries.push_back(g->ref);
    out.push_back(std::move(rd));
  };
  if (r.actor) {
    for (const std::string& c : r.actor->codes) add(c, r.actor);
    for (const Mention* m : r.also)
      for (const std::string& c : m->codes) add(c, m);
  } else if (inherited_actor) {
    add(*inherited_actor, nullptr);
  } else {
    static const std::string kNone;
    add(kNone, nullptr);
  }
}

bool is_list_conj(const Token& t) {
  return lower_equals(t.text, "and") || lower_equals(t.text, "or") ||
         lower_equals(t.text, "nor") || t.text == "&";
}

// Tokens between two noun phrases that join them into one list: "," "and" ", and".
bool joins_list(const std::vector<Token>& toks, int from, int to, bool* has_conj) {
  int n = to - from;
  if (n == 1 && toks[from].tag == Pos::COMMA) return true;
  if (n == 1 && is_list_conj(toks[from])) return *has_conj = true;
  if (n == 2 && toks[from].tag == Pos::COMMA && is_list_conj(toks[from + 1]))
    return *has_conj = true;
  return false;
}

bool is_attach_prep(const Token& t) {
  return lower_equals(t.text, "of") || lower_equals(t.text, "from") || lower_equals(t.text, "in");
}

// "soldiers from Gondor" names Gondor's soldiers, but "withdraw its troops from Mali" and
// "has 2,400 troops in Mali" do not: a possessive or a number in the agent phrase, or a verb
// right before it (an object), leaves the agents with someone else.
bool agents_may_attach(const std::vector<Token>& toks, const TokenRange& first_np,
                       const TokenRange& last_np, const Token& prep) {
  for (int i = first_np.begin; i < last_np.end; ++i) {
    Pos p = toks[i].tag;
    if (p == Pos::PRPS || p == Pos::CD) return false;
  }
  if (lower_equals(prep.text, "of")) return true;
  int b = first_np.begin;
  while (b > 0 && (is_adv(toks[b - 1].tag) || toks[b - 1].tag == Pos::DT)) --b;
  return !(b > 0 && (is_verb(toks[b - 1].tag) || toks[b - 1].tag == Pos::RP));
}

}  // namespace

std::string compose_code(const std::string& actor, const std::vector<const Mention*>& agents) {
  std::string pre, post;
  std::string base = actor.empty() ? "---" : actor;
  for (const Mention* g : agents) {
    const std::string& c = g->codes.front();
    if (has_code_at_aligned(base, c) || has_code_at_aligned(pre, c) ||
        has_code_at_aligned(post, c))
      continue;
    (g->prefix ? pre : post) += c;
  }
  if (actor.empty() && !pre.empty() && post.empty()) return pre;  // "MSF" alone -> "NGO"
  return pre + base + post;
}

std::vector<ActorUnit> build_units(const std::vector<Token>& toks, const ParsedSentence& ps,
                                   const std::vector<Mention>& mentions) {
  // 1. Read each noun phrase.
  std::vector<NpReading> nps(ps.nps.size());
  for (size_t k = 0; k < ps.nps.size(); ++k) nps[k].range = ps.nps[k];
  for (const Mention& m : mentions) {
    int k = ps.np_of_token[m.range.begin];
    if (k < 0) continue;
    // "its troops", "their leaders": agents owned by someone named elsewhere (usually the
    // subject) are not actors of their own.
    if (!m.actor && toks[ps.nps[k].begin].tag == Pos::PRPS) continue;
    if (m.actor) {
      if (!nps[k].actor) {
        nps[k].actor = &m;
      } else {
        // Only an actor joined to the previous one by and/or counts as another member.
        const Mention* prev = nps[k].also.empty() ? nps[k].actor : nps[k].also.back();
        int gap = m.range.begin - prev->range.end;
        if (gap == 1 && is_list_conj(toks[prev->range.end])) nps[k].also.push_back(&m);
      }
    } else {
      nps[k].agents.push_back(&m);
    }
  }

  // 1a. An agent word that only modifies another noun is not the phrase's head: "joint
  //     military exercises" and "military aid" are not an armed force. Without an actor in the
  //     phrase, an agent counts only when it ends the phrase.
  for (NpReading& r : nps) {
    if (r.actor || r.agents.empty()) continue;
    if (r.agents.back()->range.end < r.range.end) {
      int head = r.range.end - 1;
      // A common-noun head only: "the official news agency WFNA" still names an official body.
      if (toks[head].tag == Pos::NN || toks[head].tag == Pos::NNS) r.agents.clear();
    }
  }

    // 1b. "the task force known as Takuba", "a group called X": the phrase takes the named
  //     actor.
  for (size_t j = 0; j + 1 < nps.size(); ++j) {
    int gap_b = nps[j].range.end, gap_e = nps[j + 1].range.begin;
    if (nps[j].actor || !nps[j + 1].actor || gap_e - gap_b < 1 || gap_e - gap_b > 2) continue;
    const std::string& w1 = toks[gap_b].text;
    const bool two = gap_e - gap_b == 2;
    const bool w2_empty = !two || toks[gap_b + 1].text.empty();
    bool naming = (two && lower_equals(w1, "known") && lower_equals(toks[gap_b + 1].text, "as")) ||
                  (w2_empty && (lower_equals(w1, "called") || lower_equals(w1, "dubbed") ||
                                lower_equals(w1, "named")));
    if (!naming) continue;
    nps[j].actor = nps[j + 1].actor;
    nps[j].also = nps[j + 1].also;
    nps[j].agents.insert(nps[j].agents.end(), nps[j + 1].agents.begin(), nps[j + 1].agents.end());
    nps[j].range.end = nps[j + 1].range.end;
    nps.erase(nps.begin() + static_cast<long>(j) + 1);
  }

  // 2. Group phrases joined by "," / "and" into lists; a list with a conjunction is a
  //    compound, a comma-only run is apposition and its phrases stay separate units.
  std::vector<ActorUnit> units;
  units.reserve(nps.size());  // at most one unit per phrase
  size_t k = 0;
  while (k < nps.size()) {
    size_t e = k + 1;
    bool has_conj = false;
    while (e < nps.size() && joins_list(toks, nps[e - 1].range.end, nps[e].range.begin, &has_conj))
      ++e;
    if (!has_conj) e = k + 1;
    // The group is nps[k, e).

    // 3. Agents-only group + of/from/in + actor group: "soldiers from Gondor",
    //    "lawmakers and officials in Fornost and Gondor".
    bool agents_only = true, any_coded = false;
    for (size_t j = k; j < e; ++j) {
      if (nps[j].actor) agents_only = false;
      if (nps[j].coded()) any_coded = true;
    }
    size_t tail_b = e, tail_e = e;  // the tail is nps[tail_b, tail_e), empty when equal
    int last_end = nps[e - 1].range.end;
    if (agents_only && any_coded && e < nps.size() && last_end + 1 == nps[e].range.begin &&
        is_attach_prep(toks[last_end]) &&
        agents_may_attach(toks, nps[k].range, nps[e - 1].range, toks[last_end])) {
      size_t f = e + 1;
      bool conj2 = false;
      while (f < nps.size() && joins_list(toks, nps[f - 1].range.end, nps[f].range.begin, &conj2))
        ++f;
      if (!conj2) f = e + 1;
      bool tail_has_actor = false;
      for (size_t j = e; j < f; ++j)
        if (nps[j].actor) tail_has_actor = true;
      if (tail_has_actor) tail_e = f;
    }
    const bool has_tail = tail_e > tail_b;

    ActorUnit u;
    u.range = {nps[k].range.begin, has_tail ? nps[tail_e - 1].range.end : last_end};
    if (has_tail) {
      for (size_t g = k; g < e; ++g) {
        if (!nps[g].coded()) continue;
        for (size_t t = tail_b; t < tail_e; ++t) {
          if (!nps[t].actor) continue;
          const size_t first = u.readings.size();
          readings_of(nps[t], nullptr, nps[g].agents, u.readings);
          for (size_t x = first; x < u.readings.size(); ++x)
            u.readings[x].range = {nps[g].range.begin, nps[t].range.end};
        }
      }
      u.compound = e - k > 1 || tail_e - tail_b > 1;
      units.push_back(std::move(u));
      k = tail_e;
      continue;
    }
    // 4. Agent-only members of a compound borrow the actor (and modifiers) of the nearest
    //    earlier member that has one: "Danish media and government" -> DNKMED, DNKGOV.
    const NpReading* donor = nullptr;
    int members = 0;
    size_t next = e;
    for (size_t j = k; j < e; ++j) {
      const NpReading& r = nps[j];
      if (!r.coded()) continue;
      ++members;
      // The last member names its own actor: "Ithilen and the government of Gondor".
      if (j + 1 == e && j > k && !r.actor && e < nps.size() && nps[e].actor &&
          r.range.end + 1 == nps[e].range.begin && is_attach_prep(toks[r.range.end]) &&
          agents_may_attach(toks, r.range, r.range, toks[r.range.end])) {
        bool more = false;
        if (e + 1 < nps.size()) joins_list(toks, nps[e].range.end, nps[e + 1].range.begin, &more);
        if (!more) {
          const size_t first = u.readings.size();
          readings_of(nps[e], nullptr, r.agents, u.readings);
          for (size_t x = first; x < u.readings.size(); ++x)
            u.readings[x].range = {r.range.begin, nps[e].range.end};
          u.range.end = nps[e].range.end;
          next = e + 1;
          continue;
        }
      }
      if (!r.actor && donor && donor->actor) {
        std::vector<const Mention*> mods(donor->agents.begin(),
                                         donor->agents.empty() ? donor->agents.end()
                                                               : donor->agents.end() - 1);
        for (const std::string& code : donor->actor->codes)
          readings_of(r, &code, mods, u.readings, &donor->actor->ref);
        continue;
      }
      readings_of(r, nullptr, {}, u.readings);
      if (r.actor) donor = &r;
    }
    u.compound = members > 1;
    units.push_back(std::move(u));
    k = next;
  }
  return units;
}

}  // namespace dyad
