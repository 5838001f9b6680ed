#include "server/json_writer.h"

#include <gtest/gtest.h>

#include <limits>
#include <nlohmann/json.hpp>

namespace dyad::server {
namespace {

TEST(JsonWriter, StringsAreEscapedAndRepaired) {
  std::string out;
  append_json_string(out, "plain FRA");
  EXPECT_EQ(out, "\"plain FRA\"");
  out.clear();
  append_json_string(out, "a\"b\\c\nd\x01");
  EXPECT_EQ(nlohmann::json::parse(out).get<std::string>(), "a\"b\\c\nd\x01");
  out.clear();
  append_json_string(out, "caf\xC3\xA9 \xFF");  // valid UTF-8, then a stray byte
  auto back = nlohmann::json::parse(out).get<std::string>();
  EXPECT_EQ(back, "caf\xC3\xA9 \xEF\xBF\xBD");
}

TEST(JsonWriter, Values) {
  std::string out;
  for (const Value& v : {Value{}, Value{int64_t{-12}}, Value{2.5}, Value{std::string("x")},
                         Value{std::numeric_limits<double>::infinity()}}) {
    append_json_value(out, v);
    out += ' ';
  }
  EXPECT_EQ(out, "null -12 2.5 \"x\" null ");
}

TEST(JsonWriter, TableRowsParseBackWithExtras) {
  Table t;
  t.columns = {"id", "code", "goldstein"};
  t.rows = {{int64_t{1}, std::string("0874"), 10.0}, {int64_t{2}, std::string("112"), Value{}}};
  std::string out;
  append_table_rows(out, t, [](std::string& o, const std::string& column, const Value&) {
    if (column == "code") o += ",\"label\":\"L\"";
  });
  auto j = nlohmann::json::parse(out);
  ASSERT_EQ(j.size(), 2u);
  EXPECT_EQ(j[0]["code"], "0874");
  EXPECT_EQ(j[0]["label"], "L");
  EXPECT_EQ(j[0]["goldstein"], 10.0);
  EXPECT_TRUE(j[1]["goldstein"].is_null());
  std::string empty;
  append_table_rows(empty, Table{});
  EXPECT_EQ(empty, "[]");
}

}  // namespace
}  // namespace dyad::server
