#include "text/utf8.h"

#include <gtest/gtest.h>

#include <string>

#include "dyad/text.h"

namespace dyad {
namespace {

TEST(ValidUtf8, AcceptsAsciiAndWellFormedMultibyte) {
  EXPECT_TRUE(valid_utf8(""));
  EXPECT_TRUE(valid_utf8("plain ASCII text that is longer than eight bytes"));
  EXPECT_TRUE(valid_utf8("Go\xC3\xAFta"));                    // ï, two bytes
  EXPECT_TRUE(valid_utf8("\xE2\x80\x9Cquoted\xE2\x80\x9D"));  // “ ”, three bytes
  EXPECT_TRUE(valid_utf8("\xF0\x9F\x98\x80"));                // U+1F600, four bytes
  EXPECT_TRUE(valid_utf8("\xED\x9F\xBF"));                    // U+D7FF, just below surrogates
  EXPECT_TRUE(valid_utf8("\xF4\x8F\xBF\xBF"));                // U+10FFFF, the last code point
  EXPECT_TRUE(valid_utf8(std::string("a\0b", 3)));            // NUL is valid UTF-8
}

TEST(ValidUtf8, RejectsOverlongForms) {
  EXPECT_FALSE(valid_utf8("\xC0\x80"));  // NUL as two bytes
  EXPECT_FALSE(valid_utf8("\xC1\xBF"));
  EXPECT_FALSE(valid_utf8("\xE0\x80\xAF"));      // '/' as three bytes
  EXPECT_FALSE(valid_utf8("\xF0\x80\x80\xAF"));  // '/' as four bytes
}

TEST(ValidUtf8, RejectsSurrogatesAndValuesAboveUnicode) {
  EXPECT_FALSE(valid_utf8("\xED\xA0\x80"));      // U+D800
  EXPECT_FALSE(valid_utf8("\xED\xBF\xBF"));      // U+DFFF
  EXPECT_FALSE(valid_utf8("\xF4\x90\x80\x80"));  // U+110000
  EXPECT_FALSE(valid_utf8("\xF5\x80\x80\x80"));
  EXPECT_FALSE(valid_utf8("\xFF"));
}

TEST(ValidUtf8, RejectsTruncatedAndStrayBytes) {
  EXPECT_FALSE(valid_utf8("abc\xE2\x80"));           // truncated at the end
  EXPECT_FALSE(valid_utf8("\x80 continuation"));     // stray continuation byte
  EXPECT_FALSE(valid_utf8("\xC3("));                 // lead byte without continuation
  EXPECT_FALSE(valid_utf8("12345678\xE2\x28\xA1"));  // error after the ASCII fast path
}

TEST(DecodeUtf8, ReportsLengthAndCodePoint) {
  const std::string s = "\xE2\x80\x94";  // em dash
  char32_t cp = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  EXPECT_EQ(text::decode_utf8(p, p + s.size(), cp), 3);
  EXPECT_EQ(cp, U'\u2014');
  EXPECT_EQ(text::decode_utf8(p, p + 2, cp), 0);  // truncated
}

}  // namespace
}  // namespace dyad
