// parse_native: every record kind, the override and ordering rules, and diagnostics.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "dict/irregular_verbs.h"
#include "dyad/dictionary.h"

namespace dyad {
namespace {

using Words = std::vector<std::string>;

DictionarySet parse(std::string_view text, const std::string& name = "t.dyad") {
  DictionarySet s;
  parse_native(text, name, s);
  return s;
}

std::vector<Words> words_of(const std::vector<Phrase>& ps) {
  std::vector<Words> out;
  for (const auto& p : ps) out.push_back(p.words);
  return out;
}

std::string diagnostics(const DictionarySet& s) {
  std::string out;
  for (const auto& d : s.diagnostics) out += d.origin + ": " + d.message + "\n";
  return out;
}

bool has_form(const VerbEntry& e, const Words& w) {
  return std::any_of(e.forms.begin(), e.forms.end(),
                     [&](const VerbForm& f) { return f.words == w; });
}

TEST(NativeActor, PhrasesAndCodes) {
  auto s = parse("actor\tFRA\tFrance; French Republic; French; Paris; Élysée\n");
  ASSERT_TRUE(s.diagnostics.empty()) << diagnostics(s);
  ASSERT_EQ(s.actors.size(), 1u);
  const ActorEntry& a = s.actors[0];
  EXPECT_EQ(words_of(a.phrases), (std::vector<Words>{{"FRANCE"}, {"FRENCH", "REPUBLIC"},
                                                     {"FRENCH"}, {"PARIS"}, {"ÉLYSéE"}}));
  EXPECT_EQ(a.phrases[1].text, "French Republic");
  EXPECT_EQ(a.phrases[1].origin, "t.dyad:1");
  ASSERT_EQ(a.codes.size(), 1u);
  EXPECT_EQ(a.codes[0].codes, Words{"FRA"});
  EXPECT_FALSE(a.codes[0].restricted);
}

TEST(NativeActor, TokenizerWords) {
  auto s = parse("actor\tMLIMIL@2020-08-18..; MLIGOV@2021-05-28..\tAssimi Goïta; Goïta\n"
                 "actor\tUSA\tU.S.; United States\n"
                 "actor\tIMGMOSAQM\tal-Qaeda in the Islamic Maghreb; AQIM\n");
  ASSERT_TRUE(s.diagnostics.empty()) << diagnostics(s);
  ASSERT_EQ(s.actors.size(), 3u);
  EXPECT_EQ(s.actors[0].phrases[1].words, Words{"GOïTA"});
  EXPECT_EQ(s.actors[0].codes.size(), 2u);
  EXPECT_TRUE(s.actors[0].codes[0].restricted);
  EXPECT_EQ(s.actors[1].phrases[0].words, Words{"U.S."});
  EXPECT_EQ(s.actors[2].phrases[0].words, (Words{"AL-QAEDA", "IN", "THE", "ISLAMIC", "MAGHREB"}));
}

TEST(NativeActor, SeveralUndatedCodes) {
  auto s = parse("actor\tFRO; BIL\tFrodo Baggins\n");
  ASSERT_EQ(s.actors.size(), 1u);
  ASSERT_EQ(s.actors[0].codes.size(), 1u);
  EXPECT_EQ(s.actors[0].codes[0].codes, (Words{"FRO", "BIL"}));
  EXPECT_EQ(s.actors[0].codes_at(20200101)->codes.size(), 2u);
}

TEST(NativeAgent, SuffixPrefixAndPlurals) {
  auto s = parse("agent\t~MIL\ttroops{}; soldiers{}; army; armed forces{}\n"
                 "agent\tNGO~\taid worker\n"
                 "agent\t~CVL\tman{men}; police{}\n");
  ASSERT_TRUE(s.diagnostics.empty()) << diagnostics(s);
  ASSERT_EQ(s.agents.size(), 3u);
  EXPECT_EQ(s.agents[0].code, "MIL");
  EXPECT_FALSE(s.agents[0].prefix);
  EXPECT_EQ(s.agents[0].origin, "t.dyad:1");
  EXPECT_EQ(words_of(s.agents[0].phrases),
            (std::vector<Words>{{"TROOPS"}, {"SOLDIERS"}, {"ARMY"}, {"ARMIES"}, {"ARMED", "FORCES"}}));
  EXPECT_EQ(s.agents[1].code, "NGO");
  EXPECT_TRUE(s.agents[1].prefix);
  EXPECT_EQ(words_of(s.agents[1].phrases),
            (std::vector<Words>{{"AID", "WORKER"}, {"AID", "WORKERS"}}));
  EXPECT_EQ(words_of(s.agents[2].phrases), (std::vector<Words>{{"MAN"}, {"MEN"}, {"POLICE"}}));
}

TEST(NativeDiscard, SentenceAndStory) {
  auto s = parse("discard\tstory\tWorld Cup; Champions League\ndiscard\tsentence\tAll rights reserved\n");
  ASSERT_TRUE(s.diagnostics.empty()) << diagnostics(s);
  ASSERT_EQ(s.discards.size(), 3u);
  EXPECT_TRUE(s.discards[0].story);
  EXPECT_EQ(s.discards[1].phrase.words, (Words{"CHAMPIONS", "LEAGUE"}));
  EXPECT_FALSE(s.discards[2].story);
  EXPECT_EQ(s.discards[2].phrase.origin, "t.dyad:2");
}

TEST(NativeSynset, MembersWithPluralsAndLinesAddUp) {
  auto s = parse("synset\tMILITARY\ttroops{}; soldier; army\n"
                 "synset\t&MILITARY\tforces{}\n"
                 "synset\tSTAFF\tofficial; &MILITARY\n");
  ASSERT_TRUE(s.diagnostics.empty()) << diagnostics(s);
  ASSERT_EQ(s.synsets.size(), 2u);
  EXPECT_EQ(s.synsets[0].name, "MILITARY");
  EXPECT_EQ(s.synsets[0].members,
            (std::vector<Words>{{"TROOPS"}, {"SOLDIER"}, {"SOLDIERS"}, {"ARMY"}, {"ARMIES"},
                                {"FORCES"}}));
  EXPECT_EQ(s.synsets[1].members.size(), 2u + 6u) << "&MILITARY expands";
}

TEST(NativeSynset, ReferencesSettleAcrossChainsAndCycles) {
  auto s = parse("synset\tA\ta{}; &B\nsynset\tB\tb{}; &C\nsynset\tC\tc{}; &A\n");
  ASSERT_TRUE(s.diagnostics.empty()) << diagnostics(s);
  for (const Synset& x : s.synsets) EXPECT_EQ(x.members.size(), 3u) << x.name;
  auto bad = parse("synset\tA\ta; &NOPE\n");
  ASSERT_EQ(bad.diagnostics.size(), 1u);
  EXPECT_NE(bad.diagnostics[0].message.find("&NOPE"), std::string::npos);
}

TEST(NativeVerb, BlockEntriesAndForms) {
  auto s = parse("verb\tWITHDRAW\t---\twithdraw; pull out; pull back\n"
                 "verb\tWITHDRAW\t087\tretreat\n");
  ASSERT_TRUE(s.diagnostics.empty()) << diagnostics(s);
  ASSERT_EQ(s.verb_blocks.size(), 1u);
  EXPECT_EQ(s.verb_blocks[0].name, "WITHDRAW");
  EXPECT_EQ(s.verb_blocks[0].code, "---");
  EXPECT_EQ(s.verb_blocks[0].origin, "t.dyad:1");
  ASSERT_EQ(s.verbs.size(), 4u);
  EXPECT_EQ(s.verbs[0].lemma, "WITHDRAW");
  EXPECT_EQ(s.verbs[0].code, "---");
  EXPECT_EQ(s.verbs[0].block, 0);
  EXPECT_EQ(s.verbs[1].name, "pull out");
  EXPECT_TRUE(has_form(s.verbs[1], {"PULLED", "OUT"}));
  EXPECT_EQ(s.verbs[3].code, "087") << "a line's code goes to its entries";
  EXPECT_EQ(s.verbs[3].block, 0);
  EXPECT_TRUE(has_form(s.verbs[3], {"RETREATED"}));
}

TEST(NativeVerb, IrregularFormsFromWordNet) {
  if (dict::IrregularVerbs::wordnet().lemmas() == 0)
    GTEST_SKIP() << dict::kWordNetVerbExceptions << " not installed (Debian wordnet-base)";
  auto s = parse("verb\tWITHDRAW\t087\twithdraw\nverb\tFIGHT\t190\tfight\n");
  ASSERT_EQ(s.verbs.size(), 2u);
  EXPECT_TRUE(has_form(s.verbs[0], {"WITHDREW"}));
  EXPECT_TRUE(has_form(s.verbs[0], {"WITHDRAWN"}));
  EXPECT_TRUE(has_form(s.verbs[1], {"FOUGHT"}));
}

TEST(NativeVerb, DuplicateLemmaInAFileIsReported) {
  auto s = parse("verb\tA\t010\tsay\nverb\tB\t020\tappeal; say\nverb\tC\t030\tclaim; claim\n");
  EXPECT_EQ(s.verbs.size(), 1u);
  ASSERT_EQ(s.diagnostics.size(), 2u) << diagnostics(s);
  EXPECT_EQ(s.diagnostics[0].origin, "t.dyad:2");
  EXPECT_NE(s.diagnostics[0].message.find("line 1"), std::string::npos);
}

TEST(NativePattern, AttachesToItsBlock) {
  auto s = parse("pattern\tWITHDRAW\t0874\t* &MILITARY (from +)\n"  // before its verb line
                 "synset\tMILITARY\ttroops{}\n"
                 "verb\tWITHDRAW\t---\twithdraw\n"
                 "pattern\twithdraw\t032:033\t$ * +\n");
  ASSERT_TRUE(s.diagnostics.empty()) << diagnostics(s);
  ASSERT_EQ(s.verb_blocks.size(), 1u);
  const auto& ps = s.verb_blocks[0].patterns;
  ASSERT_EQ(ps.size(), 2u);
  EXPECT_EQ(ps[0].code, "0874");
  EXPECT_EQ(ps[0].text, "* &MILITARY (from +)");
  EXPECT_EQ(ps[0].origin, "t.dyad:1");
  EXPECT_TRUE(ps[0].pre.empty());
  ASSERT_EQ(ps[0].post.size(), 3u);
  EXPECT_EQ(ps[0].post[0].kind, PatKind::Synset);
  EXPECT_EQ(ps[0].post[0].word, "MILITARY");
  EXPECT_EQ(ps[0].post[1].word, "FROM");
  EXPECT_EQ(ps[0].post[2].kind, PatKind::Target);
  EXPECT_EQ(ps[0].groups.size(), 1u);
  EXPECT_EQ(ps[1].code, "032:033");
  EXPECT_EQ(ps[1].pre[0].kind, PatKind::Source);
}

TEST(NativePattern, BlocksAndSynsetsFromEarlierFiles) {
  DictionarySet s;
  parse_native("synset\tMILITARY\ttroops{}\nverb\tWITHDRAW\t---\twithdraw\n", "a.dyad", s);
  parse_native("pattern\tWITHDRAW\t0874\t* &MILITARY\nsynset\tMILITARY\tlegionnaires{}\n",
               "b.dyad", s);
  ASSERT_TRUE(s.diagnostics.empty()) << diagnostics(s);
  ASSERT_EQ(s.synsets.size(), 1u);
  EXPECT_EQ(s.synsets[0].members, (std::vector<Words>{{"TROOPS"}, {"LEGIONNAIRES"}}));
  EXPECT_EQ(s.verb_blocks[0].patterns.size(), 1u);
  EXPECT_EQ(s.verb_blocks[0].patterns[0].origin, "b.dyad:1");
}

TEST(NativePattern, Errors) {
  auto s = parse("verb\tW\t---\twithdraw\n"
                 "pattern\tNOBLOCK\t087\t* +\n"  // 2
                 "pattern\tW\t087\t+ &UNDEFINED *\n"  // 3
                 "pattern\tW\t087\tno star\n"  // 4
                 "pattern\tW\t87a\t* +\n"  // 5
                 "pattern\tW\t087\t* (+\n");  // 6
  EXPECT_TRUE(s.verb_blocks[0].patterns.empty());
  ASSERT_EQ(s.diagnostics.size(), 5u) << diagnostics(s);
  for (int i = 0; i < 5; ++i) EXPECT_EQ(s.diagnostics[i].origin, "t.dyad:" + std::to_string(i + 2));
  EXPECT_NE(s.diagnostics[0].message.find("NOBLOCK"), std::string::npos);
  EXPECT_NE(s.diagnostics[1].message.find("&UNDEFINED"), std::string::npos);
}

TEST(NativeNoun, NounsPluralsAndFrames) {
  auto s = parse("noun\t0874\twithdrawal; pullout\tof $ ; from +\n"
                 "noun\t036:036\ttalks{}\tbetween %; with +\n");
  ASSERT_TRUE(s.diagnostics.empty()) << diagnostics(s);
  ASSERT_EQ(s.nouns.size(), 2u);
  const NounEvent& w = s.nouns[0];
  EXPECT_EQ(w.code, "0874");
  EXPECT_EQ(w.origin, "t.dyad:1");
  EXPECT_EQ(words_of(w.phrases),
            (std::vector<Words>{{"WITHDRAWAL"}, {"WITHDRAWALS"}, {"PULLOUT"}, {"PULLOUTS"}}));
  ASSERT_EQ(w.frames.size(), 2u);
  EXPECT_EQ(w.frames[0].prep, "OF");
  EXPECT_EQ(w.frames[0].role, PatKind::Source);
  EXPECT_EQ(w.frames[1].prep, "FROM");
  EXPECT_EQ(w.frames[1].role, PatKind::Target);
  EXPECT_EQ(words_of(s.nouns[1].phrases), (std::vector<Words>{{"TALKS"}}));
  EXPECT_EQ(s.nouns[1].frames[0].role, PatKind::Compound);
  EXPECT_EQ(s.nouns[1].frames[0].prep, "BETWEEN");
}

TEST(NativeNoun, BadFrames) {
  for (const char* frames : {"of", "of $ +", "of x", "of$", "in front of +"}) {
    auto s = parse(std::string("noun\t0874\twithdrawal\t") + frames + "\n");
    EXPECT_TRUE(s.nouns.empty()) << frames;
    EXPECT_EQ(s.diagnostics.size(), 1u) << frames;
  }
}

TEST(NativeFile, CommentsBlankLinesAndHash) {
  const std::string text =
      "# dyad test dictionary\n\n   \n"
      "actor\tFRA\tFrance  # trailing comment\n"
      "\t# indented comment\r\n"
      "actor\tMLI\tMali\r\n";
  auto s = parse(text, "x.dyad");
  ASSERT_TRUE(s.diagnostics.empty()) << diagnostics(s);
  ASSERT_EQ(s.actors.size(), 2u);
  EXPECT_EQ(s.actors[0].phrases[0].text, "France");
  EXPECT_EQ(s.actors[1].phrases[0].origin, "x.dyad:6");
  EXPECT_EQ(s.files, Words{"x.dyad"});
  EXPECT_NE(s.content_hash, DictionarySet().content_hash);
  EXPECT_EQ(s.content_hash, parse(text).content_hash) << "the hash covers the bytes only";
  EXPECT_NE(s.content_hash, parse(text + "\n").content_hash);
}

TEST(NativeFile, EveryMalformedLineIsReportedAndSkipped) {
  auto s = parse(
      "actor FRA France\n"                  // 1 spaces, not TABs
      "actr\tFRA\tFrance\n"                 // 2 unknown kind
      "actor\tFRA\n"                        // 3 too few fields
      "actor\tFRA\tFrance\textra\n"         // 4 too many
      "actor\tFRA@2020-02-30..\tFrance\n"   // 5 bad date
      "actor\tFRA\t ; \n"                   // 6 no phrases
      "agent\tMIL\ttroops\n"                // 7 no '~'
      "agent\t~MIL\ttroops{\n"              // 8 braces
      "discard\tpage\tWorld Cup\n"          // 9 bad scope
      "synset\tA B\tx\n"                    // 10 bad name
      "verb\tW\t8\twithdraw\n"              // 11 bad code
      "verb\tW X\t087\twithdraw\n"          // 12 bad block name
      "verb\tW\t087\t+\n"                   // 13 bad lemma
      "noun\tabc\twithdrawal\tof $\n"       // 14 bad code
      "actor\tFRA\tFrance{}\n"              // 15 braces on an actor
      "actor\tMLI\tMali\n");                // 16 fine
  ASSERT_EQ(s.diagnostics.size(), 15u) << diagnostics(s);
  for (int i = 0; i < 15; ++i) {
    EXPECT_EQ(s.diagnostics[i].origin, "t.dyad:" + std::to_string(i + 1)) << diagnostics(s);
    EXPECT_NE(s.diagnostics[i].message.find("skipped"), std::string::npos);
  }
  EXPECT_NE(s.diagnostics[0].message.find("TABs"), std::string::npos);
  ASSERT_EQ(s.actors.size(), 1u);
  EXPECT_EQ(s.actors[0].phrases[0].text, "Mali");
  EXPECT_TRUE(s.agents.empty() && s.discards.empty() && s.synsets.empty() && s.verbs.empty() &&
              s.nouns.empty());
}

TEST(NativeFile, ALineTakesFullEffectOrNone) {
  auto s = parse("discard\tstory\tWorld Cup; bad{}\nverb\tW\t087\twithdraw; a+b\n");
  EXPECT_TRUE(s.discards.empty());
  EXPECT_TRUE(s.verbs.empty());
  EXPECT_TRUE(s.verb_blocks.empty()) << "no block from a skipped verb line";
  EXPECT_EQ(s.diagnostics.size(), 2u);
}

TEST(NativeLoad, FileAndMissingFile) {
  auto dir = std::filesystem::temp_directory_path() / "dyad-native-load";
  std::filesystem::create_directories(dir);
  std::string path = (dir / "one.dyad").string();
  {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    ASSERT_NE(f, nullptr);
    std::fputs("actor\tFRA\tFrance\nactor\tbad\n", f);
    std::fclose(f);
  }
  DictionarySet s;
  auto r = load_native(path, s);
  ASSERT_TRUE(r) << r.error();
  EXPECT_EQ(s.files, Words{path});
  EXPECT_EQ(s.actors.size(), 1u);
  ASSERT_EQ(s.diagnostics.size(), 1u);
  EXPECT_EQ(s.diagnostics[0].origin, "one.dyad:2");
  DictionarySet same;
  parse_native("actor\tFRA\tFrance\nactor\tbad\n", "one.dyad", same);
  EXPECT_EQ(s.content_hash, same.content_hash);

  auto missing = load_native((dir / "missing.dyad").string(), s);
  EXPECT_FALSE(missing);
  EXPECT_NE(missing.error().find("missing.dyad"), std::string::npos);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace dyad
