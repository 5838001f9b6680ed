#include "io/utf8.h"

#include <gtest/gtest.h>

namespace dyad::io_detail {

TEST(Utf8, AcceptsWellFormedText) {
  EXPECT_TRUE(is_valid_utf8("plain ascii"));
  EXPECT_TRUE(is_valid_utf8("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80"));  // é € 😀
  EXPECT_TRUE(is_valid_utf8(""));
}

TEST(Utf8, FindsFirstIllFormedByte) {
  EXPECT_EQ(first_invalid_utf8("ab\xFF"), 2u);
  EXPECT_EQ(first_invalid_utf8("a\xC3"), 1u);             // truncated sequence
  EXPECT_EQ(first_invalid_utf8("\xC0\xAF"), 0u);          // overlong '/'
  EXPECT_EQ(first_invalid_utf8("x\xED\xA0\x80"), 1u);     // surrogate U+D800
  EXPECT_EQ(first_invalid_utf8("\xF4\x90\x80\x80"), 0u);  // above U+10FFFF
  EXPECT_EQ(first_invalid_utf8("\x80"), 0u);              // lone continuation
}

TEST(Utf8, CutsOnCharacterBoundary) {
  std::string s = "ab\xE2\x82\xAC";  // "ab€" = 5 bytes
  EXPECT_EQ(utf8_cut_length(s, 10), 5u);
  EXPECT_EQ(utf8_cut_length(s, 5), 5u);
  EXPECT_EQ(utf8_cut_length(s, 4), 2u);
  EXPECT_EQ(utf8_cut_length(s, 3), 2u);
  EXPECT_EQ(utf8_cut_length(s, 2), 2u);
  EXPECT_EQ(utf8_cut_length(s, 0), 0u);
}

TEST(Utf8, RepairsIllFormedBytes) {
  EXPECT_EQ(repair_utf8("a\xFF"
                        "b"),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(repair_utf8("caf\xC3\xA9"), "caf\xC3\xA9");
}

TEST(Whitespace, CollapsesAndTrims) {
  EXPECT_EQ(normalise_whitespace("\n  Arnor is\n about \t to  \n"), "Arnor is about to");
  EXPECT_EQ(normalise_whitespace("   "), "");
  EXPECT_TRUE(is_blank(" \t\r\n"));
  EXPECT_FALSE(is_blank(" x "));
}

}  // namespace dyad::io_detail
