#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <random>

#include "dyad/query.h"
#include "query/test_store.h"

namespace dyad {
namespace {

using testing::TestStore;

size_t column(const Table& t, const std::string& name) {
  for (size_t i = 0; i < t.columns.size(); ++i)
    if (t.columns[i] == name) return i;
  ADD_FAILURE() << "no column " << name;
  return 0;
}

std::string text(const Value& v) { return value_text(v); }

class Aggregate : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_ = new TestStore("aggregate");
    testing::fill_sample(*db_);
  }
  static void TearDownTestSuite() {
    delete db_;
    db_ = nullptr;
  }
  Table agg(std::vector<std::string> by, const EventFilter& f = {}, Level level = Level::Events,
            bool rollup = true) {
    AggregateQuery q;
    q.by = std::move(by);
    q.filter = f;
    q.level = level;
    q.use_rollup = rollup;
    auto t = aggregate_events(db_->store(), q);
    EXPECT_TRUE(t.ok()) << t.error();
    return t ? *t : Table{};
  }
  // key text (keys joined by '|') -> count
  std::map<std::string, int64_t> counts(const Table& t, size_t nkeys) {
    std::map<std::string, int64_t> out;
    size_t c = column(t, "count");
    for (const auto& row : t.rows) {
      std::string key;
      for (size_t i = 0; i < nkeys; ++i) key += (i ? "|" : "") + text(row[i]);
      out[key] = std::get<int64_t>(row[c]);
    }
    return out;
  }
  static TestStore* db_;
};
TestStore* Aggregate::db_ = nullptr;

using Counts = std::map<std::string, int64_t>;

TEST_F(Aggregate, ByMonthWithEveryMetric) {
  Table t = agg({"month"});
  EXPECT_EQ(t.columns, (std::vector<std::string>{"month", "count", "mentions", "goldstein_mean",
                                                 "goldstein_sum", "quad1_share", "quad2_share",
                                                 "quad3_share", "quad4_share"}));
  EXPECT_EQ(counts(t, 1), (Counts{{"2021-01", 1}, {"2022-02", 3}, {"2022-03", 3}}));
  const auto& feb = t.rows[1];
  EXPECT_EQ(std::get<int64_t>(feb[column(t, "mentions")]), 4);  // E1 has two
  EXPECT_DOUBLE_EQ(std::get<double>(feb[column(t, "goldstein_sum")]), 18.0);
  EXPECT_DOUBLE_EQ(std::get<double>(feb[column(t, "goldstein_mean")]), 6.0);
  EXPECT_DOUBLE_EQ(std::get<double>(feb[column(t, "quad2_share")]), 2.0 / 3);
  EXPECT_DOUBLE_EQ(std::get<double>(feb[column(t, "quad3_share")]), 1.0 / 3);
  // March: 903 has no quad and no Goldstein: shares over all three events, mean over two.
  const auto& mar = t.rows[2];
  EXPECT_DOUBLE_EQ(std::get<double>(mar[column(t, "quad1_share")]), 1.0 / 3);
  EXPECT_DOUBLE_EQ(std::get<double>(mar[column(t, "quad4_share")]), 1.0 / 3);
  EXPECT_DOUBLE_EQ(std::get<double>(mar[column(t, "goldstein_mean")]), (3.4 - 10) / 2);
}

TEST_F(Aggregate, TimeKeys) {
  EXPECT_EQ(counts(agg({"day"}), 1),
            (Counts{{"2021-01-03", 1}, {"2022-02-17", 3}, {"2022-03-05", 3}}));
  EXPECT_EQ(counts(agg({"year"}), 1), (Counts{{"2021", 1}, {"2022", 6}}));
  // 2021-01-03 is a Sunday in ISO week 53 of 2020; 2022-02-17 is a Thursday of week 7.
  EXPECT_EQ(counts(agg({"week"}), 1),
            (Counts{{"2020-W53", 1}, {"2022-W07", 3}, {"2022-W09", 3}}));
}

