#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "dyad/cameo.h"
#include "dyad/plover.h"

namespace dyad {
namespace {

const PloverTable& shipped() {
  static const PloverTable table = [] {
    auto loaded = PloverTable::load();
    EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? "" : loaded.error());
    return loaded.ok() ? *loaded : PloverTable{};
  }();
  return table;
}

constexpr const char* kSmall =
    "# comment\n"
    "code\tevent\tmode\tcontext\n"
    "19\tASSAULT\t\t\n"
    "190\tASSAULT\t\tmilitary\n"
    "087\tRETREAT\tdisarm\tmilitary\n"
    "0874\tRETREAT\tdisarm\tmilitary;legal\n";

TEST(PloverTable, ParsesRowsWithEmptyModeAndContextLists) {
  auto t = PloverTable::parse(kSmall);
  ASSERT_TRUE(t.ok()) << t.error();
  EXPECT_EQ(t->size(), 4u);
  const PloverInfo* w = t->find("0874");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->event, "RETREAT");
  EXPECT_EQ(w->mode, "disarm");
  EXPECT_EQ(w->context, (std::vector<std::string>{"military", "legal"}));
  const PloverInfo* root = t->find("19");
  ASSERT_NE(root, nullptr);
  EXPECT_TRUE(root->mode.empty());
  EXPECT_TRUE(root->context.empty());
}

TEST(PloverTable, FallsBackToTheParentThenTheRoot) {
  auto t = PloverTable::parse(kSmall);
  ASSERT_TRUE(t.ok()) << t.error();
  // 0871 is absent: its parent 087 answers.
  EXPECT_EQ(t->find("0871"), t->find("087"));
  EXPECT_EQ(t->find_exact("0871"), nullptr);
  // 1931 and 193 are absent: the root 19 answers.
  EXPECT_EQ(t->find("1931"), t->find("19"));
  EXPECT_EQ(t->find("193"), t->find("19"));
  // Nothing for codes without a listed ancestor, or for things that are not codes.
  EXPECT_EQ(t->find("0211"), nullptr);
  EXPECT_EQ(t->find("087X"), nullptr);
  EXPECT_EQ(t->find("21"), nullptr);
  EXPECT_EQ(t->find(""), nullptr);
  EXPECT_EQ(t->find("08741"), nullptr);
}

TEST(PloverTable, MalformedLinesAreErrorsNamingTheLine) {
  const std::string h = "code\tevent\tmode\tcontext\n";
  struct Case {
    std::string text;
    std::string needle;
  } cases[] = {
      {"code\tevent\n", "t.tsv:1: expected the header"},
      {h + "190\tASSAULT\t\n", "t.tsv:2: expected four tab-separated columns"},
      {h + "190\tASSAULT\t\tmilitary\textra\n", "t.tsv:2: expected four"},
      {h + "2100\tASSAULT\t\t\n", "\"2100\" is not a CAMEO code"},
      {h + "19a\tASSAULT\t\t\n", "\"19a\" is not a CAMEO code"},
      {h + "190\tFIGHT\t\t\n", "\"FIGHT\" is not a PLOVER event type"},
      {h + "190\tASSAULT\tHeavy Weapons\t\n", "bad mode"},
      {h + "190\tASSAULT\t\tmilitary;\n", "trailing ';'"},
      {h + "190\tASSAULT\t\tmilitary;;legal\n", "bad context"},
      {h + "190\tASSAULT\t\t\n190\tASSAULT\t\t\n", "t.tsv:3: duplicate code 190"},
      {"# only a comment\n", "empty table"},
  };
  for (const Case& c : cases) {
    auto t = PloverTable::parse(c.text, "t.tsv");
    ASSERT_FALSE(t.ok()) << c.text;
    EXPECT_NE(t.error().find(c.needle), std::string::npos) << t.error();
  }
}

TEST(PloverTable, ToleratesCrlfAndAMissingFinalNewline) {
  auto t = PloverTable::parse("code\tevent\tmode\tcontext\r\n190\tASSAULT\t\tmilitary");
  ASSERT_TRUE(t.ok()) << t.error();
  ASSERT_NE(t->find("190"), nullptr);
  EXPECT_EQ(t->find("190")->context, std::vector<std::string>{"military"});
}

TEST(PloverTable, KnowsTheSixteenEventTypes) {
  int n = 0;
  for (const char* e : {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                        "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
                        "MOBILIZE", "COERCE", "ASSAULT"}) {
    EXPECT_TRUE(PloverTable::is_event_type(e)) << e;
    ++n;
  }
  EXPECT_EQ(n, 16);
  for (const char* old : {"DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT", "assault", ""})
    EXPECT_FALSE(PloverTable::is_event_type(old)) << old;
}

TEST(PloverTable, ReportsAMissingFile) {
  auto t = PloverTable::load("/nonexistent-dyad-dir");
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.error().find("cannot open /nonexistent-dyad-dir/cameo_plover.tsv"),
            std::string::npos);
}

