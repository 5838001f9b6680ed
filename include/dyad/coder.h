// The coder: tagged sentences + compiled dictionaries -> events with provenance.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "dyad/article.h"
#include "dyad/cameo.h"
#include "dyad/dictionary.h"
#include "dyad/event.h"
#include "dyad/geo.h"
#include "dyad/plover.h"
#include "dyad/parse.h"
#include "dyad/tagger.h"
#include "dyad/text.h"

namespace dyad {

struct CoderOptions {
  // Code only events with both a source and a target actor (PETRARCH's require_dyad).
  // When false, an event with a source but no coded target gets the target "---".
  bool require_dyad = true;
  TextOptions text;
  // Bounds on the work and memory one article can cost (README "Limits"). Real news stays far
  // below both (Reuters-21578 with the Phoenix dictionaries: at most 183 events per article,
  // sentences of at most 1,159 bytes); hostile input ("A and B and ... attacked C and D and
  // ...", a sentence padded with a megabyte of blanks) would otherwise make an article's
  // events hundreds of times larger than its text.
  size_t max_events_per_article = 10000;  // then the rest of the article is not coded (warning)
  size_t max_event_text_bytes = 4096;     // Event::text, the sentence, is cut beyond this
};

// One actor reading of a phrase: "FRAMIL" from "French" + "forces".
struct ActorReading {
  std::string code;
  std::vector<EntryRef> entries;  // the actor and agent entries that built it
  TokenRange range;               // the member phrase it was read from
};

// A noun phrase, or several joined ("France and Germany", "soldiers from Mali"), with the
// actor codes it stands for. Units without readings are kept: patterns may skip them.
struct ActorUnit {
  TokenRange range;
  std::vector<ActorReading> readings;  // one per member of a compound (or per code of a
                                       // multi-code actor); empty when not an actor
  bool compound = false;               // two or more members joined by and/or/nor
};

// A dictionary verb found in the sentence.
struct VerbHit {
  TokenRange range;   // every word of the verb form ("broken down")
  int head = 0;       // the verb word
  std::vector<uint32_t> entries;  // VerbEntry ids (a form may sit in several blocks)
};

// Everything the coder worked out for one sentence; `dyad explain` prints it.
struct SentenceAnalysis {
  std::vector<Token> tokens;
  ParsedSentence parse;
  std::vector<ActorUnit> units;
  std::vector<VerbHit> verbs;
  std::vector<Event> events;
  std::vector<Quantity> quantities;  // numbers no event of their clause carries
  std::vector<std::string> notes;   // discards, negations, suppressed events ...
  bool discarded = false;
  bool story_discard = false;
};

struct ArticleResult {
  std::vector<Event> events;
  std::vector<Quantity> quantities;  // stand-alone quantity records
  std::vector<std::string> warnings;  // non-English, cut sentences ...
  bool skipped = false;               // not coded at all (non-English, story discard)
  int sentences = 0;                  // sentences coded (boilerplate excluded)
  // The coded sentences themselves (index in the article and byte offsets into its text),
  // for stores that keep the evidence; boilerplate excluded.
  struct SentenceSpan {
    int index = 0;
    uint32_t begin = 0, end = 0;
  };
  std::vector<SentenceSpan> sentence_spans;
};

struct Discourse;  // what an article has said so far (code/coreference.h)

class Coder {
 public:
  Coder(std::shared_ptr<const CompiledDictionaries> dicts, std::shared_ptr<const Tagger> tagger,
        std::shared_ptr<const Lemmatizer> lemmatizer, std::shared_ptr<const CameoTable> table,
        CoderOptions opts = {});

  ArticleResult code_article(const Article& a) const;
  // Codes one sentence given as tokens over `text` (offsets refer to it). `date` is yyyymmdd.
  // With a `discourse`, pronouns ("he", "they") and definite descriptions ("the junta")
  // are resolved against the article so far, which the call then updates; without one (the
  // PETRARCH validation mode) the sentence stands alone.
  SentenceAnalysis code_sentence(std::vector<Token> tokens, const std::string& text, int date,
                                 const std::string& article_id, int sentence_index,
                                 uint32_t sentence_begin, uint32_t sentence_end,
                                 Discourse* discourse = nullptr,
                                 const std::vector<PlaceMention>* places = nullptr,
                                 const Location* main_place = nullptr) const;
  // code_sentence() for one stand-alone sentence with coreference inside it.
  SentenceAnalysis code_single(const std::string& sentence, int date) const;
  void set_options(const CoderOptions& o) { opts_ = o; }
  // With a gazetteer, events get locations (their clause's place, else their sentence's, else
  // the article's main place) and quantities their country.
  void set_gazetteer(std::shared_ptr<const Gazetteer> g) { gazetteer_ = std::move(g); }
  void set_plover(std::shared_ptr<const PloverTable> p) { plover_ = std::move(p); }
  const CoderOptions& options() const { return opts_; }
  const CompiledDictionaries& dictionaries() const { return *dicts_; }
  // "dyad <version> dict:<hash>": which coder made an event (made once: every event carries it).
  const std::string& coder_id() const { return coder_id_; }

 private:
  std::shared_ptr<const CompiledDictionaries> dicts_;
  std::shared_ptr<const Tagger> tagger_;
  std::shared_ptr<const Lemmatizer> lemmatizer_;
  std::shared_ptr<const CameoTable> table_;
  CoderOptions opts_;
  std::shared_ptr<const Gazetteer> gazetteer_;
  std::shared_ptr<const PloverTable> plover_;
  std::string coder_id_;
};

}  // namespace dyad