TEST_F(Aggregate, IsoWeeksAtYearEnds) {
  TestStore t("weeks");
  const char* days[] = {"2020-12-31", "2021-01-04", "2024-12-29", "2024-12-30", "2026-01-01",
                        "2027-01-03", "2027-01-04"};
  t.add_article("w", "2020-12-31", "X", "", "", {"s"});
  int i = 0;
  for (const char* d : days) {
    testing::MentionSpec m;
    m.id = "w" + std::to_string(i++);
    m.article = "w";
    m.date = d;
    m.source = "AAA";
    m.target = "BBB";
    m.code = std::to_string(10 + i);
    t.add_mention(m);
  }
  t.merge();
  AggregateQuery q;
  q.by = {"day", "week"};
  auto r = aggregate_events(t.store(), q);
  ASSERT_TRUE(r.ok()) << r.error();
  std::map<std::string, std::string> week;
  for (const auto& row : r->rows) week[text(row[0])] = text(row[1]);
  EXPECT_EQ(week["2020-12-31"], "2020-W53");
  EXPECT_EQ(week["2021-01-04"], "2021-W01");
  EXPECT_EQ(week["2024-12-29"], "2024-W52");
  EXPECT_EQ(week["2024-12-30"], "2025-W01");
  EXPECT_EQ(week["2026-01-01"], "2026-W01");
  EXPECT_EQ(week["2027-01-03"], "2026-W53");
  EXPECT_EQ(week["2027-01-04"], "2027-W01");
}

TEST_F(Aggregate, ActorKeys) {
  Table dyad = agg({"dyad"});
  EXPECT_EQ(dyad.columns[0], "source");
  EXPECT_EQ(dyad.columns[1], "target");
  EXPECT_EQ(counts(dyad, 2).at("FRAGOV|MLI"), 1);
  EXPECT_EQ(counts(dyad, 2).size(), 7u);
  EXPECT_EQ(counts(agg({"source"}), 1).at("UKRGOV"), 2);
  EXPECT_EQ(counts(agg({"target"}), 1).at("MLI"), 2);
  EXPECT_EQ(counts(agg({"source_country"}), 1),
            (Counts{{"FRA", 3}, {"MLI", 1}, {"RUS", 1}, {"UKR", 2}}));
  EXPECT_EQ(counts(agg({"target_country"}), 1),
            (Counts{{"", 1}, {"FRA", 2}, {"MLI", 2}, {"RUS", 1}, {"UKR", 1}}));
}

TEST_F(Aggregate, CodeKeys) {
  Counts code = counts(agg({"code"}), 1);
  EXPECT_EQ(code.at("0874"), 2);
  EXPECT_EQ(code.at("903"), 1);
  Counts root = counts(agg({"root"}), 1);
  EXPECT_EQ(root.at("08"), 2);
  EXPECT_EQ(root.at(""), 1);  // not a CAMEO code
  Table quad = agg({"quad"});
  // No share columns when grouping by quad; the code without a quad groups as NULL (first).
  EXPECT_EQ(quad.columns.size(), 5u);
  EXPECT_EQ(counts(quad, 1), (Counts{{"", 1}, {"1", 1}, {"2", 2}, {"3", 1}, {"4", 2}}));
  EXPECT_TRUE(std::holds_alternative<std::monostate>(quad.rows[0][0]));
}

TEST_F(Aggregate, PlaceKeys) {
  EXPECT_EQ(counts(agg({"country"}), 1), (Counts{{"", 2}, {"FR", 1}, {"ML", 3}, {"UA", 1}}));
  Table place = agg({"place"});
  EXPECT_EQ(place.columns[0], "place");
  EXPECT_EQ(place.columns[1], "country");
  EXPECT_EQ(place.columns[2], "lat");
  EXPECT_EQ(place.columns[3], "lon");
  bool found = false;
  for (const auto& row : place.rows)
    if (text(row[0]) == "Gao") {
      found = true;
      EXPECT_EQ(text(row[1]), "ML");
      EXPECT_DOUBLE_EQ(std::get<double>(row[2]), 16.27);
      EXPECT_DOUBLE_EQ(std::get<double>(row[3]), -0.04);
    }
  EXPECT_TRUE(found);
  // With "country" as a key of its own, place does not repeat it.
  Table both = agg({"country", "place"});
  EXPECT_EQ((std::vector<std::string>(both.columns.begin(), both.columns.begin() + 4)),
            (std::vector<std::string>{"country", "place", "lat", "lon"}));
}

