#include <gtest/gtest.h>

#include <algorithm>

#include "dyad/dictionary.h"

namespace dyad {
namespace {

bool has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(RegularVerbForms, Plain) {
  auto f = regular_verb_forms("WALK");
  EXPECT_TRUE(has(f, "WALKS"));
  EXPECT_TRUE(has(f, "WALKED"));
  EXPECT_TRUE(has(f, "WALKING"));
  EXPECT_FALSE(has(f, "WALK"));  // the base is not repeated
}

TEST(RegularVerbForms, SibilantsTakeEs) {
  EXPECT_TRUE(has(regular_verb_forms("PRESS"), "PRESSES"));
  EXPECT_TRUE(has(regular_verb_forms("FIX"), "FIXES"));
  EXPECT_TRUE(has(regular_verb_forms("REACH"), "REACHES"));
  EXPECT_TRUE(has(regular_verb_forms("PUSH"), "PUSHES"));
  EXPECT_TRUE(has(regular_verb_forms("VETO"), "VETOES"));
}

TEST(RegularVerbForms, FinalE) {
  auto f = regular_verb_forms("AGREE");
  EXPECT_TRUE(has(f, "AGREED"));
  EXPECT_TRUE(has(f, "AGREEING"));
  auto g = regular_verb_forms("RELEASE");
  EXPECT_TRUE(has(g, "RELEASED"));
  EXPECT_TRUE(has(g, "RELEASING"));
  EXPECT_FALSE(has(g, "RELEASEED"));
  EXPECT_TRUE(has(regular_verb_forms("DIE"), "DYING"));
}

TEST(RegularVerbForms, FinalY) {
  auto f = regular_verb_forms("DENY");
  EXPECT_TRUE(has(f, "DENIES"));
  EXPECT_TRUE(has(f, "DENIED"));
  EXPECT_TRUE(has(f, "DENYING"));
  auto g = regular_verb_forms("PLAY");
  EXPECT_TRUE(has(g, "PLAYS"));
  EXPECT_TRUE(has(g, "PLAYED"));
}

TEST(RegularVerbForms, DoublingBothVariants) {
  auto f = regular_verb_forms("STOP");
  EXPECT_TRUE(has(f, "STOPPED"));
  EXPECT_TRUE(has(f, "STOPPING"));
  EXPECT_TRUE(has(f, "STOPED"));
  auto g = regular_verb_forms("ADMIT");
  EXPECT_TRUE(has(g, "ADMITTED"));
  // No doubling after two vowels or on W/X/Y.
  EXPECT_FALSE(has(regular_verb_forms("TREAT"), "TREATTED"));
  EXPECT_FALSE(has(regular_verb_forms("VOW"), "VOWWED"));
}

TEST(RegularVerbForms, NonLetterEndGivesNothing) {
  EXPECT_TRUE(regular_verb_forms("").empty());
  EXPECT_TRUE(regular_verb_forms("X-1").empty());
}

TEST(RegularPlural, Rules) {
  EXPECT_EQ(regular_plural("RANGER"), "RANGERS");
  EXPECT_EQ(regular_plural("CONGRESS"), "CONGRESSES");
  EXPECT_EQ(regular_plural("TAX"), "TAXES");
  EXPECT_EQ(regular_plural("CHURCH"), "CHURCHES");
  EXPECT_EQ(regular_plural("MILITIA"), "MILITIAS");
  EXPECT_EQ(regular_plural("AUTHORITY"), "AUTHORITIES");
  EXPECT_EQ(regular_plural("ATTORNEY"), "ATTORNEYS");
  EXPECT_EQ(regular_plural("GUNMAN"), "GUNMEN");
  EXPECT_EQ(regular_plural("WOMAN"), "WOMEN");
  EXPECT_EQ(regular_plural("HUMAN"), "HUMANS");
  EXPECT_EQ(regular_plural("F-16"), "");
  EXPECT_EQ(regular_plural(""), "");
}

}  // namespace
}  // namespace dyad
