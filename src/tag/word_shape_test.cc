#include "tag/word_shape.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad::tag {
namespace {

TEST(WordShape, PunctuationTags) {
  EXPECT_EQ(punctuation_tag(","), Pos::COMMA);
  EXPECT_EQ(punctuation_tag("."), Pos::PERIOD);
  EXPECT_EQ(punctuation_tag("?!"), Pos::PERIOD);
  EXPECT_EQ(punctuation_tag("..."), Pos::COLON);
  EXPECT_EQ(punctuation_tag("--"), Pos::COLON);
  EXPECT_EQ(punctuation_tag("-"), Pos::COLON);
  EXPECT_EQ(punctuation_tag(";"), Pos::COLON);
  EXPECT_EQ(punctuation_tag("``"), Pos::LQUOTE);
  EXPECT_EQ(punctuation_tag("\xE2\x80\x9C"), Pos::LQUOTE);  // “
  EXPECT_EQ(punctuation_tag("''"), Pos::RQUOTE);
  EXPECT_EQ(punctuation_tag("\xE2\x80\x9D"), Pos::RQUOTE);  // ”
  EXPECT_EQ(punctuation_tag("\""), Pos::LQUOTE);            // the tagger alternates these
  EXPECT_EQ(punctuation_tag("-LRB-"), Pos::LRB);
  EXPECT_EQ(punctuation_tag("]"), Pos::RRB);
  EXPECT_EQ(punctuation_tag("$"), Pos::DOLLAR);
  EXPECT_EQ(punctuation_tag("US$"), Pos::DOLLAR);
  EXPECT_EQ(punctuation_tag("#"), Pos::HASH);
  EXPECT_EQ(punctuation_tag("'s"), Pos::UNK);
  EXPECT_EQ(punctuation_tag("'"), Pos::UNK);  // possessive or quote: the lexicon decides
  EXPECT_EQ(punctuation_tag("a$"), Pos::UNK);
  EXPECT_EQ(punctuation_tag(""), Pos::UNK);
}

TEST(WordShape, Numbers) {
  for (const char* n :
       {"4,300", "1996-12-06", "2-1", "-0.5", ".5", "1/2", "10:30", "1990s", "3.", "12"})
    EXPECT_TRUE(is_number(n)) << n;
  for (const char* n : {"F-16", "10-year", "1st", "-", ".", "U.S.", "1990-", "s", "12345."})
    EXPECT_FALSE(is_number(n)) << n;
  EXPECT_TRUE(is_ordinal("20th"));
  EXPECT_TRUE(is_ordinal("3RD"));
  EXPECT_FALSE(is_ordinal("th"));
  EXPECT_FALSE(is_ordinal("4th-"));
}

TEST(WordShape, Classes) {
  EXPECT_EQ(shape_class("airstrikes"), ShapeClass::Lower);
  EXPECT_EQ(shape_class("state-owned"), ShapeClass::Hyphenated);
  EXPECT_EQ(shape_class("Gondor"), ShapeClass::Capitalised);
  EXPECT_EQ(shape_class("Al-Ain"), ShapeClass::Capitalised);
  EXPECT_EQ(shape_class("\xC3\x89lys\xC3\xA9\x65"), ShapeClass::Capitalised);  // Élysée
  EXPECT_EQ(shape_class("UNHCR"), ShapeClass::AllCaps);
  EXPECT_EQ(shape_class("U.N."), ShapeClass::AllCaps);
  EXPECT_EQ(shape_class("F-16"), ShapeClass::Digits);
  EXPECT_EQ(shape_class("@"), ShapeClass::Other);
  EXPECT_EQ(shape_class("A"), ShapeClass::Capitalised);  // one letter is not an acronym
}

TEST(WordShape, LowerAndNormalise) {
  char buf[8];
  std::string_view s(buf, lower_into("Don\xE2\x80\x99T", buf, sizeof buf));
  EXPECT_EQ(s, "don't");
  s = std::string_view(buf, normalise_into("\xE2\x80\x99s", buf, sizeof buf));
  EXPECT_EQ(s, "'s");
  s = std::string_view(buf, lower_into("\xC3\x89T\xC3\x89", buf, sizeof buf));
  EXPECT_EQ(s, "\xC3\xA9t\xC3\xA9");                        // ÉTÉ -> été
  EXPECT_EQ(lower_into("abcdefghi", buf, sizeof buf), 0u);  // does not fit
}

}  // namespace
}  // namespace dyad::tag
