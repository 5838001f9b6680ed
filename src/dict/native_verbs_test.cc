#include "dict/native_verbs.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace dyad::dict {
namespace {

using Words = std::vector<std::string>;

const IrregularVerbs& test_irregulars() {
  static const IrregularVerbs v = IrregularVerbs::parse(
      "withdrew withdraw\nwithdrawn withdraw\nfought fight\npulled pull\nwent go\ngone go\n");
  return v;
}

VerbEntry forms_of(std::string_view lemma) {
  VerbEntry e;
  std::string error;
  EXPECT_TRUE(native_verb_forms(lemma, test_irregulars(), e, error)) << lemma << ": " << error;
  return e;
}

bool has(const VerbEntry& e, const Words& words, int head) {
  return std::any_of(e.forms.begin(), e.forms.end(),
                     [&](const VerbForm& f) { return f.words == words && f.head == head; });
}

TEST(NativeVerbForms, IrregularAndRegularForms) {
  VerbEntry w = forms_of("withdraw");
  EXPECT_EQ(w.name, "withdraw");
  EXPECT_EQ(w.lemma, "WITHDRAW");
  EXPECT_EQ(w.forms[0].words, (Words{"WITHDRAW"}));
  for (const char* f : {"WITHDREW", "WITHDRAWN", "WITHDRAWS", "WITHDRAWING"})
    EXPECT_TRUE(has(w, {f}, 0)) << f;
  VerbEntry f = forms_of("Fight");
  EXPECT_TRUE(has(f, {"FOUGHT"}, 0));
  EXPECT_TRUE(has(f, {"FIGHTS"}, 0));
  EXPECT_TRUE(has(f, {"FIGHTING"}, 0));
  auto fought = std::find_if(f.forms.begin(), f.forms.end(),
                             [](const VerbForm& v) { return v.words == Words{"FOUGHT"}; });
  EXPECT_FALSE(fought->regular);
  auto fights = std::find_if(f.forms.begin(), f.forms.end(),
                             [](const VerbForm& v) { return v.words == Words{"FIGHTS"}; });
  EXPECT_TRUE(fights->regular);
}

TEST(NativeVerbForms, EachFormOnce) {
  VerbEntry p = forms_of("pull");  // "pulled" is both irregular-listed and regular
  size_t pulled = std::count_if(p.forms.begin(), p.forms.end(),
                                [](const VerbForm& v) { return v.words == Words{"PULLED"}; });
  EXPECT_EQ(pulled, 1u);
}

TEST(NativeVerbForms, MultiWordVerbInflectsTheFirstWord) {
  VerbEntry e = forms_of("pull out");
  EXPECT_EQ(e.lemma, "PULL");
  EXPECT_TRUE(has(e, {"PULL", "OUT"}, 0));
  EXPECT_TRUE(has(e, {"PULLED", "OUT"}, 0));
  EXPECT_TRUE(has(e, {"PULLING", "OUT"}, 0));
  EXPECT_FALSE(has(e, {"PULL", "OUTS"}, 0));
  VerbEntry g = forms_of("go back on");
  EXPECT_TRUE(has(g, {"WENT", "BACK", "ON"}, 0));
  EXPECT_TRUE(has(g, {"GONE", "BACK", "ON"}, 0));
}

TEST(NativeVerbForms, PlusMarksTheInflectingWord) {
  VerbEntry e = forms_of("wire +tap");
  EXPECT_EQ(e.name, "wire +tap");
  EXPECT_EQ(e.lemma, "TAP");
  EXPECT_TRUE(has(e, {"WIRE", "TAP"}, 1));
  EXPECT_TRUE(has(e, {"WIRE", "TAPPED"}, 1));
  EXPECT_TRUE(has(e, {"WIRE", "TAPS"}, 1));
  EXPECT_FALSE(has(e, {"WIRED", "TAP"}, 1));
}

TEST(NativeVerbForms, Errors) {
  VerbEntry e;
  std::string error;
  for (const char* bad : {"", "  ", "+", "+a +b", "wi+re", "a + b"}) {
    error.clear();
    EXPECT_FALSE(native_verb_forms(bad, test_irregulars(), e, error)) << bad;
    EXPECT_FALSE(error.empty()) << bad;
  }
}

}  // namespace
}  // namespace dyad::dict