TEST_F(Aggregate, MentionLevelCountsMentions) {
  Table t = agg({"month"}, {}, Level::Mentions);
  EXPECT_EQ(counts(t, 1), (Counts{{"2021-01", 1}, {"2022-02", 4}, {"2022-03", 3}}));
  EXPECT_EQ(std::get<int64_t>(t.rows[1][column(t, "mentions")]), 4);
}

TEST_F(Aggregate, FiltersApply) {
  EventFilter f;
  f.source = "FRA";
  EXPECT_EQ(counts(agg({"year"}, f), 1), (Counts{{"2021", 1}, {"2022", 2}}));
  f = {};
  f.text = "army";
  EXPECT_EQ(counts(agg({"code"}, f), 1), (Counts{{"0874", 1}, {"111", 1}}));
  f = {};
  f.place = "ml";
  EXPECT_EQ(counts(agg({"month"}, f), 1), (Counts{{"2022-02", 3}}));
}

TEST_F(Aggregate, RollupAppliesOnlyWhereItCanAnswer) {
  AggregateQuery q;
  q.by = {"month", "dyad"};
  EXPECT_TRUE(rollup_applies(q));
  q.by = {"year", "quad", "source", "target"};
  q.filter.source = "FRA";
  q.filter.actor = "MLI";
  q.filter.quad = 2;
  q.filter.date_from = "2022-01-01";
  q.filter.date_to = "2024-02-29";
  EXPECT_TRUE(rollup_applies(q));
  q.filter.date_to = "2024-02-28";  // not a month end
  EXPECT_FALSE(rollup_applies(q));
  q.filter.date_to = "";
  q.filter.date_from = "2022-01-02";
  EXPECT_FALSE(rollup_applies(q));
  q.filter = {};
  q.filter.code = "0874";
  EXPECT_FALSE(rollup_applies(q));
  q.filter = {};
  q.by = {"month", "code"};
  EXPECT_FALSE(rollup_applies(q));
  q.by = {"day"};
  EXPECT_FALSE(rollup_applies(q));
  q.by = {"month"};
  q.level = Level::Mentions;
  EXPECT_FALSE(rollup_applies(q));
  q.level = Level::Events;
  q.use_rollup = false;
  EXPECT_FALSE(rollup_applies(q));
}

// Both paths give the same table.
void expect_same(const Table& a, const Table& b) {
  ASSERT_EQ(a.columns, b.columns);
  ASSERT_EQ(a.rows.size(), b.rows.size());
  for (size_t r = 0; r < a.rows.size(); ++r)
    for (size_t c = 0; c < a.columns.size(); ++c) {
      const Value& x = a.rows[r][c];
      const Value& y = b.rows[r][c];
      if (std::holds_alternative<double>(x) && std::holds_alternative<double>(y))
        EXPECT_NEAR(std::get<double>(x), std::get<double>(y), 1e-9)
            << "row " << r << " column " << a.columns[c];
      else
        EXPECT_EQ(x, y) << "row " << r << " column " << a.columns[c] << ": " << text(x)
                        << " vs " << text(y);
    }
}

TEST_F(Aggregate, RollupAndEventsAgreeOnTheSample) {
  for (auto by : std::vector<std::vector<std::string>>{
           {"month"}, {"month", "dyad"}, {"year", "source"}, {"target", "quad"}, {"quad"}}) {
    SCOPED_TRACE(by[0] + (by.size() > 1 ? "," + by[1] : ""));
    expect_same(agg(by, {}, Level::Events, true), agg(by, {}, Level::Events, false));
  }
  EventFilter f;
  f.actor = "FRA";
  f.date_from = "2022-02-01";
  f.date_to = "2022-02-28";
  expect_same(agg({"month", "dyad"}, f, Level::Events, true),
              agg({"month", "dyad"}, f, Level::Events, false));
}

