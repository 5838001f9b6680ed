#include "clickhouse/event_merge.h"

#include <gtest/gtest.h>

namespace dyad::ch {
namespace {

// A mention row as key_mentions_sql() returns it.
std::vector<Value> mention(const std::string& article, const std::string& article_date,
                           int64_t sentence, const std::string& outlet,
                           const std::string& place = "", const std::string& precision = "") {
  Value lat = place.empty() ? Value() : Value(16.27);
  Value lon = place.empty() ? Value() : Value(-0.04);
  return {int64_t(7), std::string("2022-02-17"), std::string("FRA"), std::string("MLI"),
          std::string("0874"), std::string("FRA"), std::string("MLI"), std::string("08"),
          int64_t(3), -2.5, outlet, article, article_date, sentence, place,
          std::string(place.empty() ? "" : "ML"), std::string(""), lat, lon, precision,
          std::string("https://x/" + article)};
}

Table table(std::vector<std::vector<Value>> rows) {
  Table t;
  t.columns.assign(21, "c");
  t.rows = std::move(rows);
  return t;
}

TEST(MergeMentions, FollowsTheSqliteStoreRules) {
  // Two shards' rows of one event; the earliest mention is art-a (2022-02-16).
  auto merged = merge_mentions(
      {table({mention("art-c", "2022-02-17", 0, "NPR", "Mali", "country"),
              mention("art-c", "2022-02-17", 1, "NPR", "Gao", "city")}),
       table({mention("art-b", "2022-02-17", 0, ""), mention("art-a", "2022-02-16", 2, ""),
              mention("art-d", "2022-02-18", 0, "BBC", "Bamako", "city")})});
  ASSERT_TRUE(merged.ok()) << merged.error();
  ASSERT_EQ(merged->size(), 1u);
  const EventState& e = merged->front();
  EXPECT_EQ(e.id, 7);
  ASSERT_EQ(e.values.size(), 20u);
  EXPECT_EQ(std::get<std::string>(e.values[9]), "Gao");  // most precise, earliest of equals
  EXPECT_EQ(std::get<std::string>(e.values[14]), "city");
  EXPECT_EQ(std::get<int64_t>(e.values[15]), 5);  // mentions
  // Sources: NPR, BBC, and each article without an outlet (art-a, art-b).
  EXPECT_EQ(std::get<int64_t>(e.values[16]), 4);
  EXPECT_EQ(std::get<int64_t>(e.values[17]), 4);  // articles
  EXPECT_EQ(std::get<std::string>(e.values[18]), "art-a");
  EXPECT_EQ(std::get<std::string>(e.values[19]), "https://x/art-a");
}

TEST(MergeMentions, UnplacedEventsKeepNullCoordinates) {
  auto merged = merge_mentions({table({mention("a", "2022-02-17", 0, "NPR")})});
  ASSERT_TRUE(merged.ok());
  EXPECT_TRUE(std::holds_alternative<std::monostate>(merged->front().values[12]));
  EXPECT_EQ(std::get<std::string>(merged->front().values[9]), "");
  EXPECT_FALSE(merge_mentions({Table{{"too", "few"}, {}, -1}}).ok());
}

TEST(EventRows, StateAndCancelRowsCarrySignAndVersion) {
  EventState s;
  s.id = 42;
  s.values = {std::string("2022-02-17"), std::string("FRA"), std::string("MLI"),
              std::string("0874"), std::string("FRA"), std::string("MLI"), std::string("08"),
              int64_t(3), -2.5, std::string("Gao\tx"), std::string("ML"), std::string(""),
              Value(), Value(), std::string(""), int64_t(2), int64_t(1), int64_t(2),
              std::string("a"), std::string("")};
  std::string out;
  append_event_row(out, s, -1, 99);
  EXPECT_EQ(out,
            "42\t2022-02-17\tFRA\tMLI\t0874\tFRA\tMLI\t08\t3\t-2.5\tGao\\tx\tML\t\t\\N\t\\N\t\t"
            "2\t1\t2\ta\t\t-1\t99\n");
}

TEST(EventSql, LocalQueriesOverTheKeysTable) {
  std::string m = key_mentions_sql("dyad");
  EXPECT_NE(m.find("FROM dyad.mentions_local WHERE (source, target, date, code) IN keys AND "
                   "(article_key, version) NOT IN (SELECT article_key, version FROM "
                   "dyad.replaced_local)"),
            std::string::npos)
      << m;
  std::string e = stored_events_sql("dyad");
  EXPECT_NE(e.find("FROM dyad.events_local WHERE (source, target, date, code) IN keys GROUP BY "
                   "id HAVING live > 0"),
            std::string::npos)
      << e;
  EXPECT_NE(e.find("ifNull(lat, nan)"), std::string::npos);
}

}  // namespace
}  // namespace dyad::ch
