#include "dict/native_codes.h"

#include <gtest/gtest.h>

namespace dyad::dict {
namespace {

using Codes = std::vector<std::string>;

std::vector<ActorCode> codes(std::string_view field) {
  std::vector<ActorCode> out;
  std::string error;
  EXPECT_TRUE(parse_native_actor_codes(field, "f:1", out, error)) << field << ": " << error;
  return out;
}

std::string error_of(std::string_view field) {
  std::vector<ActorCode> out;
  std::string error;
  EXPECT_FALSE(parse_native_actor_codes(field, "f:1", out, error)) << field;
  return error;
}

TEST(NativeActorCodes, OneUndatedCode) {
  auto c = codes("fra");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].codes, (Codes{"FRA"}));
  EXPECT_FALSE(c[0].restricted);
  EXPECT_EQ(c[0].origin, "f:1");
}

TEST(NativeActorCodes, SeveralUndatedCodesAreOneRule) {
  auto c = codes("FRO; BIL;SAM");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].codes, (Codes{"FRO", "BIL", "SAM"}));
}

TEST(NativeActorCodes, DatedCodesInOrder) {
  auto c = codes("MLIMIL@2020-08-18..; MLIGOV@2021-05-28..2024-12-31; USAGOV@..2009-01-19; MLIELI");
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(c[0].codes, (Codes{"MLIMIL"}));
  EXPECT_TRUE(c[0].restricted);
  EXPECT_EQ(c[0].from, 20200818);
  EXPECT_EQ(c[0].to, 99999999);
  EXPECT_EQ(c[1].from, 20210528);
  EXPECT_EQ(c[1].to, 20241231);
  EXPECT_EQ(c[2].from, 0);
  EXPECT_EQ(c[2].to, 20090119);
  EXPECT_FALSE(c[3].restricted);
  EXPECT_EQ(c[3].codes, (Codes{"MLIELI"}));
}

TEST(NativeActorCodes, IntervalsAreInclusiveAndFirstDatedWins) {
  ActorEntry e;
  e.codes = codes("USAGOV@2021-01-20..2025-01-20; USAELI");
  EXPECT_EQ(e.codes_at(20210120)->codes, (Codes{"USAGOV"}));
  EXPECT_EQ(e.codes_at(20250120)->codes, (Codes{"USAGOV"}));
  EXPECT_EQ(e.codes_at(20250121)->codes, (Codes{"USAELI"}));
  EXPECT_EQ(e.codes_at(20210119)->codes, (Codes{"USAELI"}));
  EXPECT_EQ(e.codes_at(0)->codes, (Codes{"USAELI"}));
  ActorEntry only_dated;
  only_dated.codes = codes("FRAGOV@2017-05-14..");
  EXPECT_EQ(only_dated.codes_at(20170513), nullptr) << "no code outside its interval";
  EXPECT_NE(only_dated.codes_at(20170514), nullptr);
  ActorEntry goita;
  goita.codes = codes("MLIMIL@2020-08-18..; MLIGOV@2021-05-28..");
  EXPECT_EQ(goita.codes_at(20220217)->codes, (Codes{"MLIMIL"})) << "list the winner first";
}

TEST(NativeActorCodes, Errors) {
  EXPECT_NE(error_of("").find("without a code"), std::string::npos);
  EXPECT_NE(error_of("FRA GOV").find("bad actor code"), std::string::npos);
  EXPECT_NE(error_of("FRA/BIL").find("bad actor code"), std::string::npos);
  EXPECT_NE(error_of("[FRA]").find("bad actor code"), std::string::npos);
  EXPECT_NE(error_of("FRA@2017-05-14").find("bad date interval"), std::string::npos);
  EXPECT_NE(error_of("FRA@2017-13-01..").find("bad date"), std::string::npos);
  EXPECT_NE(error_of("FRA@2017-02-30..").find("bad date"), std::string::npos);
  EXPECT_NE(error_of("FRA@170514..").find("bad date"), std::string::npos);
  EXPECT_NE(error_of("FRA@..").find("open at both ends"), std::string::npos);
  EXPECT_NE(error_of("FRA@2020-01-02..2020-01-01").find("ends before"), std::string::npos);
  EXPECT_NE(error_of("@2020-01-01..").find("bad actor code"), std::string::npos);
}

TEST(NativeAgentCode, SuffixAndPrefix) {
  AgentEntry e;
  std::string error;
  ASSERT_TRUE(parse_native_agent_code("~mil", e, error)) << error;
  EXPECT_EQ(e.code, "MIL");
  EXPECT_FALSE(e.prefix);
  ASSERT_TRUE(parse_native_agent_code("NGO~", e, error)) << error;
  EXPECT_EQ(e.code, "NGO");
  EXPECT_TRUE(e.prefix);
  for (const char* bad : {"MIL", "~", "~MIL~", "~~MIL", "~M L", "", "~MIL;~GOV"})
    EXPECT_FALSE(parse_native_agent_code(bad, e, error)) << bad;
}

TEST(ValidEventCode, Forms) {
  for (const char* ok : {"---", "087", "0874", "19", "1124"}) EXPECT_TRUE(valid_event_code(ok, false)) << ok;
  for (const char* ok : {"032:033", "---:173", "036:036"}) EXPECT_TRUE(valid_event_code(ok, true)) << ok;
  for (const char* bad : {"", "8", "08745", "08a", "032:033", "--", "[087]"})
    EXPECT_FALSE(valid_event_code(bad, false)) << bad;
  for (const char* bad : {":173", "032:", "032:033:034", "a:b"})
    EXPECT_FALSE(valid_event_code(bad, true)) << bad;
}

}  // namespace
}  // namespace dyad::dict
