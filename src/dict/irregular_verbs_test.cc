#include "dict/irregular_verbs.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace dyad::dict {
namespace {

using Forms = std::vector<std::string>;

TEST(IrregularVerbs, InvertsTheExceptionList) {
  IrregularVerbs v = IrregularVerbs::parse(
      "fought fight\nwithdrew withdraw\nwithdrawn withdraw\nlay lie\nlain lie\n");
  EXPECT_EQ(v.forms("FIGHT"), (Forms{"FOUGHT"}));
  EXPECT_EQ(v.forms("WITHDRAW"), (Forms{"WITHDREW", "WITHDRAWN"}));
  EXPECT_EQ(v.forms("LIE"), (Forms{"LAY", "LAIN"}));
  EXPECT_TRUE(v.forms("WALK").empty());
  EXPECT_TRUE(v.forms("fight").empty()) << "lookups are by uppercase lemma";
  EXPECT_EQ(v.lemmas(), 3u);
}

TEST(IrregularVerbs, SeveralLemmasOnALine) {
  IrregularVerbs v = IrregularVerbs::parse("distilled distil distill\n");
  EXPECT_EQ(v.forms("DISTIL"), (Forms{"DISTILLED"}));
  EXPECT_EQ(v.forms("DISTILL"), (Forms{"DISTILLED"}));
}

TEST(IrregularVerbs, SkipsMultiWordAndMalformedLines) {
  IrregularVerbs v = IrregularVerbs::parse(
      "allowed_for allow_for\nlonely\n\n  \nbad\x01 x\nsaw see\r\nsaw see\n");
  EXPECT_TRUE(v.forms("ALLOW_FOR").empty());
  EXPECT_TRUE(v.forms("ALLOW").empty());
  EXPECT_EQ(v.forms("SEE"), (Forms{"SAW"})) << "'\\r' ends are trimmed, duplicates kept once";
  EXPECT_EQ(v.lemmas(), 1u);
}

TEST(IrregularVerbs, MissingFileGivesNoForms) {
  IrregularVerbs v = IrregularVerbs::load("/nonexistent/verb.exc");
  EXPECT_EQ(v.lemmas(), 0u);
  EXPECT_TRUE(v.forms("FIGHT").empty());
}

TEST(IrregularVerbs, WordNetListIsLoadedOnce) {
  if (!std::filesystem::exists(kWordNetVerbExceptions))
    GTEST_SKIP() << kWordNetVerbExceptions << " not installed (Debian package wordnet-base)";
  const IrregularVerbs& a = IrregularVerbs::wordnet();
  EXPECT_EQ(&a, &IrregularVerbs::wordnet());
  EXPECT_GT(a.lemmas(), 1000u);
  EXPECT_EQ(a.forms("FIGHT"), (Forms{"FOUGHT"}));
  const Forms& w = a.forms("WITHDRAW");
  EXPECT_NE(std::find(w.begin(), w.end(), "WITHDREW"), w.end());
  EXPECT_NE(std::find(w.begin(), w.end(), "WITHDRAWN"), w.end());
}

}  // namespace
}  // namespace dyad::dict
