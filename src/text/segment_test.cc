#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "dyad/text.h"

namespace dyad {
namespace {

// Every sentence and token offset is consistent with the text.
void expect_consistent(std::string_view text, const SegmentResult& r) {
  uint32_t previous_end = 0;
  for (size_t i = 0; i < r.sentences.size(); ++i) {
    const Sentence& s = r.sentences[i];
    EXPECT_EQ(s.index, static_cast<int>(i));
    ASSERT_FALSE(s.tokens.empty());
    EXPECT_GE(s.begin, previous_end);
    EXPECT_EQ(s.begin, s.tokens.front().begin);
    EXPECT_EQ(s.end, s.tokens.back().end);
    ASSERT_LE(s.end, text.size());
    for (const Token& t : s.tokens) {
      ASSERT_LT(t.begin, t.end);
      ASSERT_GE(t.begin, previous_end);
      ASSERT_EQ(text.substr(t.begin, t.end - t.begin), t.text);
      ASSERT_EQ(t.text.size(), t.upper.size());
      previous_end = t.end;
    }
  }
}

TEST(Segment, EmptyAndBlankInputGiveNoSentences) {
  EXPECT_TRUE(segment("").sentences.empty());
  EXPECT_TRUE(segment(" \n\t\r\n  ").sentences.empty());
  EXPECT_TRUE(segment("").warnings.empty());
}

TEST(Segment, OffsetsIndicesAndSpansAreConsistent) {
  const std::string text =
      "Gen. Smith said \u201Cwe won\u2019t go.\u201D\n\nThe U.S. agreed. France\u2019s troops "
      "left Mali\u2014quickly.";
  const SegmentResult r = segment(text);
  ASSERT_EQ(r.sentences.size(), 3u);
  expect_consistent(text, r);
}

TEST(Segment, LongSentencesAreCutWithAWarning) {
  std::string text;
  for (int i = 0; i < 25; ++i) text += "word ";
  text += "end.";
  TextOptions opts;
  opts.max_sentence_tokens = 10;
  const SegmentResult r = segment(text, opts);
  ASSERT_EQ(r.sentences.size(), 3u);  // 27 tokens: 10 + 10 + 7
  EXPECT_EQ(r.sentences[0].tokens.size(), 10u);
  EXPECT_EQ(r.sentences[2].tokens.size(), 7u);
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].find("sentence 0 cut at 10 tokens"), std::string::npos) << r.warnings[0];
  expect_consistent(text, r);
}

TEST(Segment, ZeroMaxTokensMeansNoCap) {
  std::string text;
  for (int i = 0; i < 500; ++i) text += "word ";
  TextOptions opts;
  opts.max_sentence_tokens = 0;
  const SegmentResult r = segment(text, opts);
  ASSERT_EQ(r.sentences.size(), 1u);
  EXPECT_EQ(r.sentences[0].tokens.size(), 500u);
  EXPECT_TRUE(r.warnings.empty());
}

TEST(Segment, HugeSingleLineIsCutIntoPieces) {
  // 4 MB without any punctuation: must be cut into 200-token pieces, not scanned quadratically.
  std::string text;
  text.reserve(4'000'000);
  while (text.size() < 4'000'000) text += "alpha beta gamma delta ";
  const SegmentResult r = segment(text);
  size_t tokens = 0;
  for (const Sentence& s : r.sentences) {
    ASSERT_LE(s.tokens.size(), 200u);
    tokens += s.tokens.size();
  }
  EXPECT_EQ(tokens, 4 * (text.size() / 23));  // "alpha beta gamma delta " is 23 bytes
  EXPECT_EQ(r.warnings.size(), 1u);
}

TEST(Segment, SeedArticle) {
  const std::string path = std::string(DYAD_SHARED_DIR) + "/acceptance/seed-article.txt";
  std::ifstream in(path, std::ios::binary);
  if (!in) GTEST_SKIP() << "shared data not found: " << path;
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();

  const SegmentResult r = segment(text);
  expect_consistent(text, r);
  // 12 lines: 14 news sentences, then "Copyright 2022 NPR." and "To see more, visit ..."
  // as two boilerplate sentences.
  ASSERT_EQ(r.sentences.size(), 16u);
  auto sentence = [&](size_t i) {
    return text.substr(r.sentences[i].begin, r.sentences[i].end - r.sentences[i].begin);
  };
  EXPECT_EQ(sentence(0),
            "President Emmanuel Macron says France will withdraw its troops from Mali but "
            "maintain a military presence in neighboring West African nations.");
  EXPECT_TRUE(sentence(1).starts_with("Announcing the move"));
  EXPECT_TRUE(sentence(1).ends_with("\"we don't share the strategy and goals.\"")) << sentence(1);
  EXPECT_EQ(sentence(2),
            "France has about 4,300 troops in the Sahel region, including 2,400 in Mali.");
  EXPECT_EQ(sentence(14), "Copyright 2022 NPR.");
  EXPECT_EQ(sentence(15), "To see more, visit https://www.npr.org.");
  for (size_t i = 0; i < 14; ++i) EXPECT_FALSE(r.sentences[i].boilerplate) << sentence(i);
  EXPECT_TRUE(r.sentences[14].boilerplate);
  EXPECT_TRUE(r.sentences[15].boilerplate);

  // Tokens the coder depends on.
  const auto& s1 = r.sentences[1].tokens;
  EXPECT_EQ(s1.back().text, "\"");
  EXPECT_EQ(s1[s1.size() - 2].text, ".");
  bool dont_split = false;
  for (size_t i = 0; i + 1 < s1.size(); ++i)
    dont_split = dont_split || (s1[i].text == "do" && s1[i + 1].text == "n't");
  EXPECT_TRUE(dont_split);
  EXPECT_EQ(r.sentences[2].tokens[3].text, "4,300");
  EXPECT_EQ(r.sentences[15].tokens[5].text, "https://www.npr.org");
  EXPECT_TRUE(looks_english(text));
}

}  // namespace
}  // namespace dyad
