#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>

#include "dyad/cameo.h"

namespace dyad {
namespace {

const CameoTable& shipped() {
  static const CameoTable table = [] {
    auto loaded = CameoTable::load();
    EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? "" : loaded.error());
    return loaded.ok() ? *loaded : CameoTable{};
  }();
  return table;
}

constexpr const char* kCodes = "# comment\ncode\tlabel\n08\tYield\n087\tDe-escalate\n";
constexpr const char* kScores = "code\tscore\n08\t5.0\n";

TEST(CameoTableShipped, HasEveryCameoCode) {
  EXPECT_EQ(shipped().size(), 311u);
  const CameoInfo* info = shipped().find("0874");
  ASSERT_NE(info, nullptr);
  EXPECT_EQ(info->label, "Retreat or surrender militarily");
  ASSERT_TRUE(info->goldstein.has_value());
  EXPECT_DOUBLE_EQ(*info->goldstein, 10.0);
  const CameoInfo* fight = shipped().find("19");
  ASSERT_NE(fight, nullptr);
  EXPECT_EQ(fight->label, "Fight");
  EXPECT_DOUBLE_EQ(*fight->goldstein, -10.0);
}

TEST(CameoTableShipped, EveryCodeHasAScoreInRange) {
  for (const char* code : {"01", "010", "0211", "112", "1724", "20", "2042"}) {
    const CameoInfo* info = shipped().find(code);
    ASSERT_NE(info, nullptr) << code;
    ASSERT_TRUE(info->goldstein.has_value()) << code;
    EXPECT_GE(*info->goldstein, -10.0);
    EXPECT_LE(*info->goldstein, 10.0);
  }
}

TEST(CameoTableShipped, RootOfAKnownCode) {
  EXPECT_EQ(shipped().root("0874"), "08");
  EXPECT_EQ(shipped().root("08"), "08");
  EXPECT_EQ(shipped().root("190"), "19");
}

TEST(CameoTableShipped, QuadClassByRoot) {
  const std::pair<const char*, int> cases[] = {
      {"01", 1},  {"010", 1}, {"02", 1},  {"036", 1},  {"043", 1},  {"05", 1},  {"057", 1},
      {"06", 2},  {"061", 2}, {"073", 2}, {"08", 2},   {"0874", 2}, {"09", 3},  {"090", 3},
      {"1041", 3}, {"112", 3}, {"12", 3}, {"13", 3},   {"138", 3},  {"14", 4},  {"141", 4},
      {"154", 4}, {"173", 4}, {"183", 4}, {"190", 4},  {"20", 4},   {"2042", 4}};
  for (const auto& [code, quad] : cases) EXPECT_EQ(shipped().quad(code), quad) << code;
  // Every root, written out: 01-05 -> 1, 06-08 -> 2, 09-13 -> 3, 14-20 -> 4.
  const int by_root[] = {0, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4};
  for (int r = 1; r <= 20; ++r) {
    char root[3] = {static_cast<char>('0' + r / 10), static_cast<char>('0' + r % 10), '\0'};
    EXPECT_EQ(shipped().quad(root), by_root[r]) << root;
  }
}

TEST(CameoTableShipped, UnknownCodesAreNotFound) {
  for (const char* code : {"903", "174K", "---", "", "0", "21", "00", "0874 "}) {
    EXPECT_EQ(shipped().find(code), nullptr) << code;
    EXPECT_EQ(shipped().root(code), "") << code;
    EXPECT_EQ(shipped().quad(code), std::nullopt) << code;
  }
}

// The shipped tables must agree with the GDELT lookup tables they were made from.
TEST(CameoTableShipped, AgreesWithTheGdeltLookupTables) {
  std::string dir = std::string(DYAD_SHARED_DIR) + "/data/tables/";
  std::ifstream codes(dir + "CAMEO.eventcodes.txt");
  std::ifstream scores(dir + "CAMEO.goldsteinscale.gdelt.txt");
  if (!codes || !scores) GTEST_SKIP() << "GDELT lookup tables not found under " << dir;
  std::string line;
  int n = 0;
  std::getline(codes, line);  // header
  while (std::getline(codes, line)) {
    std::string code = line.substr(0, line.find('\t'));
    EXPECT_NE(shipped().find(code), nullptr) << code;
    ++n;
  }
  EXPECT_EQ(n, 311);
  std::getline(scores, line);
  while (std::getline(scores, line)) {
    size_t tab = line.find('\t');
    const CameoInfo* info = shipped().find(line.substr(0, tab));
    ASSERT_NE(info, nullptr) << line;
    ASSERT_TRUE(info->goldstein.has_value()) << line;
    EXPECT_DOUBLE_EQ(*info->goldstein, std::stod(line.substr(tab + 1))) << line;
  }
}

TEST(CameoTableParse, ReadsCommentsHeaderAndOptionalScores) {
  auto t = CameoTable::parse(kCodes, kScores);
  ASSERT_TRUE(t.ok()) << t.error();
  EXPECT_EQ(t->size(), 2u);
  EXPECT_EQ(t->find("087")->label, "De-escalate");
  EXPECT_FALSE(t->find("087")->goldstein.has_value());
  EXPECT_DOUBLE_EQ(*t->find("08")->goldstein, 5.0);
  EXPECT_EQ(t->quad("087"), 2);
}

TEST(CameoTableParse, ToleratesCrlfLineEnds) {
  auto t = CameoTable::parse("code\tlabel\r\n14\tProtest\r\n", "code\tscore\r\n14\t-6.5\r\n");
  ASSERT_TRUE(t.ok()) << t.error();
  EXPECT_EQ(t->find("14")->label, "Protest");
  EXPECT_DOUBLE_EQ(*t->find("14")->goldstein, -6.5);
}

// Malformed lines are errors that name the file and line (policy documented in cameo.h).
void expect_error(std::string_view codes, std::string_view scores, const std::string& where) {
  auto t = CameoTable::parse(codes, scores, "codes.tsv", "scores.tsv");
  ASSERT_FALSE(t.ok()) << "accepted a malformed table, expected error at " << where;
  EXPECT_EQ(t.error().rfind(where, 0), 0u) << t.error();
}

TEST(CameoTableParse, MalformedLinesAreErrorsWithFileAndLine) {
  expect_error("code\tlabel\n08\tYield\n087 De-escalate\n", kScores, "codes.tsv:3: ");
  expect_error("code\tlabel\n08\tYield\n08A\tBad\n", kScores, "codes.tsv:3: ");
  expect_error("code\tlabel\n08\tYield\n21\tNo such root\n", kScores, "codes.tsv:3: ");
  expect_error("code\tlabel\n08\tYield\n08\tAgain\n", kScores, "codes.tsv:3: ");
  expect_error("code\tlabel\n08\t\n", kScores, "codes.tsv:2: ");
  expect_error("code\tlabel\n08\tYield\textra\n", kScores, "codes.tsv:2: ");
  expect_error("08\tYield\n", kScores, "codes.tsv:1: ");  // header missing
  expect_error("# only comments\n", kScores, "codes.tsv: ");
  expect_error("code\tlabel\n087\tOrphan\n", "code\tscore\n", "codes.tsv: ");  // no root 08
  expect_error(kCodes, "code\tscore\n08\tfive\n", "scores.tsv:2: ");
  expect_error(kCodes, "code\tscore\n08\t11\n", "scores.tsv:2: ");
  expect_error(kCodes, "code\tscore\n08\t5.0x\n", "scores.tsv:2: ");
  expect_error(kCodes, "code\tscore\n\n09\t1.0\n", "scores.tsv:3: ");  // not a listed code
  expect_error(kCodes, "code\tscore\n08\t1.0\n08\t2.0\n", "scores.tsv:3: ");
  expect_error(kCodes, "code\tlabel\n08\t1.0\n", "scores.tsv:1: ");  // wrong header
}

TEST(CameoTableLoad, MissingDirectoryIsAnErrorNamingTheFile) {
  auto t = CameoTable::load("/nonexistent/dyad-tables");
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.error().find("/nonexistent/dyad-tables/cameo_codes.tsv"), std::string::npos)
      << t.error();
}

TEST(CameoTableLoad, ErrorsNameTheFullPath) {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(DYAD_TEST_BINARY_DIR) / "cameo_table_test_tmp";
  fs::create_directories(dir);
  std::ofstream(dir / "cameo_codes.tsv") << "code\tlabel\n08\tYield\n";
  std::ofstream(dir / "goldstein.tsv") << "code\tscore\n08\tlots\n";
  auto t = CameoTable::load(dir.string());
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().rfind((dir / "goldstein.tsv").string() + ":2: ", 0), 0u) << t.error();
  fs::remove_all(dir);
}

}  // namespace
}  // namespace dyad
