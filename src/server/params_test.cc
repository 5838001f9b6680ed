#include <gtest/gtest.h>

#include "dyad/server.h"

namespace dyad {
namespace {

template <typename T>
std::string error_of(const Result<T>& r) {
  return r ? std::string() : r.error();
}

TEST(QueryString, DecodesPercentPlusAndBareKeys) {
  QueryParams p = parse_query_string("a=1&b=x%20y+z&flag&&c=%E2%82%AC&d=%zz&e=%4");
  EXPECT_EQ(p.find("a")->second, "1");
  EXPECT_EQ(p.find("b")->second, "x y z");
  EXPECT_EQ(p.find("flag")->second, "");
  EXPECT_EQ(p.find("c")->second, "\xE2\x82\xAC");
  EXPECT_EQ(p.find("d")->second, "%zz");  // malformed escapes stay as written
  EXPECT_EQ(p.find("e")->second, "%4");
  EXPECT_EQ(p.size(), 6u);
}

TEST(QueryString, KeepsRepeatedKeys) {
  QueryParams p = parse_query_string("by=month&by=quad");
  EXPECT_EQ(p.count("by"), 2u);
}

TEST(ListQueryParams, DefaultsWhenEmpty) {
  auto q = parse_list_query({});
  ASSERT_TRUE(q) << q.error();
  EXPECT_EQ(q->level, Level::Events);
  EXPECT_EQ(q->limit, 100);
  EXPECT_EQ(q->offset, 0);
  EXPECT_EQ(q->sort, "-date");
}

TEST(ListQueryParams, MapsEveryFilterOntoEventFilter) {
  auto q = parse_list_query(parse_query_string(
      "source=fra&target=MLI*&actor=USA&country=ML&code=19*&root=19&quad=4&date_from=2022-01-01"
      "&date_to=2022-12-31&place=Gao&q=withdraw*&article=npr-1&event=12&level=mentions"
      "&limit=5&offset=10&sort=goldstein"));
  ASSERT_TRUE(q) << q.error();
  const EventFilter& f = q->filter;
  EXPECT_EQ(f.source, "FRA");  // codes are upper case
  EXPECT_EQ(f.target, "MLI*");
  EXPECT_EQ(f.actor, "USA");
  EXPECT_EQ(f.country, "ML");
  EXPECT_EQ(f.code, "19*");
  EXPECT_EQ(f.root, "19");
  EXPECT_EQ(f.quad, 4);
  EXPECT_EQ(f.date_from, "2022-01-01");
  EXPECT_EQ(f.date_to, "2022-12-31");
  EXPECT_EQ(f.place, "Gao");
  EXPECT_EQ(f.text, "withdraw*");
  EXPECT_EQ(f.article, "npr-1");
  EXPECT_EQ(f.event_id, 12);
  EXPECT_EQ(q->level, Level::Mentions);
  EXPECT_EQ(q->limit, 5);
  EXPECT_EQ(q->offset, 10);
  EXPECT_EQ(q->sort, "goldstein");
}

TEST(ListQueryParams, EmptyValuesDoNotFilter) {
  auto q = parse_list_query(parse_query_string("source=&quad=&limit="));
  ASSERT_TRUE(q) << q.error();
  EXPECT_TRUE(q->filter.source.empty());
  EXPECT_FALSE(q->filter.quad);
  EXPECT_EQ(q->limit, 100);
}

struct BadCase {
  const char* query;
  const char* names;  // the message must mention it
};

class BadListParams : public ::testing::TestWithParam<BadCase> {};

TEST_P(BadListParams, ErrorNamesTheParameter) {
  auto q = parse_list_query(parse_query_string(GetParam().query));
  ASSERT_FALSE(q) << GetParam().query;
  EXPECT_NE(q.error().find(std::string("'") + GetParam().names + "'"), std::string::npos)
      << q.error();
}

INSTANTIATE_TEST_SUITE_P(
    Cases, BadListParams,
    ::testing::Values(
        BadCase{"quad=7", "quad"}, BadCase{"quad=x", "quad"}, BadCase{"quad=0", "quad"},
        BadCase{"date_from=2022-13-01", "date_from"}, BadCase{"date_to=20220101", "date_to"},
        BadCase{"date_to=2022-02-30", "date_to"}, BadCase{"limit=0", "limit"},
        BadCase{"limit=10001", "limit"}, BadCase{"limit=abc", "limit"},
        BadCase{"offset=-1", "offset"}, BadCase{"level=sentences", "level"},
        BadCase{"sort=name", "sort"}, BadCase{"level=mentions&sort=-mentions", "sort"},
        BadCase{"source=FR%20A", "source"}, BadCase{"target=a'b", "target"},
        BadCase{"code=08;--", "code"}, BadCase{"root=ab", "root"}, BadCase{"event=0", "event"},
        BadCase{"event=1x", "event"}, BadCase{"q=%20%20", "q"}, BadCase{"sourc=FRA", "sourc"},
        BadCase{"by=month", "by"}, BadCase{"source=FRA&source=USA", "source"}));

TEST(ListQueryParams, DateRangeBackwardsNamesAParameter) {
  auto q = parse_list_query(parse_query_string("date_from=2022-02-01&date_to=2021-01-01"));
  ASSERT_FALSE(q);
  EXPECT_EQ(q.error().rfind("bad parameter 'date_from'", 0), 0u) << q.error();
}

TEST(FilterProblems, UseTheApiNames) {
  EXPECT_EQ(filter_problem_message("text: bad full-text query"),
            "bad parameter 'q': bad full-text query");
  EXPECT_EQ(filter_problem_message("event_id: 0 is not an event id"),
            "bad parameter 'event': 0 is not an event id");
  EXPECT_EQ(filter_problem_message("disk I/O error"), "bad filter: disk I/O error");
  EXPECT_EQ(filter_problem_message("no such table: events"), "bad filter: no such table: events");
}

TEST(ListQueryParams, RefusesHugeValues) {
  auto q = parse_list_query(parse_query_string("place=" + std::string(600, 'x')));
  ASSERT_FALSE(q);
  EXPECT_NE(q.error().find("'place'"), std::string::npos);
}

TEST(ListQueryParams, UnknownNameIsCutInTheMessage) {
  auto q = parse_list_query(parse_query_string(std::string(300, 'k') + "=1"));
  ASSERT_FALSE(q);
  EXPECT_LT(q.error().size(), 400u);
}

TEST(AggregateQueryParams, ByCommaSeparatedAndRepeated) {
  auto q = parse_aggregate_query(parse_query_string("by=month,quad&by=dyad&level=mentions"));
  ASSERT_TRUE(q) << q.error();
  EXPECT_EQ(q->by, (std::vector<std::string>{"month", "quad", "dyad"}));
  EXPECT_EQ(q->level, Level::Mentions);
  EXPECT_EQ(q->limit, 10000);
}

TEST(AggregateQueryParams, DefaultsToMonth) {
  auto q = parse_aggregate_query(parse_query_string("by=&source=FRA"));
  ASSERT_TRUE(q) << q.error();
  EXPECT_EQ(q->by, (std::vector<std::string>{"month"}));
  EXPECT_EQ(q->filter.source, "FRA");
}

TEST(AggregateQueryParams, RefusesBadKeysLevelsAndListParameters) {
  for (const char* bad : {"by=decade", "by=month,month", "by=day,week,month,year,quad",
                          "level=stories", "sort=date", "offset=3", "limit=0"}) {
    auto q = parse_aggregate_query(parse_query_string(bad));
    EXPECT_FALSE(q) << bad;
    if (!q) {
      EXPECT_NE(q.error().find("'"), std::string::npos) << q.error();
    }
  }
}

TEST(ActorQueryParams, QueryAndLimit) {
  auto q = parse_actor_query(parse_query_string("q=fra&limit=5"));
  ASSERT_TRUE(q) << q.error();
  EXPECT_EQ(q->q, "fra");
  EXPECT_EQ(q->limit, 5);
  EXPECT_FALSE(parse_actor_query(parse_query_string("limit=1001")));
  EXPECT_FALSE(parse_actor_query(parse_query_string("source=FRA")));
  EXPECT_EQ(error_of(parse_actor_query({})), "");
}

}  // namespace
}  // namespace dyad
