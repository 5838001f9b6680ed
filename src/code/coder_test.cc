#include "dyad/coder.h"

#include <gtest/gtest.h>

#include "code/test_tokens.h"
#include "code/units.h"

namespace dyad {
namespace {

using testing::tagged;

const char* kActors = R"(
ARNOR [ARN]
GONDOR [GON]
+MINAS_TIRITH
MORDOR [MOR]
FRANCE [FRA]
+FRENCH
MALI [MLI]
+MALIAN
EMMANUEL_MACRON [FRAGOV >170514]
+MACRON
THE_SHIRE [FRO/BIL/SAM]
ERIADOR [ERI]
OSGILIATH [OSG]
)";
const char* kAgents = R"(
TROOPS {} [~MIL]
ARMY [~MIL]
GOVERNMENT [~GOV]
MEDIA {} [~MED]
SOLDIER [~MIL]
OFFICIAL [~GOV]
MSF {} [NGO~]
INSURGENT [~REB]
)";
const char* kVerbs = R"(
&MILITARY
+TROOPS
+SOLDIERS

--- RESTORE [064] ---
RESTORE
- * TIES [064]

--- WITHDRAW [087] ---
WITHDRAW {WITHDRAWS WITHDREW WITHDRAWN WITHDRAWING}
- * &MILITARY [0874]

--- ATTACK [190] ---
ATTACK

--- LEFT [032:033] ---
LEFT

--- SAY [010] ---
SAY {SAYS SAID}

--- OPPOSE [112] ---
OPPOSE

--- INVITE [036] ---
INVITE

--- SHOT [223] ---
SHOT
- + WAS * DEAD IN $ [224]

--- RENEW [064] ---
RENEW
- % * [064:064]
)";

class CoderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    DictionarySet set;
    parse_actors(kActors, "actors", set);
    parse_agents(kAgents, "agents", set);
    parse_verbs(kVerbs, "verbs", set);
    ASSERT_TRUE(set.diagnostics.empty()) << set.diagnostics.front().message;
    coder_ = std::make_unique<Coder>(compile(std::move(set)), nullptr, nullptr, nullptr);
  }
  std::vector<std::string> code(const std::string& spec, int date = 20220217,
                                bool require_dyad = true) {
    CoderOptions o;
    o.require_dyad = require_dyad;
    coder_->set_options(o);
    return testing::coded(*coder_, spec, date);
  }
  std::unique_ptr<Coder> coder_;
};

using V = std::vector<std::string>;

TEST_F(CoderTest, SubjectVerbObject) {
  EXPECT_EQ(code("Arnor/NNP is/VBZ/BE about/IN to/TO restore/VB full/JJ ties/NNS with/IN "
                 "Gondor/NNP ./."),
            V{"ARN GON 064"});
}

TEST_F(CoderTest, ReportedSpeechCodesTheReportedEventWithItsOwnSource) {
  EXPECT_EQ(code("President/NNP Emmanuel/NNP Macron/NNP says/VBZ/SAY France/NNP will/MD "
                 "withdraw/VB its/PRP$ troops/NNS from/IN Mali/NNP"),
            V{"FRA MLI 0874"});
}

TEST_F(CoderTest, AgentsCombineWithCountryAdjectives) {
  EXPECT_EQ(code("The/DT insurgents/NNS/INSURGENT began/VBD attacking/VBG/ATTACK the/DT "
                 "Malian/JJ army/NN"),
            V{"---REB MLIMIL 190"});
}

TEST_F(CoderTest, NegatedVerbIsNotCoded) {
  EXPECT_TRUE(code("Mali/NNP leaders/NNS were/VBD/BE not/RB invited/VBN/INVITE by/IN "
                   "France/NNP").empty());
}

TEST_F(CoderTest, PassiveWithAgentSwapsRoles) {
  EXPECT_EQ(code("Eriador/NNP was/VBD/BE opposed/VBN/OPPOSE by/IN Osgiliath/NNP"),
            V{"OSG ERI 112"});
}

TEST_F(CoderTest, PairedCodesGiveTwoEvents) {
  EXPECT_EQ(code("Arnor/NNP left/VBD/LEAVE for/IN Minas/NNP Tirith/NNP"),
            (V{"ARN GON 032", "GON ARN 033"}));
}

TEST_F(CoderTest, CompoundSourceAndMultiCodeActor) {
  EXPECT_EQ(code("Arnor/NNP and/CC Mordor/NNP restored/VBD/RESTORE ties/NNS with/IN The/DT "
                 "Shire/NNP"),
            (V{"ARN FRO 064", "ARN BIL 064", "ARN SAM 064", "MOR FRO 064", "MOR BIL 064",
               "MOR SAM 064"}));
}

TEST_F(CoderTest, PatternSourceAndTargetMarkers) {
  EXPECT_EQ(code("An/DT Eriador/NNP was/VBD/BE shot/VBN dead/JJ in/IN Osgiliath/NNP"),
            V{"OSG ERI 224"});
}

TEST_F(CoderTest, CompoundWithoutTargetCodesEachOther) {
  EXPECT_EQ(code("Arnor/NNP and/CC Gondor/NNP have/VBP/HAVE renewed/VBN/RENEW ties/NNS"),
            (V{"ARN GON 064", "GON ARN 064"}));
}

