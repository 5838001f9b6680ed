// segment() and tokenize() on hostile input: random bytes, NUL bytes, broken UTF-8,
// punctuation only. They must neither crash nor produce inconsistent offsets.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "dyad/text.h"

namespace dyad {
namespace {

void expect_sane(std::string_view text) {
  const SegmentResult r = segment(text);
  uint32_t previous_end = 0;
  for (const Sentence& s : r.sentences) {
    ASSERT_FALSE(s.tokens.empty());
    for (const Token& t : s.tokens) {
      ASSERT_LT(t.begin, t.end);
      ASSERT_GE(t.begin, previous_end);
      ASSERT_LE(t.end, text.size());
      ASSERT_EQ(text.substr(t.begin, t.end - t.begin), t.text);
      previous_end = t.end;
    }
  }
  for (const Token& t : tokenize(text)) ASSERT_EQ(text.substr(t.begin, t.end - t.begin), t.text);
  (void)looks_english(text);
  (void)valid_utf8(text);
  (void)dateline_length(text);
}

TEST(Robustness, RandomBytes) {
  std::mt19937 rng(12345);
  std::uniform_int_distribution<int> byte(0, 255), length(0, 400);
  for (int round = 0; round < 300; ++round) {
    std::string text(static_cast<size_t>(length(rng)), '\0');
    for (char& c : text) c = static_cast<char>(byte(rng));
    expect_sane(text);
  }
}

TEST(Robustness, RandomNewsLikeAlphabet) {
  // Bytes drawn from the characters the rules care about, to reach odd combinations.
  const std::string alphabet = "aZ. .'\"-,\n\n$%:/@&()!?3W\xE2\x80\x99\xE2\x80\x9C\xC3\xAF\x80";
  std::mt19937 rng(777);
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1), length(0, 300);
  for (int round = 0; round < 500; ++round) {
    std::string text;
    for (size_t n = length(rng); n > 0; --n) text += alphabet[pick(rng)];
    expect_sane(text);
  }
}

TEST(Robustness, NulBytesAndControlCharactersSeparateTokens) {
  const std::string text("Troops\0left\x01the city.", 22);
  expect_sane(text);
  const SegmentResult r = segment(text);
  ASSERT_EQ(r.sentences.size(), 1u);
  EXPECT_EQ(r.sentences[0].tokens.size(), 5u);  // Troops left the city .
}

TEST(Robustness, InvalidUtf8BytesBecomeSymbolTokens) {
  const std::string text =
      "Go\xFF"
      "ta left \xC3 and \xE2\x80";
  expect_sane(text);
  const auto tokens = tokenize(text);
  ASSERT_GE(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].text, "Go");
  EXPECT_EQ(tokens[1].text, "\xFF");
  EXPECT_EQ(tokens[2].text, "ta");
}

TEST(Robustness, OnlyPunctuation) {
  expect_sane("...!!!???,,,;;;---\"\"''``(((]]]");
  const SegmentResult r = segment(". . . ! ?");
  size_t tokens = 0;
  for (const Sentence& s : r.sentences) tokens += s.tokens.size();
  EXPECT_EQ(tokens, 5u);
}

TEST(Robustness, TruncatedSequencesAtTheEnd) {
  for (const char* tail : {"\xE2", "\xE2\x80", "\xF0\x9F\x98", "'", "U.S", "http://", "www.", "No.",
                           "n't", "\xE2\x80\x99"})
    expect_sane(std::string("He said ") + tail);
}

}  // namespace
}  // namespace dyad
