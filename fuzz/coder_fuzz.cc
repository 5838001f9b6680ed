// libFuzzer target: the whole coder (segment, tag, lemmatize, parse, match, emit) on arbitrary
// text as one article, then the JSON Lines writer on every event. The coder is built once from
// the small dictionaries below (written for this target: a few actors with dated roles,
// agents, synsets, patterns of every kind and noun events) with the real tagger and lemmatizer when they
// load (scripts/setup installs them; without them the coder runs untagged). Checks: events
// carry codes and actors, evidence spans lie inside the text, and every line written is JSON.
#include <nlohmann/json.hpp>
#include <memory>
#include <sstream>

#include "dyad/cameo.h"
#include "dyad/coder.h"
#include "dyad/io.h"
#include "fuzz_check.h"

namespace {

constexpr const char* kActors = R"(GONDOR_ [GON]
+MINAS_TIRITH_
+GONDORIAN_
DENETHOR_ [GONGOV 20100101-20191231]
[GONELI]
MORDOR_ [MOR/ORC]
ROHAN_ [ROH]
+EDORAS_
THEODEN_ [ROHGOV >20050101]
FRANCE_ [FRA]
+FRENCH_
MALI_ [MLI]
+MALIAN_
UNITED_NATIONS_ [IGOUNO]
+UN_
)";

constexpr const char* kAgents = R"(TROOP [~MIL]
SOLDIER [~MIL]
ARMY {ARMIES} [~MIL]
GOVERNMENT [~GOV]
PRESIDENT [~GOV]
REBEL [~REB]
CHARITY {CHARITIES} [NGO~]
)";

constexpr const char* kDiscards = R"(ALL RIGHTS RESERVED
+WORLD_CUP
)";

constexpr const char* kVerbs = R"(&TROOPS
+TROOPS
+SOLDIERS
+ARMED_FORCES
&AID
+AID
+FOOD_AID

--- SAY [010] ---
SAY {SAYS SAYING SAID}

--- MEET [040] ---
MEET {MEETS MEETING MET}
- * + (IN %) [043]
- % * [040:040]

--- WITHDRAW [---] ---
WITHDRAW {WITHDRAWS WITHDRAWING WITHDREW WITHDRAWN}
+PULL_OUT {+PULLS_OUT +PULLING_OUT +PULLED_OUT}
- * &TROOPS (FROM +) [0874]
- &TROOPS * [0874]
- * NOT_+ [0874]

--- ATTACK [190] ---
ATTACK
STRIKE {STRIKES STRIKING STRUCK STRICKEN}
- * + (WITH {HEAVY ARTILLERY}) [194]
- $ ^ * + [190]

--- SEND [---] ---
SEND {SENDS SENDING SENT}
- * &AID (TO +) [0233:0233]
- * ^ &TROOPS_TO + [0874]
)";

// dyad's own format adds events said as nouns ("Gondor's meeting with Rohan").
constexpr const char* kNative =
    "noun\t040\tmeeting; talks{}\twith +; between %\n"
    "noun\t042\tvisit\tto +; of $; by $\n"
    "actor\tOSG@2010-01-01..2014-12-31; OSGGOV\tOsgiliath\n";

std::shared_ptr<const dyad::Coder> make_coder() {
  dyad::DictionarySet set;
  dyad::parse_actors(kActors, "fuzz.actors.txt", set);
  dyad::parse_agents(kAgents, "fuzz.agents.txt", set);
  dyad::parse_discards(kDiscards, "fuzz.discards.txt", set);
  dyad::parse_verbs(kVerbs, "fuzz.verbs.txt", set);
  dyad::parse_native(kNative, "fuzz.dyad", set);
  // The dictionaries above are meant to load cleanly: say so if a format change breaks them.
  for (const auto& d : set.diagnostics)
    std::fprintf(stderr, "coder_fuzz: dictionary problem %s: %s\n", d.origin.c_str(),
                 d.message.c_str());
  auto dicts = dyad::compile(std::move(set));
  std::shared_ptr<const dyad::Tagger> tagger;
  std::shared_ptr<const dyad::Lemmatizer> lemmatizer;
  std::shared_ptr<const dyad::CameoTable> table;
  if (auto t = dyad::Tagger::load()) tagger = *t;
  if (auto l = dyad::Lemmatizer::load()) lemmatizer = *l;
  if (auto c = dyad::CameoTable::load()) table = std::make_shared<const dyad::CameoTable>(*c);
  dyad::CoderOptions opts;
  opts.text.max_sentence_tokens = 60;  // keep inputs cheap; cutting is covered too
  return std::make_shared<const dyad::Coder>(dicts, tagger, lemmatizer, table, opts);
}

bool inside(const dyad::Span& s, size_t size) { return s.begin <= s.end && s.end <= size; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::shared_ptr<const dyad::Coder> coder = make_coder();
  dyad::Article a;
  a.id = "fuzz";
  a.date = "2015-06-01";
  a.text.assign(reinterpret_cast<const char*>(data), size);
  const dyad::ArticleResult r = coder->code_article(a);
  std::ostringstream out;
  for (const dyad::Event& e : r.events) {
    DYAD_FUZZ_CHECK(!e.code.empty() && !e.source.empty() && !e.target.empty());
    DYAD_FUZZ_CHECK(e.article == "fuzz" && e.sentence >= 0);
    DYAD_FUZZ_CHECK(inside(e.evidence.source, size) && inside(e.evidence.target, size) &&
                    inside(e.evidence.verb, size) && inside(e.evidence.date, size));
    dyad::write_event_jsonl(out, e);
  }
  std::istringstream lines(out.str());
  std::string line;
  while (std::getline(lines, line)) DYAD_FUZZ_CHECK(nlohmann::json::accept(line));
  return 0;
}
