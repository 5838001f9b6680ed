#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "dyad/query.h"

namespace dyad {
namespace {

Table sample() {
  Table t;
  t.columns = {"month", "count", "goldstein_mean", "note"};
  t.rows.push_back({std::string("2022-02"), int64_t{3}, 6.0, std::string("plain")});
  t.rows.push_back({std::string("2022-03"), int64_t{12}, 1.0 / 3,
                    std::string("has, comma and \"quotes\"\nand a line")});
  t.rows.push_back({std::string("2022-04"), int64_t{0}, Value{}, std::string("Bamakó")});
  return t;
}

TEST(WriteTableText, AlignsColumnsAndRightAlignsNumbers) {
  std::ostringstream out;
  write_table_text(out, sample());
  std::istringstream in(out.str());
  std::vector<std::string> lines;
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  ASSERT_EQ(lines.size(), 6u);  // header, rule, 3 rows, footer
  EXPECT_EQ(lines[0], "month    count  goldstein_mean  note");
  EXPECT_EQ(lines[1].substr(0, 14), "-------  -----");
  EXPECT_EQ(lines[2], "2022-02      3               6  plain");
  EXPECT_EQ(lines[3].substr(0, 30), "2022-03     12          0.3333");
  // A line break inside a cell must not break the table.
  EXPECT_NE(lines[3].find("quotes\" and a line"), std::string::npos);
  EXPECT_EQ(lines[4], "2022-04      0                  Bamakó");
  EXPECT_EQ(lines[5], "(3 rows)");
}

TEST(WriteTableText, FooterShowsTheTotal) {
  Table t = sample();
  t.total = 40;
  std::ostringstream out;
  write_table_text(out, t);
  EXPECT_NE(out.str().find("(3 of 40 rows)"), std::string::npos);
}

TEST(WriteTableCsv, QuotesPerRfc4180) {
  std::ostringstream out;
  write_table_csv(out, sample());
  EXPECT_EQ(out.str(),
            "month,count,goldstein_mean,note\r\n"
            "2022-02,3,6,plain\r\n"
            "2022-03,12,0.3333333333333333,\"has, comma and \"\"quotes\"\"\nand a line\"\r\n"
            "2022-04,0,,Bamakó\r\n");
}

TEST(WriteTableJson, IsAnArrayOfTypedObjects) {
  std::ostringstream out;
  write_table_json(out, sample());
  auto j = nlohmann::json::parse(out.str());
  ASSERT_TRUE(j.is_array());
  ASSERT_EQ(j.size(), 3u);
  EXPECT_EQ(j[0]["month"], "2022-02");
  EXPECT_TRUE(j[0]["count"].is_number_integer());
  EXPECT_EQ(j[1]["count"], 12);
  EXPECT_DOUBLE_EQ(j[1]["goldstein_mean"].get<double>(), 1.0 / 3);
  EXPECT_TRUE(j[2]["goldstein_mean"].is_null());
  EXPECT_EQ(j[1]["note"], "has, comma and \"quotes\"\nand a line");
  std::ostringstream empty;
  write_table_json(empty, Table{{"a"}, {}, -1});
  EXPECT_EQ(nlohmann::json::parse(empty.str()), nlohmann::json::array());
}

TEST(ValueText, ShortestRoundTrip) {
  EXPECT_EQ(value_text(Value{}), "");
  EXPECT_EQ(value_text(int64_t{-7}), "-7");
  EXPECT_EQ(value_text(0.1), "0.1");
  EXPECT_EQ(value_text(std::string("x")), "x");
}

}  // namespace
}  // namespace dyad
