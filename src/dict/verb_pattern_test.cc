#include "dict/verb_pattern.h"

#include <gtest/gtest.h>

namespace dyad::dict {
namespace {

Pattern parsed(std::string_view text) {
  Pattern p;
  std::string error;
  EXPECT_TRUE(parse_pattern(text, p, error)) << text << ": " << error;
  return p;
}

std::string failure(std::string_view text) {
  Pattern p;
  std::string error;
  EXPECT_FALSE(parse_pattern(text, p, error)) << text;
  return error;
}

// Compact rendering: words as is, synsets with '&', slots as symbols, tight as '~' suffix,
// group number as '@n' suffix.
std::string show(const std::vector<PatElem>& elems) {
  std::string out;
  for (const PatElem& e : elems) {
    if (!out.empty()) out += ' ';
    switch (e.kind) {
      case PatKind::Word:
        out += e.word;
        break;
      case PatKind::Synset:
        out += '&';
        out += e.word;
        break;
      case PatKind::Source:
        out += "$";
        break;
      case PatKind::Target:
        out += "+";
        break;
      case PatKind::Skip:
        out += "^";
        break;
      case PatKind::Compound:
        out += "%";
        break;
    }
    if (e.tight) out += "~";
    if (e.group) {
      out += '@';
      out += std::to_string(e.group);
    }
  }
  return out;
}

TEST(ParsePattern, LooseWordsAroundTheVerb) {
  Pattern p = parsed(" SAID * TO ATTEND ");
  EXPECT_EQ(show(p.pre), "SAID");
  EXPECT_EQ(show(p.post), "TO ATTEND");
}

TEST(ParsePattern, ConnectorsNextToTheVerb) {
  EXPECT_EQ(show(parsed("RECENTLY_*").pre), "RECENTLY~");
  EXPECT_EQ(show(parsed("*_UPON").post), "UPON~");
  Pattern p = parsed("SUGGESTED_+ *");
  EXPECT_EQ(show(p.pre), "SUGGESTED~ +");
}

TEST(ParsePattern, ConnectorsBetweenElements) {
  // Before the verb, tight means "directly followed by the next"; after it, "directly
  // preceded by the previous".
  EXPECT_EQ(show(parsed("* DEMAND_&GENINT_CONVENTIONS").post), "DEMAND &GENINT~ CONVENTIONS~");
  EXPECT_EQ(show(parsed("* NEW_&TIETYPES_RELATIONS").post), "NEW &TIETYPES~ RELATIONS~");
  Pattern q = parsed("SO IN_AND_*_OUT_AGAIN NOW");
  EXPECT_EQ(show(q.pre), "SO IN~ AND~");
  EXPECT_EQ(show(q.post), "OUT~ AGAIN~ NOW");
  EXPECT_EQ(show(parsed("MOST_CERTAINLY_&NEG_EVER *").pre), "MOST~ CERTAINLY~ &NEG~ EVER");
}

TEST(ParsePattern, TrailingUnderscoreIsTheExactMarkNotAConnector) {
  EXPECT_EQ(show(parsed("IN_ *").pre), "IN");
  Pattern p = parsed("+ KNOWN_ * IN_ $");
  EXPECT_EQ(show(p.pre), "+ KNOWN");
  EXPECT_EQ(show(p.post), "IN $");
  EXPECT_EQ(show(parsed("* OFF_").post), "OFF");
}

TEST(ParsePattern, Slots) {
  Pattern p = parsed("$ ^ % * + WITH ^");
  EXPECT_EQ(show(p.pre), "$ ^ %");
  EXPECT_EQ(show(p.post), "+ WITH ^");
}

TEST(ParsePattern, PetrarchTwoGroups) {
  Pattern p = parsed("* (TO LIST) (OF {BANNED PARTIES})");
  EXPECT_EQ(show(p.post), "TO@1 LIST@1 OF@2 BANNED@3 PARTIES@3");
  ASSERT_EQ(p.groups.size(), 3u);
  EXPECT_TRUE(p.groups[0].prepositional);
  EXPECT_EQ(p.groups[0].parent, 0);
  EXPECT_FALSE(p.groups[2].prepositional);
  EXPECT_EQ(p.groups[2].parent, 2);
  EXPECT_EQ(show(parsed("* {ARMS SHIPMENT}").post), "ARMS@1 SHIPMENT@1");
  EXPECT_EQ(show(parsed("&MILITARY *").pre), "&MILITARY");
  EXPECT_EQ(show(parsed("* WITHDRAWAL (OF $) (FROM +)").post), "WITHDRAWAL OF@1 $@1 FROM@2 +@2");
  EXPECT_EQ(show(parsed("* {AIR_STRIKE}").post), "AIR@1 STRIKE~@1");
  EXPECT_EQ(show(parsed("* (TO)").post), "TO@1");
}

TEST(ParsePattern, WordsSplitLikePhrases) {
  EXPECT_EQ(show(parsed("* GONDOR'S AID").post), "GONDOR 'S~ AID");
  EXPECT_EQ(show(parsed("ANTI- + *").pre), "ANTI- +");
  EXPECT_EQ(show(parsed("* re-trial").post), "RE-TRIAL");
}

TEST(ParsePattern, Malformed) {
  EXPECT_NE(failure("TIVILIAN").find("'*'"), std::string::npos);
  EXPECT_NE(failure("* COMMIT * AID").find("more than one"), std::string::npos);
  failure("* FIRE IN PROTEST }");
  failure("* (WITH VISIT)   VISIT)");
  failure("* (OPEN");
  failure("* {NOUN)");
  failure("* &");
  failure("");
}

}  // namespace
}  // namespace dyad::dict
