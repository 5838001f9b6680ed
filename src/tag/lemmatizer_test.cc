#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "dyad/tagger.h"
#include "tag/wordnet_lemmatizer.h"

namespace dyad {
namespace {

bool wordnet_installed() {
  return std::filesystem::exists(std::string(tag::kWordNetDir) + "/index.verb");
}

const Lemmatizer* shared_lemmatizer() {
  static const std::shared_ptr<const Lemmatizer> lemmatizer = [] {
    auto loaded = Lemmatizer::load();
    return loaded.ok() ? *loaded : nullptr;
  }();
  return lemmatizer.get();
}

#define REQUIRE_LEMMATIZER()                                                      \
  if (!wordnet_installed())                                                       \
    GTEST_SKIP() << "wordnet-base is not installed (" << tag::kWordNetDir << ")"; \
  const Lemmatizer* lemmatizer = shared_lemmatizer();                             \
  ASSERT_NE(lemmatizer, nullptr)

std::string lemma(const Lemmatizer& l, const std::string& text, Pos tag) {
  std::vector<Token> tokens(1);
  tokens[0].text = text;
  tokens[0].tag = tag;
  l.lemmatize(tokens);
  return tokens[0].lemma;
}

TEST(Lemmatizer, IrregularVerbsFromTheExceptionList) {
  REQUIRE_LEMMATIZER();
  EXPECT_EQ(lemma(*lemmatizer, "withdrew", Pos::VBD), "WITHDRAW");
  EXPECT_EQ(lemma(*lemmatizer, "broke", Pos::VBD), "BREAK");
  EXPECT_EQ(lemma(*lemmatizer, "broken", Pos::VBN), "BREAK");
  EXPECT_EQ(lemma(*lemmatizer, "was", Pos::VBD), "BE");
  EXPECT_EQ(lemma(*lemmatizer, "are", Pos::VBP), "BE");
  EXPECT_EQ(lemma(*lemmatizer, "has", Pos::VBZ), "HAVE");
}

TEST(Lemmatizer, DetachmentRulesCheckedAgainstTheIndex) {
  REQUIRE_LEMMATIZER();
  EXPECT_EQ(lemma(*lemmatizer, "criticized", Pos::VBD), "CRITICIZE");
  EXPECT_EQ(lemma(*lemmatizer, "attacking", Pos::VBG), "ATTACK");
  EXPECT_EQ(lemma(*lemmatizer, "ties", Pos::NNS), "TIE");
  EXPECT_EQ(lemma(*lemmatizer, "troops", Pos::NNS), "TROOP");
  EXPECT_EQ(lemma(*lemmatizer, "countries", Pos::NNS), "COUNTRY");
  EXPECT_EQ(lemma(*lemmatizer, "glasses", Pos::NNS), "GLASS");
  EXPECT_EQ(lemma(*lemmatizer, "accuses", Pos::VBZ), "ACCUSE");
  EXPECT_EQ(lemma(*lemmatizer, "Soldiers", Pos::NNS), "SOLDIER");
}

TEST(Lemmatizer, ComparativesByPartOfSpeech) {
  REQUIRE_LEMMATIZER();
  EXPECT_EQ(lemma(*lemmatizer, "better", Pos::JJR), "GOOD");
  EXPECT_EQ(lemma(*lemmatizer, "better", Pos::RBR), "WELL");
  EXPECT_EQ(lemma(*lemmatizer, "larger", Pos::JJR), "LARGE");
}

TEST(Lemmatizer, BaseTagsKeepIndexedForms) {
  REQUIRE_LEMMATIZER();
  // noun.exc maps data -> datum, but a singular-tagged "data" is already a lemma.
  EXPECT_EQ(lemma(*lemmatizer, "data", Pos::NN), "DATA");
  EXPECT_EQ(lemma(*lemmatizer, "news", Pos::NN), "NEWS");
  EXPECT_EQ(lemma(*lemmatizer, "withdraw", Pos::VB), "WITHDRAW");
  EXPECT_EQ(lemma(*lemmatizer, "saw", Pos::NN), "SAW");
  EXPECT_EQ(lemma(*lemmatizer, "saw", Pos::VBD), "SEE");
}

TEST(Lemmatizer, CliticsProperNounsAndClosedClasses) {
  REQUIRE_LEMMATIZER();
  EXPECT_EQ(lemma(*lemmatizer, "'s", Pos::POS), "'S");
  EXPECT_EQ(lemma(*lemmatizer, "'s", Pos::VBZ), "'S");
  EXPECT_EQ(lemma(*lemmatizer, "\xE2\x80\x99s", Pos::POS), "'S");  // curly apostrophe
  EXPECT_EQ(lemma(*lemmatizer, "n't", Pos::RB), "NOT");
  EXPECT_EQ(lemma(*lemmatizer, "wo", Pos::MD), "WILL");
  EXPECT_EQ(lemma(*lemmatizer, "'re", Pos::VBP), "BE");
  EXPECT_EQ(lemma(*lemmatizer, "Mali", Pos::NNP), "MALI");
  EXPECT_EQ(lemma(*lemmatizer, "Americas", Pos::NNPS), "AMERICAS");
  EXPECT_EQ(lemma(*lemmatizer, "U.S.", Pos::NNP), "U.S.");
  EXPECT_EQ(lemma(*lemmatizer, "the", Pos::DT), "THE");
  EXPECT_EQ(lemma(*lemmatizer, "4,300", Pos::CD), "4,300");
  EXPECT_EQ(lemma(*lemmatizer, "Gondorians", Pos::NNS), "GONDORIANS");  // unknown to WordNet
  EXPECT_EQ(lemma(*lemmatizer, "", Pos::NN), "");
  EXPECT_EQ(lemma(*lemmatizer, std::string(200, 'a'), Pos::NN), std::string(200, 'A'));
}

TEST(Lemmatizer, ConcurrentReadersAgree) {
  REQUIRE_LEMMATIZER();
  std::vector<std::thread> threads;
  std::vector<int> wrong(4, 0);
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 2000; ++i)
        if (lemma(*lemmatizer, "withdrew", Pos::VBD) != "WITHDRAW" ||
            lemma(*lemmatizer, "countries", Pos::NNS) != "COUNTRY")
          ++wrong[t];
    });
  for (auto& th : threads) th.join();
  for (int w : wrong) EXPECT_EQ(w, 0);
}

TEST(Lemmatizer, MissingFilesAreErrors) {
  auto missing = Lemmatizer::load("/nonexistent/wordnet");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().find("/nonexistent/wordnet/index.noun"), std::string::npos)
      << missing.error();

  // A directory with the noun index but nothing else names the next missing file.
  auto dir = std::filesystem::temp_directory_path() / "dyad_wordnet_partial";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "index.noun") << "troop n 1 1 @ 1 0 08397255\n";
  std::ofstream(dir / "noun.exc") << "";
  auto partial = Lemmatizer::load(dir.string());
  ASSERT_FALSE(partial.ok());
  EXPECT_NE(partial.error().find("index.verb"), std::string::npos) << partial.error();
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace dyad