TEST(AggregateRollup, AgreesWithEventsOnRandomData) {
  TestStore t("rollup_random");
  std::mt19937 rng(42);
  const char* actors[] = {"FRA", "FRAGOV", "MLI", "MLIMIL", "RUS", "UKR", "USAGOV", "DEU"};
  const char* codes[] = {"010", "0233", "042", "0874", "111", "173", "190", "903"};
  const int quads[] = {1, 1, 1, 2, 3, 4, 4, 0};
  const double gold[] = {0.0, 3.4, 1.9, 10.0, -2.0, -5.0, -10.0, 0};
  t.add_article("r", "2020-01-01", "X", "", "", {"s"});
  t.exec("BEGIN");
  for (int i = 0; i < 3000; ++i) {
    testing::MentionSpec m;
    m.id = "r" + std::to_string(i);
    m.article = "r";
    char date[11];
    std::snprintf(date, sizeof date, "202%d-%02d-%02d", static_cast<int>(rng() % 3),
                  static_cast<int>(rng() % 12 + 1), static_cast<int>(rng() % 28 + 1));
    m.date = date;
    m.source = actors[rng() % 8];
    m.target = actors[rng() % 8];
    int c = rng() % 8;
    m.code = codes[c];
    if (quads[c]) {
      m.quad = quads[c];
      m.goldstein = gold[c];
    }
    t.add_mention(m);
  }
  t.exec("COMMIT");
  t.merge();
  for (auto by : std::vector<std::vector<std::string>>{
           {"month", "dyad"}, {"year"}, {"source", "quad"}, {"target", "month"}}) {
    for (int variant = 0; variant < 3; ++variant) {
      AggregateQuery q;
      q.by = by;
      if (variant == 1) q.filter.source = "FRA";
      if (variant == 2) {
        q.filter.actor = "MLI*";
        q.filter.quad = 2;
        q.filter.date_from = "2021-03-01";
        q.filter.date_to = "2022-06-30";
      }
      ASSERT_TRUE(rollup_applies(q));
      auto fast = aggregate_events(t.store(), q);
      q.use_rollup = false;
      auto slow = aggregate_events(t.store(), q);
      ASSERT_TRUE(fast.ok()) << fast.error();
      ASSERT_TRUE(slow.ok()) << slow.error();
      ASSERT_FALSE(slow->rows.empty());
      SCOPED_TRACE(by[0] + " variant " + std::to_string(variant));
      expect_same(*fast, *slow);
    }
  }
}

TEST_F(Aggregate, RejectsBadQueries) {
  AggregateQuery q;
  q.by = {"month", "weekday"};
  auto r = aggregate_events(db_->store(), q);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().rfind("by: 'weekday'", 0), 0u) << r.error();
  q.by = {"dyad", "source"};
  EXPECT_EQ(aggregate_events(db_->store(), q).error().rfind("by: 'source' repeats", 0), 0u);
  q.by = {};
  EXPECT_EQ(aggregate_events(db_->store(), q).error().rfind("by:", 0), 0u);
  q.by = {"month"};
  q.limit = 0;
  EXPECT_EQ(aggregate_events(db_->store(), q).error().rfind("limit:", 0), 0u);
  q.limit = 10;
  q.level = Level::Stories;
  EXPECT_EQ(aggregate_events(db_->store(), q).error().rfind("level:", 0), 0u);
  q.level = Level::Events;
  q.filter.date_from = "yesterday";
  EXPECT_EQ(aggregate_events(db_->store(), q).error().rfind("date_from:", 0), 0u);
}

TEST_F(Aggregate, LimitCutsRowsInKeyOrder) {
  AggregateQuery q;
  q.by = {"day"};
  q.limit = 2;
  auto r = aggregate_events(db_->store(), q);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->rows.size(), 2u);
  EXPECT_EQ(text(r->rows[0][0]), "2021-01-03");
}

}  // namespace
}  // namespace dyad
