#include "clickhouse/sql_text.h"

#include <gtest/gtest.h>

namespace dyad::ch {
namespace {

TEST(SqlQuote, EscapesQuotesBackslashesAndControlCharacters) {
  EXPECT_EQ(sql_quote("plain"), "'plain'");
  EXPECT_EQ(sql_quote("it's"), "'it\\'s'");
  EXPECT_EQ(sql_quote("a\\b"), "'a\\\\b'");
  EXPECT_EQ(sql_quote("x' OR '1'='1"), "'x\\' OR \\'1\\'=\\'1'");
  EXPECT_EQ(sql_quote(std::string("t\tn\nr\rz\0", 8)), "'t\\tn\\nr\\rz\\0'");
  // A trailing backslash cannot escape the closing quote.
  EXPECT_EQ(sql_quote("end\\"), "'end\\\\'");
}

TEST(Tsv, EscapesAndUnescapesEveryByte) {
  std::string nasty("a\tb\nc\\d\re'f\0g", 13);
  std::string out;
  append_tsv(out, nasty);
  EXPECT_EQ(out.find('\t'), std::string::npos);
  EXPECT_EQ(out.find('\n'), std::string::npos);
  EXPECT_EQ(unescape_tsv(out), nasty);
  EXPECT_EQ(unescape_tsv("it\\'s"), "it's");
}

TEST(ParseTsvTable, TypesColumnsAndNulls) {
  auto t = parse_tsv_table(
      "n\tx\ts\tq\td\ta\n"
      "UInt64\tFloat64\tString\tNullable(UInt8)\tDate\tArray(String)\n"
      "42\t-2.5\tit\\'s\\ta\t\\N\t2022-02-17\t['a\\'b','c']\n"
      "0\tnan\t\t3\t1970-01-01\t[]\n");
  ASSERT_TRUE(t.ok()) << t.error();
  EXPECT_EQ(t->columns, (std::vector<std::string>{"n", "x", "s", "q", "d", "a"}));
  ASSERT_EQ(t->rows.size(), 2u);
  EXPECT_EQ(std::get<int64_t>(t->rows[0][0]), 42);
  EXPECT_DOUBLE_EQ(std::get<double>(t->rows[0][1]), -2.5);
  EXPECT_EQ(std::get<std::string>(t->rows[0][2]), "it's\ta");
  EXPECT_TRUE(std::holds_alternative<std::monostate>(t->rows[0][3]));
  EXPECT_EQ(std::get<std::string>(t->rows[0][4]), "2022-02-17");
  auto array = parse_string_array(std::get<std::string>(t->rows[0][5]));
  ASSERT_TRUE(array.ok()) << array.error();
  EXPECT_EQ(*array, (std::vector<std::string>{"a'b", "c"}));
  EXPECT_TRUE(std::holds_alternative<std::monostate>(t->rows[1][1]));  // NaN reads as NULL
  EXPECT_EQ(std::get<std::string>(t->rows[1][2]), "");
  EXPECT_EQ(std::get<int64_t>(t->rows[1][3]), 3);
  EXPECT_TRUE(parse_string_array(std::get<std::string>(t->rows[1][5]))->empty());
}

TEST(ParseTsvTable, RejectsMalformedAnswers) {
  EXPECT_FALSE(parse_tsv_table("").ok());
  EXPECT_FALSE(parse_tsv_table("a\tb\nString\n").ok());
  EXPECT_FALSE(parse_tsv_table("a\tb\nString\tString\nonly-one\n").ok());
  EXPECT_FALSE(parse_string_array("['unterminated]").ok());
  EXPECT_FALSE(parse_string_array("no brackets").ok());
}

}  // namespace
}  // namespace dyad::ch
