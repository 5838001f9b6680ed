#include "dyad/coder.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "code/event_id.h"
#include "code/mentions.h"
#include "code/coreference.h"
#include "code/event_context.h"
#include "code/noun_events.h"
#include "code/quantities.h"
#include "code/time_expressions.h"
#include "code/pattern_match.h"
#include "code/roles.h"
#include "code/units.h"
#include "code/verb_hits.h"
#include "dyad/paths.h"

namespace dyad {

namespace {

Span span_of(const std::vector<Token>& toks, TokenRange r) {
  if (r.begin >= r.end || r.end > static_cast<int>(toks.size())) return {};
  return {toks[r.begin].begin, toks[r.end - 1].end};
}

// Paired codes "032:033": the first for source->target, the second for target->source.
std::pair<std::string, std::string> split_code(const std::string& code) {
  auto c = code.find(':');
  if (c == std::string::npos) return {code, ""};
  return {code.substr(0, c), code.substr(c + 1)};
}

bool codable(const std::string& code) { return !code.empty() && code != "---"; }

bool is_temporal_word(const std::string& w) {
  return lower_equals(w, "today") || lower_equals(w, "tonight") ||
         lower_equals(w, "yesterday") || lower_equals(w, "tomorrow") || lower_equals(w, "now");
}

// Some noun phrase after the verb inside its scope that is not a bare time word: PETRARCH
// gives such a phrase the null actor "---" when require_dyad is off.
bool has_object_phrase(const SentenceView& v, int from, int to) {
  for (int i = from; i < to; ++i) {
    int np = v.ps.np_of_token[i];
    if (np < 0) continue;
    const TokenRange& r = v.ps.nps[np];
    if (r.size() == 1 && is_temporal_word(v.toks[r.begin].text)) continue;
    if (r.size() == 1 && v.toks[r.begin].tag == Pos::PRP) continue;
    return true;
  }
  return false;
}

struct Decision {
  std::string code;
  const Pattern* pattern = nullptr;
  const VerbEntry* entry = nullptr;
  PatternMatch match;
};

Decision decide_code(const SentenceView& v, const VerbHit& hit) {
  Decision d;
  const CompiledDictionaries& dicts = v.dicts;
  for (uint32_t id : hit.entries) {
    const VerbEntry& e = dicts.set.verbs[id];
    if (!d.entry) d.entry = &e;
    if (e.block < 0 || e.block >= static_cast<int>(dicts.set.verb_blocks.size())) continue;
    const VerbBlock& b = dicts.set.verb_blocks[e.block];
    const auto& order = dicts.pattern_order[e.block];
    // A pattern whose words or synsets the sentence lacks cannot match: skip it unseen.
    const CompiledDictionaries::PatternFilter* filters =
        static_cast<size_t>(e.block) < dicts.pattern_filters.size() &&
                dicts.pattern_filters[e.block].size() == order.size()
            ? dicts.pattern_filters[e.block].data()
            : nullptr;
    for (size_t k = 0; k < order.size(); ++k) {
      if (filters && !filters[k].within(v.offers)) continue;
      const uint32_t pi = order[k];
      PatternMatch m;
      if (match_pattern(b.patterns[pi], v, hit, &m)) {
        d.code = b.patterns[pi].code;
        d.pattern = &b.patterns[pi];
        d.entry = &e;
        d.match = m;
        return d;
      }
    }
  }
  for (uint32_t id : hit.entries) {
    const VerbEntry& e = dicts.set.verbs[id];
    if (codable(e.code)) {
      d.entry = &e;
      d.code = e.code;
      return d;
    }
  }
  if (d.entry) d.code = d.entry->code;
  return d;
}

EventLocation to_event_location(const Location& l, Span span, const char* basis) {
  EventLocation e;
  if (!l.known()) return e;
  e.name = l.name;
  e.country = l.country;
  e.admin1 = l.admin1;
  e.lat = l.lat;
  e.lon = l.lon;
  e.precision = std::string(precision_name(l.precision));
  e.confidence = std::round(l.confidence * 1000.0) / 1000.0;  // three decimals are plenty
  e.span = span;
  e.basis = basis;
  return e;
}

Span mention_span(const PlaceMention& m) { return {m.begin, m.end}; }

// The event's place: a mention in its own clause ("attacked ... in Gao", "withdraw from
// Mali"), nearest after the verb first; else the nearest in the sentence; else the article's
// main place.
EventLocation locate(const SentenceView& v, TokenRange trigger,
                     const std::vector<PlaceMention>* places, const Location* main_place) {
  if (places && !places->empty()) {
    int cb = clause_begin(v, trigger.begin), ce = scope_end(v, trigger.end);
    const PlaceMention* best = nullptr;
    int best_score = 1 << 30;
    for (const PlaceMention& m : *places) {
      int b = static_cast<int>(m.token_begin);
      if (b < cb || b >= ce) continue;
      int score = b >= trigger.end ? b - trigger.end : 1000 + (trigger.begin - b);
      if (score < best_score) {
        best = &m;
        best_score = score;
      }
    }
    if (best) return to_event_location(best->where, mention_span(*best), "clause");
    for (const PlaceMention& m : *places) {
      int b = static_cast<int>(m.token_begin);
      int score = std::abs(b - trigger.begin);
      if (score < best_score) {
        best = &m;
        best_score = score;
      }
    }
    if (best) return to_event_location(best->where, mention_span(*best), "sentence");
  }
  if (main_place) return to_event_location(*main_place, {}, "article");
  return {};
}

// "Malian troops in Gao": a place right after an actor phrase ("in" + place).
EventLocation actor_place(const SentenceView& v, TokenRange actor,
                          const std::vector<PlaceMention>* places) {
  if (!places || actor.end + 1 >= v.size()) return {};
  if (!lower_equals(v.toks[actor.end].text, "in")) return {};
  for (const PlaceMention& m : *places)
    if (static_cast<int>(m.token_begin) == actor.end + 1)
      return to_event_location(m.where, mention_span(m), "clause");
  return {};
}

struct Candidate {
  Event ev;
  int verb_pos;
  int source_unit_begin;
  bool speech;
};

}  // namespace

Coder::Coder(std::shared_ptr<const CompiledDictionaries> dicts,
             std::shared_ptr<const Tagger> tagger, std::shared_ptr<const Lemmatizer> lemmatizer,
             std::shared_ptr<const CameoTable> table, CoderOptions opts)
    : dicts_(std::move(dicts)),
      tagger_(std::move(tagger)),
      lemmatizer_(std::move(lemmatizer)),
      table_(std::move(table)),
      opts_(opts),
      coder_id_("dyad " + version() + " dict:" + (dicts_ ? dicts_->hash : std::string())) {}

SentenceAnalysis Coder::code_sentence(std::vector<Token> tokens, const std::string& text, int date,
                                      const std::string& article_id, int sentence_index,
                                      uint32_t sentence_begin, uint32_t sentence_end,
                                      Discourse* discourse,
                                      const std::vector<PlaceMention>* places,
                                      const Location* main_place) const {
  SentenceAnalysis a;
  // code_article() tags whole articles first (the place resolver reads the tags).
  bool tagged = !tokens.empty() && tokens.front().tag != Pos::UNK;
  if (tagger_ && !tagged) tagger_->tag(tokens);
  if (lemmatizer_ && !tagged) lemmatizer_->lemmatize(tokens);
  a.tokens = std::move(tokens);
  const auto& toks = a.tokens;

  const std::vector<uint32_t> word_ids = dicts_->words->ids(toks);
  MentionScan ms = scan_mentions(*dicts_, toks, word_ids, date);
  a.parse = shallow_parse(toks, ms.name_span_of_token);
  a.units = build_units(toks, a.parse, ms.mentions);
  if (discourse) resolve_references(toks, a.units, *discourse);
  if (ms.sentence_discard) {
    a.discarded = true;
    a.story_discard = ms.story_discard;
    a.notes.push_back(std::string(ms.story_discard ? "story" : "sentence") +
                      " discarded by \"" + ms.discard_phrase + "\"");
    return a;
  }
  SentenceView v = make_view(toks, a.parse, a.units, *dicts_, word_ids);
  a.verbs = find_verb_hits(v);

  // The sentence's text, for the events and quantities that carry it (made on first use).
  std::string sentence_text;
  bool sentence_text_made = false;
  auto text_of_sentence = [&]() -> const std::string& {
    if (sentence_text_made) return sentence_text;
    sentence_text_made = true;
    if (sentence_end > sentence_begin && sentence_end <= text.size())
      sentence_text = text.substr(sentence_begin, sentence_end - sentence_begin);
    // Every event copies its sentence: cut a pathological one (a huge token, a run of blanks)
    // on a UTF-8 character boundary so memory stays proportional to the number of events.
    if (sentence_text.size() > opts_.max_event_text_bytes) {
      size_t cut = opts_.max_event_text_bytes;
      while (cut > 0 && (static_cast<unsigned char>(sentence_text[cut]) & 0xC0) == 0x80) --cut;
      sentence_text.resize(cut);
    }
    return sentence_text;
  };

  std::vector<Candidate> cands;
  std::vector<int> coded_heads;
  // Turns a source unit and a target unit (or the members of a compound acting on each
  // other, or the null target "---") into events, one per pair of readings and direction.
  // Only sentences that yield an event need their time expressions.
  std::vector<TimeExpr> times;
  bool times_found = false;
  auto emit = [&](int src, int tgt, bool mutual, bool null_ok, const std::string& code_text,
                  TokenRange trigger, int head, const EntryRef& verb_ref,
                  const EntryRef& pattern_ref, bool speech) {
    auto [c1, c2] = split_code(code_text);
    if (!times_found) {
      times = find_time_expressions(toks, date);
      times_found = true;
    }
    const EventContext ctx = event_context(v, trigger, times, date);
    const EventLocation where = locate(v, trigger, places, main_place);
    const ActorUnit& su = a.units[src];
    std::vector<std::pair<const ActorReading*, const ActorReading*>> pairs;
    static const ActorReading kNull{"---", {}, {}};
    if (tgt >= 0 && !mutual) {
      for (const auto& s : su.readings)
        for (const auto& t : a.units[tgt].readings) pairs.push_back({&s, &t});
    } else if (su.compound) {
      // "Gondor and Osgiliath renewed ties": the members act on each other.
      for (const auto& s : su.readings)
        for (const auto& t : su.readings)
          if (&s != &t) pairs.push_back({&s, &t});
    } else if (null_ok) {
      for (const auto& s : su.readings) pairs.push_back({&s, &kNull});
    }
    for (auto [s, t] : pairs) {
      if (s->code == t->code) continue;
      for (int dir = 0; dir < 2; ++dir) {
        const std::string& code = dir == 0 ? c1 : c2;
        if (!codable(code)) continue;
        if (dir == 1 && t->code == "---") continue;
        const ActorReading* from = dir == 0 ? s : t;
        const ActorReading* to = dir == 0 ? t : s;
        Candidate c;
        Event& e = c.ev;
        e.article = article_id;
        e.sentence = sentence_index;
        e.text = text_of_sentence();
        e.date = format_date(ctx.date);
        e.article_date = format_date(date);
        e.historical = ctx.historical;
        e.status = ctx.status;
        e.evidence.date = span_of(toks, ctx.date_range);
        e.location = where;
        e.source_location = actor_place(v, from->range, places);
        e.target_location = actor_place(v, to->range, places);
        if (ctx.attribution_unit >= 0 && !a.units[ctx.attribution_unit].readings.empty()) {
          e.attributed_to = a.units[ctx.attribution_unit].readings.front().code;
          e.attribution = span_of(toks, ctx.attribution_verb);
        }
        e.source = from->code;
        e.target = to->code;
        e.code = code;
        if (table_) {
          if (const CameoInfo* info = table_->find(code)) {
            e.root = table_->root(code);
            e.quad = table_->quad(code);
            e.goldstein = info->goldstein;
          }
        }
        if (plover_) {
          if (const PloverInfo* p = plover_->find(code)) {
            e.plover_event = p->event;
            e.plover_mode = p->mode;
            e.plover_context = p->context;
          }
        }
        e.evidence.source = span_of(toks, from->range);
        e.evidence.target = span_of(toks, to->range);
        e.evidence.verb = span_of(toks, trigger);
        e.evidence.source_entries = from->entries;
        e.evidence.target_entries = to->entries;
        e.evidence.verb_entry = verb_ref;
        e.evidence.pattern = pattern_ref;
        e.coder = coder_id();
        e.id = event_id(e);
        c.verb_pos = head;
        c.source_unit_begin = su.range.begin;
        c.speech = speech;
        cands.push_back(std::move(c));
      }
    }
  };
  for (const VerbHit& hit : a.verbs) {
    Decision d = decide_code(v, hit);
    if (!codable(d.code)) continue;
    int g = a.parse.vg_of_token[hit.head];
    bool negated = g >= 0 && a.parse.vgs[g].negated;
    if (negated && !d.match.covers_negation) {
      a.notes.push_back("negated, not coded: " + toks[hit.head].text);
      continue;
    }
    RoleContext rc;
    int src = d.match.source_unit, tgt = d.match.target_unit;
    if (src >= 0) rc.used.push_back(src);
    if (tgt >= 0) rc.used.push_back(tgt);
    int by_agent = (src < 0) ? find_by_agent(v, hit) : -1;
    int antecedent = -1;
    if (by_agent >= 0) {
      // Passive with an agent: "Eriador was opposed by Osgiliath" -> OSG -> ERI.
      src = by_agent;
      rc.used.push_back(src);
      if (tgt < 0) tgt = find_subject(v, hit.range.begin, rc, nullptr);
    } else {
      if (src < 0) src = find_subject(v, hit.range.begin, rc, &antecedent);
      if (src >= 0) rc.used.push_back(src);
      // An object relative clause ("the Wagner Group that the EU accuses of ...") acts on
      // its antecedent, whatever follows the verb.
      if (tgt < 0 && antecedent >= 0 && antecedent != src) tgt = antecedent;
      if (tgt < 0) tgt = find_target(v, hit.range.end, rc);
    }
    if (src < 0) continue;

    std::vector<ActorReading> null_target;
    bool null_ok = tgt < 0 && !opts_.require_dyad &&
                   has_object_phrase(v, hit.range.end, scope_end(v, hit.range.end));
    EntryRef verb_ref, pattern_ref;
    if (d.entry) verb_ref = {d.entry->name, d.entry->code, d.entry->origin};
    if (d.pattern) pattern_ref = {d.pattern->text, d.pattern->code, d.pattern->origin};
    bool speech = is_speech_lemma(toks[hit.head].lemma) ||
                  (d.entry && is_speech_lemma(d.entry->lemma));
    size_t before = cands.size();
    emit(src, tgt, false, null_ok, d.code, hit.range, hit.head, verb_ref, pattern_ref, speech);
    if (cands.size() > before) coded_heads.push_back(hit.head);
  }

  // Events said as nouns: "Macron's meeting with African leaders".
  for (const NounHit& nh : find_noun_events(v, a.verbs, coded_heads)) {
    const NounEvent& ne = dicts_->set.nouns[nh.entry];
    EntryRef noun_ref{ne.phrases.empty() ? "" : ne.phrases.front().text, ne.code, ne.origin};
    emit(nh.source_unit, nh.target_unit, nh.mutual, false, ne.code, nh.range,
         nh.range.end - 1, noun_ref, {}, false);
  }

  // Numbers and what they count, attached to the events of their clause.
  for (const QuantityHit& qh : find_quantities(v)) {
    Quantity q = qh.q;
    q.span = span_of(toks, qh.range);
    if (qh.actor_unit >= 0 && !a.units[qh.actor_unit].readings.empty())
      q.actor = a.units[qh.actor_unit].readings.front().code;
    if (qh.place_unit >= 0 && places) {
      for (const PlaceMention& pm : *places)
        if (a.units[qh.place_unit].range.contains(static_cast<int>(pm.token_begin)))
          q.location_country = pm.where.country;
    }
    int cb = clause_begin(v, qh.range.begin);
    bool attached = false;
    for (Candidate& c : cands) {
      if (clause_begin(v, c.verb_pos) != cb) continue;
      c.ev.quantities.push_back(q);
      attached = true;
    }
    if (!attached) {
      q.article = article_id;
      q.sentence = sentence_index;
      q.text = text_of_sentence();
      a.quantities.push_back(std::move(q));
    }
  }

  // A speech verb whose reported clause yields its own event is not coded itself:
  // "Macron says France will withdraw ..." is the withdrawal, attributed to Macron.
  // Only the first of several candidates with the same source, target and code is kept.
  // A sentence has a handful of events: a linear search beats building a set of strings.
  auto already_kept = [&](const Event& e) {
    for (const Event& k : a.events)
      if (k.code == e.code && k.source == e.source && k.target == e.target) return true;
    return false;
  };
  for (Candidate& c : cands) {
    if (c.speech) {
      bool reported = false;
      for (const Candidate& o : cands)
        if (!o.speech && o.verb_pos > c.verb_pos && o.source_unit_begin > c.verb_pos)
          reported = true;
      if (reported) {
        a.notes.push_back("speech event left to the reported event: " + c.ev.code);
        continue;
      }
    }
    if (already_kept(c.ev)) continue;
    a.events.push_back(std::move(c.ev));  // the speech test above reads no candidate's event
  }
  return a;
}

SentenceAnalysis Coder::code_single(const std::string& sentence, int date) const {
  Discourse d;
  return code_sentence(tokenize(sentence, 0), sentence, date, "explain", 0, 0,
                       static_cast<uint32_t>(sentence.size()), &d);
}

ArticleResult Coder::code_article(const Article& art) const {
  ArticleResult r;
  int date = parse_date(art.date);
  if (!looks_english(art.text)) {
    r.skipped = true;
    r.warnings.push_back("article " + art.id + ": not English, skipped");
    return r;
  }
  SegmentResult seg = segment(art.text, opts_.text);
  Discourse discourse;
  // Tag everything first: the place resolver reads the tags, the coder then reuses them.
  for (Sentence& s : seg.sentences) {
    if (s.boilerplate || s.tokens.empty()) continue;
    if (tagger_) tagger_->tag(s.tokens);
    if (lemmatizer_) lemmatizer_->lemmatize(s.tokens);
  }
  std::vector<std::vector<PlaceMention>> places;
  Location main_place;
  if (gazetteer_) {
    std::vector<PlaceMention> all = resolve_places(*gazetteer_, seg.sentences);
    main_place = article_main_place(all);
    places.resize(seg.sentences.size());
    for (auto& m : all)
      if (m.sentence >= 0 && m.sentence < static_cast<int>(places.size()))
        places[m.sentence].push_back(std::move(m));
  }
  for (auto& w : seg.warnings) r.warnings.push_back("article " + art.id + ": " + w);
  for (Sentence& s : seg.sentences) {
    if (s.boilerplate || s.tokens.empty()) continue;
    ++r.sentences;
    r.sentence_spans.push_back({s.index, s.begin, s.end});
    SentenceAnalysis sa =
        code_sentence(std::move(s.tokens), art.text, date, art.id, s.index, s.begin, s.end,
                      &discourse, gazetteer_ ? &places[s.index] : nullptr,
                      gazetteer_ && main_place.known() ? &main_place : nullptr);
    if (sa.story_discard) {
      r.events.clear();
      r.skipped = true;
      r.warnings.push_back("article " + art.id + ": story discarded");
      return r;
    }
    for (auto& e : sa.events) r.events.push_back(std::move(e));
    for (auto& q : sa.quantities) r.quantities.push_back(std::move(q));
    if (r.events.size() > opts_.max_events_per_article) {
      r.events.resize(opts_.max_events_per_article);
      r.warnings.push_back("article " + art.id + ": more than " +
                           std::to_string(r.events.size()) +
                           " events (max_events_per_article): coding stopped at sentence " +
                           std::to_string(s.index));
      break;
    }
  }
  return r;
}

}  // namespace dyad
