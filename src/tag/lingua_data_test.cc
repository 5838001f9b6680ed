#include "tag/lingua_data.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace dyad::tag {
namespace {

TEST(LinguaData, TagNames) {
  EXPECT_EQ(pos_from_lingua("det"), Pos::DT);
  EXPECT_EQ(pos_from_lingua("ppc"), Pos::COMMA);
  EXPECT_EQ(pos_from_lingua("pp"), Pos::PERIOD);
  EXPECT_EQ(pos_from_lingua("pps"), Pos::COLON);
  EXPECT_EQ(pos_from_lingua("ppl"), Pos::LQUOTE);
  EXPECT_EQ(pos_from_lingua("ppr"), Pos::RQUOTE);
  EXPECT_EQ(pos_from_lingua("ppd"), Pos::DOLLAR);
  EXPECT_EQ(pos_from_lingua("prps"), Pos::PRPS);
  EXPECT_EQ(pos_from_lingua("wps"), Pos::WPS);
  EXPECT_EQ(pos_from_lingua("nnps"), Pos::NNPS);
  EXPECT_EQ(pos_from_lingua("vbz"), Pos::VBZ);
  EXPECT_EQ(pos_from_lingua("lrb"), Pos::LRB);
  EXPECT_EQ(pos_from_lingua("xyz"), Pos::UNK);
  EXPECT_EQ(pos_from_lingua("NN"), Pos::UNK);  // Lingua's names are lower case
  EXPECT_EQ(pos_from_lingua(""), Pos::UNK);
}

TEST(LinguaData, ParsesLines) {
  std::string key;
  TagDist tags;
  ASSERT_TRUE(parse_lingua_line("\"'s\": { vbz: 1489, nnp: 11, pos: 10023 }", key, tags));
  EXPECT_EQ(key, "'s");
  ASSERT_EQ(tags.size(), 3u);
  EXPECT_EQ(tags[2].tag, Pos::POS);
  EXPECT_DOUBLE_EQ(tags[2].count, 10023);
  ASSERT_TRUE(parse_lingua_line("P-E: { nnp: 1 } ", key, tags));  // trailing blank
  EXPECT_EQ(key, "P-E");
  ASSERT_TRUE(parse_lingua_line("cd: { cc: 0.0167197, det: 4.45266e-05 }", key, tags));
  EXPECT_DOUBLE_EQ(tags[1].count, 4.45266e-05);
  EXPECT_EQ(tags[1].tag, Pos::DT);
  EXPECT_FALSE(parse_lingua_line("--- #YAML:1.0", key, tags));
  EXPECT_FALSE(parse_lingua_line("", key, tags));
  EXPECT_FALSE(parse_lingua_line("x: { zz: 3 }", key, tags));    // no known tag
  EXPECT_FALSE(parse_lingua_line("x: { nn: abc }", key, tags));  // no number
}

TEST(LinguaData, ReadsADirectoryAndReportsMissingFiles) {
  auto dir = std::filesystem::temp_directory_path() / "dyad_lingua_data_test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  auto missing = read_lingua_data(dir.string());
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().find("words.yml"), std::string::npos) << missing.error();

  std::ofstream(dir / "words.yml") << "--- #YAML:1.0\narmy: { nn: 19 }\n";
  std::ofstream(dir / "unknown.yml") << "\"-cap-\": { nnp: 900 }\n";
  auto no_tags = read_lingua_data(dir.string());
  ASSERT_FALSE(no_tags.ok());
  EXPECT_NE(no_tags.error().find("tags.yml"), std::string::npos) << no_tags.error();

  std::ofstream(dir / "tags.yml") << "det: { nn: 0.5, jj: 0.25 }\n";
  auto data = read_lingua_data(dir.string());
  ASSERT_TRUE(data.ok()) << data.error();
  ASSERT_EQ(data->words.size(), 1u);
  EXPECT_EQ(data->words[0].key, "army");
  EXPECT_EQ(data->unknown[0].key, "-cap-");
  auto at = [&](Pos a, Pos b) {
    return data->transition[static_cast<size_t>(a) * kPosCount + static_cast<size_t>(b)];
  };
  EXPECT_DOUBLE_EQ(at(Pos::DT, Pos::NN), 0.5);
  EXPECT_DOUBLE_EQ(at(Pos::DT, Pos::VB), 0.0);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace dyad::tag
