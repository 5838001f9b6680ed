#include "clickhouse/query_sql.h"

#include <gtest/gtest.h>

namespace dyad::ch {
namespace {

const TableNames kDist = table_names("dyad", "two");
const TableNames kLocal = table_names("dyad", "");

std::string where(const EventFilter& f, Level level = Level::Events,
                  const TableNames& t = kDist) {
  auto r = filter_sql(f, level, t);
  EXPECT_TRUE(r.ok()) << r.error();
  return r.ok() ? *r : "";
}

TEST(FilterSql, EmptyFilterMatchesEverything) {
  EXPECT_EQ(where({}), "1");
  EXPECT_EQ(where({}, Level::Mentions), live_mention_sql(kDist));
}

TEST(FilterSql, ActorPrefixesAreIndexFriendlyRanges) {
  EventFilter f;
  f.source = "fra*";
  EXPECT_EQ(where(f), "(source >= 'FRA' AND source < 'FRB')");
  f = {};
  f.actor = "MLI";
  EXPECT_EQ(where(f),
            "((source >= 'MLI' AND source < 'MLJ') OR (target >= 'MLI' AND target < 'MLJ'))");
}

TEST(FilterSql, CountryCodeRootQuadDatesPlace) {
  EventFilter f;
  f.country = "mli";
  f.code = "19*";
  f.root = "19";
  f.quad = 4;
  f.date_from = "2022-01-01";
  f.date_to = "2022-12-31";
  f.place = "gao";
  EXPECT_EQ(where(f),
            "(source_country = 'MLI' OR target_country = 'MLI') AND (code >= '19' AND code < "
            "'1:') AND root = '19' AND quad = 4 AND date >= toDate('2022-01-01') AND date <= "
            "toDate('2022-12-31') AND (lower(place) = lower('gao'))");
  f = {};
  f.country = "ml";
  f.place = "ml";
  f.code = "0874";
  EXPECT_EQ(where(f), "country = 'ML' AND code = '0874' AND (lower(place) = lower('ml') OR "
                      "country = 'ML')");
}

TEST(FilterSql, DatesOutsideClickHouseRangeAreClampedOrEmpty) {
  EventFilter f;
  f.date_from = "1900-01-01";
  EXPECT_EQ(where(f), "date >= toDate('1970-01-01')");
  f.date_to = "1950-01-01";
  f.date_from.clear();
  EXPECT_EQ(where(f), "0");
}

TEST(FilterSql, ArticleAndTextSelectEventsThroughTheirLiveMentions) {
  EventFilter f;
  f.article = "it's";
  EXPECT_EQ(where(f, Level::Mentions, kLocal),
            live_mention_sql(kLocal) + " AND article_id = 'it\\'s'");
  std::string events = where(f, Level::Events, kDist);
  EXPECT_EQ(events, "id GLOBAL IN (SELECT event_id FROM dyad.mentions WHERE " +
                        live_mention_sql(kDist) + " AND article_id = 'it\\'s')");
  EXPECT_EQ(where(f, Level::Events, kLocal).substr(0, 6), "id IN ");
  f = {};
  f.event_id = 42;
  EXPECT_EQ(where(f), "id = 42");
  EXPECT_EQ(where(f, Level::Mentions), live_mention_sql(kDist) + " AND event_id = 42");
}

TEST(FilterSql, HostileValuesAreRejectedOrQuoted) {
  EventFilter f;
  f.source = "FRA' OR 1=1 --";
  auto r = filter_sql(f, Level::Events, kDist);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().substr(0, 7), "source:");
  f = {};
  f.place = "x') OR 1=1 OR place=('";
  EXPECT_EQ(where(f), "(lower(place) = lower('x\\') OR 1=1 OR place=(\\''))");
  f = {};
  f.article = "a\\' OR 1=1 --";
  EXPECT_EQ(where(f, Level::Mentions, kLocal),
            live_mention_sql(kLocal) + " AND article_id = 'a\\\\\\' OR 1=1 --'");
}

TEST(FilterSql, StoriesAreNotKept) {
  auto r = filter_sql({}, Level::Stories, kDist);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().find("stories"), std::string::npos);
}

