#include "tag/conll_eval.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "tag/hmm_tagger.h"

namespace dyad {
namespace {

// A stand-in tagger that says NN for everything, to test the scoring itself.
class AllNouns final : public Tagger {
 public:
  void tag(std::vector<Token>& tokens) const override {
    for (Token& t : tokens) t.tag = t.text == "\"" ? Pos::LQUOTE : Pos::NN;
  }
};

std::string write_temp(const std::string& name, const std::string& content) {
  auto path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path) << content;
  return path.string();
}

TEST(ConllEval, ScoresSecondColumnAndSkipsDocstart) {
  std::string path = write_temp("dyad_conll_eval_test.txt",
                                "-DOCSTART- -X- -X- O\n\n"
                                "army NN B-NP O\nattacked VBD B-VP O\n\n"
                                "\" \" O O\ntroops NNS I-NP O\n");
  auto score = conll_pos_accuracy(path, AllNouns{});
  ASSERT_TRUE(score.ok()) << score.error();
  EXPECT_EQ(score->tokens, 4u);
  EXPECT_EQ(score->correct, 2u);  // "army" and the quote (either quote tag counts)
  EXPECT_EQ(score->sentences, 2u);
  EXPECT_DOUBLE_EQ(score->accuracy, 0.5);
  std::filesystem::remove(path);
}

TEST(ConllEval, MissingOrEmptyFileIsAnError) {
  EXPECT_FALSE(conll_pos_accuracy("/nonexistent/conll.txt", AllNouns{}).ok());
  std::string path = write_temp("dyad_conll_eval_empty.txt", "\n\n");
  EXPECT_FALSE(conll_pos_accuracy(path, AllNouns{}).ok());
  std::filesystem::remove(path);
}

TEST(ConllEval, LinguaTaggerOnConll2003Test) {
  const std::string path = std::string(DYAD_SHARED_DIR) + "/data/corpora/conll2003/test.txt";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "CoNLL-2003 test file absent: " << path;
  if (!std::filesystem::exists(std::string(tag::kLinguaDir) + "/words.yml"))
    GTEST_SKIP() << "liblingua-en-tagger-perl is not installed";
  auto tagger = Tagger::load();
  ASSERT_TRUE(tagger.ok()) << tagger.error();
  auto score = conll_pos_accuracy(path, **tagger);
  ASSERT_TRUE(score.ok()) << score.error();
  const double tokens_per_second = static_cast<double>(score->tokens) / score->tag_seconds;
  const double sentences_per_second = static_cast<double>(score->sentences) / score->tag_seconds;
  std::printf("CoNLL-2003 test: %zu tokens, %zu correct, accuracy %.4f\n", score->tokens,
              score->correct, score->accuracy);
  std::printf("tag(): %.0f tokens/s, %.0f sentences/s (one thread)\n", tokens_per_second,
              sentences_per_second);
  EXPECT_GE(score->accuracy, 0.85);
}

}  // namespace
}  // namespace dyad
