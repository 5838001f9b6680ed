#include "tag/hmm_model.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>

#include "tag/hmm_tagger.h"

namespace dyad::tag {
namespace {

// A toy lexicon small enough to reason about, in Lingua's file format.
std::filesystem::path write_toy_lexicon() {
  auto dir = std::filesystem::temp_directory_path() / "dyad_hmm_model_test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::ofstream words(dir / "words.yml");
  words << "--- #YAML:1.0\n"
           "the: { det: 5000, nnp: 1 }\n"
           "The: { det: 800 }\n"
           "will: { md: 300, nn: 3 }\n"
           "Will: { nnp: 8, md: 8 }\n"
           "attack: { nn: 30, vb: 10 }\n"
           "army: { nn: 20 }\n"
           "China: { nnp: 200 }\n"
           "china: { nn: 3 }\n"
           "\"*NUM*\": { cd: 1000 }\n";
  // Rare words: they teach the suffix model that "-ers" is NNS and "-ize" a verb.
  for (const char* w : {"bankers", "farmers", "hikers", "makers", "traders", "voters", "lenders",
                        "leaders", "writers", "readers", "dealers", "players"})
    words << w << ": { nns: 1 }\n";
  for (const char* w : {"realize", "organize", "utilize", "finalize", "minimize", "maximize",
                        "stabilize", "mobilize", "legalize", "localize", "idolize", "equalize"})
    words << w << ": { vb: 1 }\n";
  std::ofstream(dir / "unknown.yml") << "\"-unknown-\": { nn: 1 }\n\"-cap-\": { nnp: 1 }\n";
  std::ofstream(dir / "tags.yml")
      << "pp: { det: 0.5, nnp: 0.2, md: 0.05, nns: 0.1, nn: 0.1, vb: 0.05 }\n"
         "det: { nn: 0.7, nns: 0.2, nnp: 0.1 }\n"
         "md: { vb: 0.9, nn: 0.01 }\n"
         "nn: { nn: 0.2, md: 0.2, vb: 0.01, pp: 0.3 }\n"
         "nnp: { md: 0.3, nnp: 0.3, pp: 0.2 }\n"
         "vb: { det: 0.6, nn: 0.1, pp: 0.2 }\n";
  return dir;
}

LinguaData toy_data() {
  auto data = read_lingua_data(write_toy_lexicon().string());
  EXPECT_TRUE(data.ok()) << data.error();
  return data.ok() ? std::move(*data) : LinguaData{};
}

TEST(HmmModel, KnownWordsKeepTheirTagsWithoutTheRareTail) {
  HmmModel m = HmmModel::build(toy_data());
  auto the = m.word("the");
  ASSERT_EQ(the.size(), 1u);  // nnp: 1 of 5001 is pruned
  EXPECT_EQ(the[0].tag, Pos::DT);
  auto attack = m.word("attack");
  ASSERT_EQ(attack.size(), 3u);  // nn, vb, and vbp added for the base form
  EXPECT_EQ(attack[0].tag, Pos::NN);
  EXPECT_TRUE(m.word("Attack").empty());
}

TEST(HmmModel, SentenceInitialPoolsBothCases) {
  HmmModel m = HmmModel::build(toy_data());
  auto will = m.sentence_initial("Will");
  ASSERT_FALSE(will.empty());
  EXPECT_EQ(will[0].tag, Pos::MD);
  auto china = m.sentence_initial("China");
  ASSERT_FALSE(china.empty());
  EXPECT_EQ(china[0].tag, Pos::NNP);
  EXPECT_TRUE(m.sentence_initial("Army").empty());  // no capitalised entry to pool
}

TEST(HmmModel, UnknownWordsUseLearnedSuffixes) {
  HmmModel m = HmmModel::build(toy_data());
  auto plural = m.unknown(ShapeClass::Lower, "peacemakers");
  ASSERT_FALSE(plural.empty());
  EXPECT_EQ(plural[0].tag, Pos::NNS);
  auto verb = m.unknown(ShapeClass::Lower, "weaponize");
  ASSERT_FALSE(verb.empty());
  EXPECT_EQ(verb[0].tag, Pos::VB);
  // No capitalised rare words in the toy lexicon: unknown.yml's -cap- class answers.
  auto name = m.unknown(ShapeClass::Capitalised, "gondor");
  ASSERT_FALSE(name.empty());
  EXPECT_EQ(name[0].tag, Pos::NNP);
  EXPECT_EQ(m.number()[0].tag, Pos::CD);
}

TEST(HmmModel, OverridesReplaceLexiconEntries) {
  HmmModel m = HmmModel::build(toy_data());
  auto airstrikes = m.word("airstrikes");
  ASSERT_EQ(airstrikes.size(), 1u);
  EXPECT_EQ(airstrikes[0].tag, Pos::NNS);
}

TEST(HmmModel, TransitionsHaveAFloor) {
  ModelOptions options;
  options.transition_floor = 1e-3;
  HmmModel m = HmmModel::build(toy_data(), options);
  EXPECT_NEAR(m.transition(Pos::DT, Pos::NN), std::log(0.7), 1e-5);
  EXPECT_NEAR(m.transition(Pos::DT, Pos::VB), std::log(1e-3), 1e-5);
}

TEST(HmmModel, TaggerOnTheToyLexicon) {
  auto tagger = load_hmm_tagger(write_toy_lexicon().string(), ModelOptions{});
  ASSERT_TRUE(tagger.ok()) << tagger.error();
  std::vector<Token> tokens;
  for (const char* w : {"The", "army", "will", "attack", "."}) {
    Token t;
    t.text = w;
    tokens.push_back(t);
  }
  (*tagger)->tag(tokens);
  EXPECT_EQ(tokens[0].tag, Pos::DT);
  EXPECT_EQ(tokens[1].tag, Pos::NN);
  EXPECT_EQ(tokens[2].tag, Pos::MD);
  EXPECT_EQ(tokens[3].tag, Pos::VB);  // after MD the verb reading wins over the noun
  EXPECT_EQ(tokens[4].tag, Pos::PERIOD);
}

}  // namespace
}  // namespace dyad::tag
