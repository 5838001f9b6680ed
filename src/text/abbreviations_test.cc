#include "text/abbreviations.h"

#include <gtest/gtest.h>

namespace dyad::text {
namespace {

TEST(Abbreviations, TitlesAndInitialsNeverEndSentences) {
  for (const char* w :
       {"Mr",  "Mrs", "Ms",  "Dr",   "Gen",  "Lt",  "Col", "Maj",  "Capt", "Sgt", "Adm", "Gov",
        "Sen", "Rep", "Rev", "Prof", "Pres", "Sec", "Amb", "Brig", "Cmdr", "vs",  "W",   "GEN"})
    EXPECT_EQ(abbreviation_kind(w), AbbrevKind::kNeverEnds) << w;
}

TEST(Abbreviations, AcronymsCompaniesAndMonthsMayEnd) {
  for (const char* w : {"U.S",  "U.N", "U.K", "E.U", "K.U", "a.m", "Ph.D", "U.S.A", "Inc",   "Co",
                        "Corp", "Ltd", "etc", "Jan", "Feb", "Aug", "Sept", "Dec",   "Calif", "INC"})
    EXPECT_EQ(abbreviation_kind(w), AbbrevKind::kMayEnd) << w;
}

TEST(Abbreviations, OrdinaryWordsAreNotAbbreviations) {
  for (const char* w : {"goals", "Mali", "NPR", "a", "no", "No", "npr.org", "2.5", "", "ill"})
    EXPECT_EQ(abbreviation_kind(w), AbbrevKind::kNone) << w;
}

TEST(Abbreviations, SentenceOpenersAreClosedClassWords) {
  EXPECT_TRUE(is_sentence_opener("The"));
  EXPECT_TRUE(is_sentence_opener("He"));
  EXPECT_TRUE(is_sentence_opener("But"));
  EXPECT_FALSE(is_sentence_opener("State"));
  EXPECT_FALSE(is_sentence_opener("the"));
}

}  // namespace
}  // namespace dyad::text
