#include <gtest/gtest.h>

#include "dyad/dictionary.h"

namespace dyad {
namespace {

ActorCode parsed(std::string_view inside) {
  ActorCode c;
  std::string error;
  EXPECT_TRUE(parse_actor_code(inside, c, error)) << inside << ": " << error;
  return c;
}

std::string failure(std::string_view inside) {
  ActorCode c;
  std::string error;
  EXPECT_FALSE(parse_actor_code(inside, c, error)) << inside;
  return error;
}

TEST(ParseActorCode, Plain) {
  ActorCode c = parsed("ELFGOV");
  EXPECT_EQ(c.codes, std::vector<std::string>{"ELFGOV"});
  EXPECT_FALSE(c.restricted);
}

TEST(ParseActorCode, SeveralCodesAndLowercase) {
  EXPECT_EQ(parsed("abc/DEF/ghi").codes, (std::vector<std::string>{"ABC", "DEF", "GHI"}));
  EXPECT_EQ(parsed("  xyz ").codes, std::vector<std::string>{"XYZ"});
  EXPECT_EQ(parsed("---").codes, std::vector<std::string>{"---"});
}

TEST(ParseActorCode, BeforeAndAfter) {
  ActorCode before = parsed("AAA < 950601");
  EXPECT_TRUE(before.restricted);
  EXPECT_EQ(before.from, 0);
  EXPECT_EQ(before.to, 19950600);  // strictly before 1995-06-01
  ActorCode after = parsed("AAA >20130119");
  EXPECT_EQ(after.from, 20130120);  // strictly after
  EXPECT_EQ(after.to, 99999999);
  EXPECT_EQ(parsed("AAA<291231").to, 20291230);  // 00-30 are 20xx
  EXPECT_EQ(parsed("AAA<311231").to, 19311230);
}

TEST(ParseActorCode, Intervals) {
  ActorCode c = parsed("BBB 19950601 - 19990815");
  EXPECT_EQ(c.from, 19950601);
  EXPECT_EQ(c.to, 19990815);
  ActorCode d = parsed("BBB 090120-170120");
  EXPECT_EQ(d.from, 20090120);
  EXPECT_EQ(d.to, 20170120);
}

TEST(ParseActorCode, Malformed) {
  EXPECT_NE(failure("").find("empty"), std::string::npos);
  EXPECT_NE(failure("CCC 2004017-20061201").find("2004017"), std::string::npos);
  EXPECT_NE(failure("950601-990815").find("missing code"), std::string::npos);
  failure("CCC 20121204");           // a date without <, > or an interval
  failure("CCC 20121207-20120802");  // ends before it starts
  failure("CCC <20130230");          // no such day
  failure("CCC >");
  failure("A//B");
  failure("< 950601");
}

ActorEntry entry_with(std::vector<std::string_view> rules) {
  ActorEntry e;
  for (auto r : rules) e.codes.push_back(parsed(r));
  return e;
}

std::string code_at(const ActorEntry& e, int date) {
  const ActorCode* c = e.codes_at(date);
  return c ? c->codes[0] : "(none)";
}

TEST(CodesAt, FirstMatchingRestrictedRuleThenFirstUnrestricted) {
  ActorEntry e = entry_with({"DEF", "EARLY <20000101", "INNER 20050101-20050110",
                             "OUTER 20040101-20061231", "LATE >20061231", "DEF2"});
  EXPECT_EQ(code_at(e, 19991231), "EARLY");
  EXPECT_EQ(code_at(e, 20000101), "DEF");    // '<' is strict
  EXPECT_EQ(code_at(e, 20050101), "INNER");  // interval ends are inclusive
  EXPECT_EQ(code_at(e, 20050110), "INNER");
  EXPECT_EQ(code_at(e, 20050111), "OUTER");
  EXPECT_EQ(code_at(e, 20061231), "OUTER");
  EXPECT_EQ(code_at(e, 20070101), "LATE");  // '>' is strict
  EXPECT_EQ(code_at(e, 0), "DEF");          // unknown date: unrestricted rules only
}

TEST(CodesAt, NoUnrestrictedRuleLeavesGaps) {
  ActorEntry e = entry_with({"A <20000101", "B 20000101-20001231"});
  EXPECT_EQ(code_at(e, 20000601), "B");
  EXPECT_EQ(code_at(e, 20010101), "(none)");
  EXPECT_EQ(ActorEntry().codes_at(20000101), nullptr);
}

}  // namespace
}  // namespace dyad