TEST(ListSql, EventsGroupTheirStateRowsAndPage) {
  ListQuery q;
  q.limit = 10;
  q.offset = 20;
  auto s = list_sql(q, kDist);
  ASSERT_TRUE(s.ok()) << s.error();
  // Each shard orders its own first 30 events; the outer query pages through their union.
  EXPECT_NE(s->rows.find("FROM dyad.events WHERE 1 GROUP BY id, date, source, target, code "
                         "HAVING live > 0 ORDER BY date DESC NULLS LAST, id DESC LIMIT 30) "
                         "ORDER BY date DESC NULLS LAST, id DESC LIMIT 20, 10"),
            std::string::npos)
      << s->rows;
  EXPECT_EQ(s->settings, "distributed_group_by_no_merge=1");
  EXPECT_EQ(list_sql(q, kLocal)->settings, "");
  EXPECT_EQ(s->total, "SELECT sum(sign) AS total FROM dyad.events WHERE 1");
  q.sort = "-mentions";
  EXPECT_NE(list_sql(q, kDist)->rows.find("ORDER BY tupleElement(s, 5) DESC"), std::string::npos);
}

TEST(ListSql, MentionsAndBadOptions) {
  ListQuery q;
  q.level = Level::Mentions;
  q.sort = "goldstein";
  auto s = list_sql(q, kLocal);
  ASSERT_TRUE(s.ok()) << s.error();
  EXPECT_EQ(s->rows.substr(0, 40), "SELECT id, event_id, date, article_date,");
  EXPECT_NE(s->rows.find("FROM dyad.mentions_local WHERE"), std::string::npos);
  EXPECT_NE(s->rows.find("ORDER BY goldstein ASC NULLS FIRST, id ASC LIMIT 0, 100"),
            std::string::npos);
  q.sort = "mentions";
  EXPECT_FALSE(list_sql(q, kLocal).ok());
  q.sort = "size";
  EXPECT_FALSE(list_sql(q, kLocal).ok());
  q.sort = "-date";
  q.limit = 0;
  EXPECT_FALSE(list_sql(q, kLocal).ok());
  q.limit = 10;
  q.offset = -1;
  EXPECT_FALSE(list_sql(q, kLocal).ok());
}

TEST(AggregateSql, KeysGroupAsNumbersAndSumSigns) {
  AggregateQuery q;
  q.by = {"dyad", "month"};
  q.use_rollup = false;
  auto a = aggregate_sql(q, kLocal);
  ASSERT_TRUE(a.ok()) << a.error();
  EXPECT_EQ(a->settings, "");
  EXPECT_EQ(a->sql.substr(0, 71),
            "SELECT source AS k0, target AS k1, toYYYYMM(date) AS k2, sum(sign) AS n");
  EXPECT_NE(a->sql.find("GROUP BY k0, k1, k2 HAVING n > 0 ORDER BY k0 ASC NULLS FIRST"),
            std::string::npos);
  // Over shards, groups by dyad are finished by each shard (events live on their dyad's).
  a = aggregate_sql(q, kDist);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->settings, "distributed_group_by_no_merge=1");
  EXPECT_EQ(a->sql.substr(0, 15), "SELECT * FROM (");
  // Mentions live on their article's shard: the initiator merges.
  q.level = Level::Mentions;
  a = aggregate_sql(q, kDist);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->settings, "");
  EXPECT_NE(a->sql.find("count() AS n"), std::string::npos);
  EXPECT_NE(a->sql.find(live_mention_sql(kDist)), std::string::npos);
}

TEST(AggregateSql, DyadMonthQueriesReadTheRollupUnlessTold) {
  AggregateQuery q;
  q.by = {"dyad", "year"};
  q.filter.source = "FRA";
  q.filter.date_from = "2022-01-01";
  q.filter.date_to = "2022-03-31";
  auto a = aggregate_sql(q, kLocal);
  ASSERT_TRUE(a.ok()) << a.error();
  EXPECT_EQ(a->sql,
            "SELECT source AS k0, target AS k1, toYear(month) AS k2, sum(events) AS n, "
            "sum(mentions) AS m, sum(goldstein_sum) AS gs, sum(goldstein_n) AS gn, sum(quad1) AS "
            "q1, sum(quad2) AS q2, sum(quad3) AS q3, sum(quad4) AS q4 FROM dyad.rollup_local WHERE "
            "(source >= 'FRA' AND source < 'FRB') AND month >= toDate('2022-01-01') AND month <= "
            "toDate('2022-03-31') GROUP BY k0, k1, k2 HAVING n > 0 ORDER BY k0 ASC, k1 ASC, k2 "
            "ASC LIMIT 10000");
  a = aggregate_sql(q, kDist);
  EXPECT_NE(a->sql.find("FROM dyad.rollup WHERE"), std::string::npos);
  // Not on month boundaries, a quad key, or use_rollup = false: the events table.
  q.filter.date_to = "2022-03-30";
  EXPECT_NE(aggregate_sql(q, kDist)->sql.find("FROM dyad.events "), std::string::npos);
  q.filter.date_to = "2022-03-31";
  q.by = {"quad"};
  EXPECT_NE(aggregate_sql(q, kDist)->sql.find("FROM dyad.events "), std::string::npos);
  q.by = {"month"};
  q.use_rollup = false;
  EXPECT_NE(aggregate_sql(q, kDist)->sql.find("FROM dyad.events "), std::string::npos);
}