// ---- the shipped table ----------------------------------------------------------------------

TEST(PloverTableShipped, MapsEveryCameoCodeFrom03To20) {
  auto cameo = CameoTable::load();
  ASSERT_TRUE(cameo.ok()) << cameo.error();
  EXPECT_EQ(shipped().size(), 271u);
  for (const char* code :
       {"03", "0311", "036", "04", "042", "057", "064", "073", "0841", "0874", "094", "1056",
        "112", "1246", "1385", "145", "154", "163", "1724", "186", "195", "2042"}) {
    EXPECT_NE(shipped().find_exact(code), nullptr) << code;
    EXPECT_NE(cameo->find(code), nullptr) << code;
  }
}

TEST(PloverTableShipped, SpotChecksAgainstTheSource) {
  const PloverInfo* w = shipped().find("0874");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->event, "RETREAT");
  EXPECT_EQ(w->mode, "disarm");
  EXPECT_EQ(w->context, std::vector<std::string>{"military"});
  // Old type names are normalised: INVESTIGATE -> ACCUSE, DEMAND -> REQUEST, FIGHT -> ASSAULT.
  EXPECT_EQ(shipped().find("091")->event, "ACCUSE");
  EXPECT_EQ(shipped().find("091")->context, (std::vector<std::string>{"crime", "corruption"}));
  EXPECT_EQ(shipped().find("1053")->event, "REQUEST");
  EXPECT_EQ(shipped().find("193")->event, "ASSAULT");
  EXPECT_EQ(shipped().find("193")->mode, "firearms");
  // 163 is COERCE although its CAMEO root 16 is SANCTION.
  EXPECT_EQ(shipped().find("163")->event, "COERCE");
  EXPECT_EQ(shipped().find("16")->event, "SANCTION");
  // 175: the source's "pro_autocracy" (written in the mode column) is a context.
  EXPECT_EQ(shipped().find("175")->mode, "");
  EXPECT_EQ(shipped().find("175")->context,
            (std::vector<std::string>{"pro_autocracy", "military"}));
  // Not mapped: statements, appeals and the split root 08.
  EXPECT_EQ(shipped().find("010"), nullptr);
  EXPECT_EQ(shipped().find("0233"), nullptr);
  EXPECT_EQ(shipped().find("08"), nullptr);
  EXPECT_EQ(shipped().find("080")->event, "CONCEDE");
  EXPECT_EQ(shipped().find("087")->event, "RETREAT");
}

TEST(PloverTableShipped, RowsAreExactlyTheCameoCodesOfRoots03To20BesideTheRoot08) {
  auto cameo = CameoTable::load();
  ASSERT_TRUE(cameo.ok()) << cameo.error();
  // Every string of two to four digits: a row must be a CAMEO code, and every CAMEO code of a
  // mapped root must have its own row (no subcode relies on the fallback).
  int rows = 0;
  for (int len = 2; len <= 4; ++len) {
    int limit = len == 2 ? 100 : len == 3 ? 1000 : 10000;
    for (int n = 0; n < limit; ++n) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "%0*d", len, n);
      std::string code = buf;
      bool in_cameo = cameo->find(code) != nullptr;
      bool in_plover = shipped().find_exact(code) != nullptr;
      int root = std::stoi(code.substr(0, 2));
      bool mapped_root = root >= 3 && root <= 20 && code != "08";
      EXPECT_EQ(in_plover, in_cameo && mapped_root) << code;
      rows += in_plover;
    }
  }
  EXPECT_EQ(rows, 271);
}

// The shipped file against the published table: every code the source maps (and dyad's table
// lists) has the source's event type, after the old type names are normalised.
TEST(PloverTableShipped, AgreesWithThePublishedMapping) {
  const std::string path = std::string(DYAD_SHARED_DIR) + "/data/tables/CAMEO2PLOVER-2021.txt";
  std::ifstream in(path);
  if (!in) GTEST_SKIP() << "reference table not found: " << path;
  const std::map<std::string, std::string> old_names = {
      {"DEMAND", "REQUEST"}, {"DISAPPROVE", "ACCUSE"}, {"INVESTIGATE", "ACCUSE"},
      {"FIGHT", "ASSAULT"}};
  std::string line;
  int compared = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#' || line[0] == '~') continue;
    size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string code = line.substr(0, colon);
    std::string rest = line.substr(colon + 1, line.find_first_of(",#", colon + 1) - colon - 1);
    std::string event;
    for (char c : rest)
      if (c != ' ') event += c;
    if (auto it = old_names.find(event); it != old_names.end()) event = it->second;
    const PloverInfo* info = shipped().find_exact(code);
    if (!info) continue;  // 1213, 1214 and the split root 08 are left out on purpose
    EXPECT_EQ(info->event, event) << code;
    ++compared;
  }
  EXPECT_EQ(compared, 272);  // 271 rows; 175 appears twice in the source
}

}  // namespace
}  // namespace dyad