TEST_F(CoderTest, DatedRoleNeedsTheDate) {
  EXPECT_EQ(code("Macron/NNP restored/VBD/RESTORE ties/NNS with/IN Mali/NNP", 20220217),
            V{"FRAGOV MLI 064"});
  EXPECT_TRUE(code("Macron/NNP restored/VBD/RESTORE ties/NNS with/IN Mali/NNP", 20100101).empty());
}

TEST_F(CoderTest, NullTargetOnlyWhenAllowed) {
  auto spec = "a/DT senior/JJ official/NN said/VBD/SAY on/IN Saturday/NNP";
  EXPECT_TRUE(code(spec).empty());
  EXPECT_EQ(code(spec, 20220217, false), V{"---GOV --- 010"});
}

TEST_F(CoderTest, EvidenceCarriesSpansAndEntries) {
  auto tt = tagged("France/NNP will/MD withdraw/VB its/PRP$ troops/NNS from/IN Mali/NNP");
  auto a = coder_->code_sentence(tt.tokens, tt.text, 20220217, "art", 3, 0,
                                 static_cast<uint32_t>(tt.text.size()));
  ASSERT_EQ(a.events.size(), 1u);
  const Event& e = a.events[0];
  EXPECT_EQ(e.article, "art");
  EXPECT_EQ(e.sentence, 3);
  EXPECT_EQ(e.text, tt.text);
  EXPECT_EQ(tt.text.substr(e.evidence.source.begin, e.evidence.source.end - e.evidence.source.begin),
            "France");
  EXPECT_EQ(tt.text.substr(e.evidence.target.begin, e.evidence.target.end - e.evidence.target.begin),
            "Mali");
  EXPECT_EQ(tt.text.substr(e.evidence.verb.begin, e.evidence.verb.end - e.evidence.verb.begin),
            "withdraw");
  EXPECT_EQ(e.evidence.pattern.code, "0874");
  ASSERT_FALSE(e.evidence.source_entries.empty());
  EXPECT_EQ(e.evidence.source_entries[0].code, "FRA");
  EXPECT_EQ(e.id.size(), 16u);
}

// README "Limits": an event carries its sentence, cut at max_event_text_bytes.
TEST_F(CoderTest, EventTextIsCutAtTheLimit) {
  auto tt = tagged("Arnor/NNP attacked/VBD/ATTACK Gondor/NNP");
  CoderOptions o;
  o.max_event_text_bytes = 10;
  coder_->set_options(o);
  auto a = coder_->code_sentence(tt.tokens, tt.text, 20220217, "t", 0, 0,
                                 static_cast<uint32_t>(tt.text.size()));
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_EQ(a.events[0].text, "Arnor atta");
}

// README "Limits": an article stops being coded once it has max_events_per_article events.
TEST(CoderLimits, ArticleStopsAtMaxEvents) {
  auto tagger = Tagger::load();
  auto lemmatizer = Lemmatizer::load();
  if (!tagger || !lemmatizer) GTEST_SKIP() << "tagger or WordNet data not installed";
  DictionarySet set;
  parse_actors(kActors, "actors", set);
  parse_verbs(kVerbs, "verbs", set);
  CoderOptions o;
  o.max_events_per_article = 2;
  Coder coder(compile(std::move(set)), *tagger, *lemmatizer, nullptr, o);
  Article art;
  art.id = "many";
  art.date = "2022-02-17";
  // Stop words, or the language check would skip the article.
  for (int i = 0; i < 5; ++i) art.text += "It is the day that Arnor attacked Gondor. And then Mordor was attacking France. ";
  ArticleResult r = coder.code_article(art);
  EXPECT_EQ(r.events.size(), 2u);
  bool warned = false;
  for (const auto& w : r.warnings) warned |= w.find("max_events_per_article") != std::string::npos;
  EXPECT_TRUE(warned);
  o.max_events_per_article = 10000;
  coder.set_options(o);
  EXPECT_EQ(coder.code_article(art).events.size(), 10u) << "each sentence codes one event";
}

TEST(Acronyms, NativeCapitalisedAcronymsMatchOnlyCapitals) {
  DictionarySet set;
  parse_native("actor\tUSA\tUS\nactor\tMLI\tMali\nverb\tATTACK\t190\tattack\n",
               "test.dyad", set);
  ASSERT_TRUE(set.diagnostics.empty());
  Coder coder(compile(std::move(set)), nullptr, nullptr, nullptr);
  auto code = [&](const std::string& spec) { return testing::coded(coder, spec); };
  EXPECT_EQ(code("US/NNP forces/NNS attacked/VBD/ATTACK Mali/NNP"), V{"USA MLI 190"});
  EXPECT_TRUE(code("Mali/NNP attacked/VBD/ATTACK us/PRP").empty());
}

TEST(ComposeCode, SkipsRedundantAgents) {
  Mention gov;
  gov.codes = {"GOV"};
  Mention ngo;
  ngo.codes = {"NGO"};
  ngo.prefix = true;
  EXPECT_EQ(compose_code("USAGOV", {&gov}), "USAGOV");
  EXPECT_EQ(compose_code("ARN", {&ngo, &gov}), "NGOARNGOV");
  EXPECT_EQ(compose_code("", {&gov}), "---GOV");
  EXPECT_EQ(compose_code("", {&ngo}), "NGO");
}

}  // namespace
}  // namespace dyad