TEST(AggregateSql, BadKeysLimitsAndLevels) {
  AggregateQuery q;
  q.by = {"planet"};
  EXPECT_FALSE(aggregate_sql(q, kDist).ok());
  q.by = {"dyad", "source"};  // source twice
  EXPECT_FALSE(aggregate_sql(q, kDist).ok());
  q.by = {};
  EXPECT_FALSE(aggregate_sql(q, kDist).ok());
  q.by = {"month"};
  q.limit = 0;
  EXPECT_FALSE(aggregate_sql(q, kDist).ok());
  q.limit = 10;
  q.level = Level::Stories;
  EXPECT_FALSE(aggregate_sql(q, kDist).ok());
}

TEST(FinishAggregate, FormatsDateKeysAndComputesMeansAndShares) {
  AggregateQuery q;
  q.by = {"week", "month", "year", "place"};
  auto a = aggregate_sql(q, kDist);
  ASSERT_TRUE(a.ok()) << a.error();
  Table raw;
  raw.columns = {"k0", "k1", "k2", "k3", "k4", "k5", "k6", "n", "m", "gs", "gn",
                 "q1", "q2", "q3", "q4"};
  raw.rows.push_back({int64_t(202207), int64_t(202202), int64_t(2022), std::string("Gao"),
                      std::string("ML"), 16.27, -0.04, int64_t(4), int64_t(9), -5.0, int64_t(2),
                      int64_t(1), int64_t(0), int64_t(1), int64_t(2)});
  raw.rows.push_back({int64_t(202301), int64_t(202301), int64_t(2023), std::string(""),
                      std::string(""), std::monostate{}, std::monostate{}, int64_t(1), int64_t(1),
                      std::monostate{}, int64_t(0), int64_t(0), int64_t(0), int64_t(0),
                      int64_t(0)});
  auto t = finish_aggregate(*a, raw);
  ASSERT_TRUE(t.ok()) << t.error();
  EXPECT_EQ(t->columns,
            (std::vector<std::string>{"week", "month", "year", "place", "country", "lat", "lon",
                                      "count", "mentions", "goldstein_mean", "goldstein_sum",
                                      "quad1_share", "quad2_share", "quad3_share",
                                      "quad4_share"}));
  const auto& r = t->rows[0];
  EXPECT_EQ(std::get<std::string>(r[0]), "2022-W07");
  EXPECT_EQ(std::get<std::string>(r[1]), "2022-02");
  EXPECT_EQ(std::get<std::string>(r[2]), "2022");
  EXPECT_EQ(std::get<int64_t>(r[7]), 4);
  EXPECT_EQ(std::get<int64_t>(r[8]), 9);
  EXPECT_DOUBLE_EQ(std::get<double>(r[9]), -2.5);
  EXPECT_DOUBLE_EQ(std::get<double>(r[10]), -5.0);
  EXPECT_DOUBLE_EQ(std::get<double>(r[11]), 0.25);
  EXPECT_DOUBLE_EQ(std::get<double>(r[14]), 0.5);
  // No Goldstein score at all: the mean is NULL and the sum 0, as SQLite's avg and total.
  EXPECT_TRUE(std::holds_alternative<std::monostate>(t->rows[1][9]));
  EXPECT_DOUBLE_EQ(std::get<double>(t->rows[1][10]), 0.0);

  q.by = {"quad", "country", "place"};
  a = aggregate_sql(q, kDist);
  ASSERT_TRUE(a.ok());
  raw.columns.assign(13, "c");
  raw.rows = {{std::monostate{}, std::string("ML"), std::string("Gao"), 1.0, 2.0, int64_t(1),
               int64_t(1), 1.0, int64_t(1), int64_t(0), int64_t(0), int64_t(0), int64_t(0)}};
  t = finish_aggregate(*a, raw);
  ASSERT_TRUE(t.ok()) << t.error();
  EXPECT_EQ(t->columns, (std::vector<std::string>{"quad", "country", "place", "lat", "lon",
                                                  "count", "mentions", "goldstein_mean",
                                                  "goldstein_sum"}));
}

}  // namespace
}  // namespace dyad::ch
