#include <gtest/gtest.h>

#include <set>

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

// "SOURCE>TARGET:CODE" of each row.
std::multiset<std::string> dyads(const Table& t) {
  std::multiset<std::string> out;
  size_t s = column(t, "source"), g = column(t, "target");
  bool has_code = std::find(t.columns.begin(), t.columns.end(), "code") != t.columns.end();
  for (const auto& row : t.rows)
    out.insert(text(row[s]) + ">" + text(row[g]) + (has_code ? ":" + text(row[column(t, "code")]) : ""));
  return out;
}

class ListEvents : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_ = new TestStore("list");
    testing::fill_sample(*db_);
  }
  static void TearDownTestSuite() {
    delete db_;
    db_ = nullptr;
  }
  Table list(const EventFilter& f, Level level = Level::Events, const std::string& sort = "date") {
    ListQuery q;
    q.filter = f;
    q.level = level;
    q.sort = sort;
    auto t = list_events(db_->store(), q);
    EXPECT_TRUE(t.ok()) << t.error();
    if (!t) return {};
    EXPECT_EQ(t->total, static_cast<int64_t>(t->rows.size()));
    return *t;
  }
  static TestStore* db_;
};
TestStore* ListEvents::db_ = nullptr;

using Set = std::multiset<std::string>;

TEST_F(ListEvents, AllEventsWithTheirCounts) {
  Table t = list({});
  EXPECT_EQ(t.rows.size(), 7u);
  EXPECT_EQ(t.columns.front(), "id");
  // Sorted by date ascending: the 2021 event first.
  EXPECT_EQ(text(t.rows[0][column(t, "date")]), "2021-01-03");
  int64_t id = db_->event_id("2022-02-17", "FRAGOV", "MLI", "0874");
  for (const auto& row : t.rows)
    if (std::get<int64_t>(row[0]) == id) {
      EXPECT_EQ(std::get<int64_t>(row[column(t, "num_mentions")]), 2);
      EXPECT_EQ(std::get<int64_t>(row[column(t, "num_sources")]), 2);
      EXPECT_EQ(std::get<int64_t>(row[column(t, "num_articles")]), 2);
      EXPECT_EQ(text(row[column(t, "source_url")]), "https://npr.example/a1");
      EXPECT_EQ(text(row[column(t, "code")]), "0874");  // leading zero kept
    }
}

TEST_F(ListEvents, ActorPrefixes) {
  EventFilter f;
  f.source = "FRA";
  EXPECT_EQ(dyads(list(f)), (Set{"FRAGOV>MLI:0874", "FRAMIL>MLI:0874", "FRACOP>FRAOPP:173"}));
  f.source = "fra*";
  EXPECT_EQ(list(f).rows.size(), 3u);
  f.source = "FRAG";
  EXPECT_EQ(dyads(list(f)), (Set{"FRAGOV>MLI:0874"}));
  f = {};
  f.target = "MLI";
  EXPECT_EQ(dyads(list(f)), (Set{"FRAGOV>MLI:0874", "FRAMIL>MLI:0874"}));
  f = {};
  f.actor = "FRA";
  EXPECT_EQ(list(f).rows.size(), 4u);  // E1, E3, E6 as source, E2 as target
  f = {};
  f.source = "FRA";
  f.target = "MLI";
  EXPECT_EQ(list(f).rows.size(), 2u);
}

TEST_F(ListEvents, CountryOfActorsOrOfThePlace) {
  EventFilter f;
  f.country = "MLI";  // CAMEO: either actor
  EXPECT_EQ(dyads(list(f)),
            (Set{"FRAGOV>MLI:0874", "FRAMIL>MLI:0874", "MLIGOV>FRAMIL:111"}));
  f.country = "ua";  // ISO2: the place
  EXPECT_EQ(dyads(list(f)), (Set{"RUSMIL>UKR:190"}));
}

TEST_F(ListEvents, CodesRootsAndQuads) {
  EventFilter f;
  f.code = "0874";
  EXPECT_EQ(list(f).rows.size(), 2u);
  f.code = "874";  // exact: the leading zero matters
  EXPECT_EQ(list(f).rows.size(), 0u);
  f.code = "19*";
  EXPECT_EQ(dyads(list(f)), (Set{"RUSMIL>UKR:190"}));
  f = {};
  f.root = "08";
  EXPECT_EQ(list(f).rows.size(), 2u);
  f = {};
  f.quad = 4;
  EXPECT_EQ(dyads(list(f)), (Set{"RUSMIL>UKR:190", "FRACOP>FRAOPP:173"}));
}

TEST_F(ListEvents, DateRange) {
  EventFilter f;
  f.date_from = "2022-01-01";
  EXPECT_EQ(list(f).rows.size(), 6u);
  f = {};
  f.date_to = "2021-12-31";
  EXPECT_EQ(dyads(list(f)), (Set{"FRACOP>FRAOPP:173"}));
  f.date_from = "2022-02-17";
  f.date_to = "2022-02-17";
  EXPECT_EQ(list(f).rows.size(), 3u);
}

TEST_F(ListEvents, PlaceByNameOrCountry) {
  EventFilter f;
  f.place = "gao";
  EXPECT_EQ(dyads(list(f)), (Set{"FRAMIL>MLI:0874"}));
  f.place = "ML";
  EXPECT_EQ(list(f).rows.size(), 3u);
  f.place = "Timbuktu";
  EXPECT_EQ(list(f).rows.size(), 0u);
}

TEST_F(ListEvents, FullTextOverSentences) {
  EventFilter f;
  f.text = "withdraw";
  EXPECT_EQ(dyads(list(f)), (Set{"FRAGOV>MLI:0874"}));
  EXPECT_EQ(list(f, Level::Mentions).rows.size(), 2u);  // both articles
  f.text = "army";
  EXPECT_EQ(dyads(list(f)), (Set{"MLIGOV>FRAMIL:111", "FRAMIL>MLI:0874"}));
  f.text = "\"United Nations\"";
  EXPECT_EQ(dyads(list(f, Level::Mentions)), (Set{"UKRGOV>IGOUNO:0233", "UKRGOV>RUS:903"}));
  f.text = "attack*";
  EXPECT_EQ(dyads(list(f)), (Set{"RUSMIL>UKR:190"}));
}

TEST_F(ListEvents, BadFullTextQueryNamesTheField) {
  ListQuery q;
  q.filter.text = "\"unbalanced";
  auto t = list_events(db_->store(), q);
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().rfind("text:", 0), 0u) << t.error();
}

TEST_F(ListEvents, ArticleAndEventId) {
  EventFilter f;
  f.article = "a2";
  EXPECT_EQ(dyads(list(f)), (Set{"FRAGOV>MLI:0874"}));
  EXPECT_EQ(list(f, Level::Mentions).rows.size(), 1u);
  f = {};
  f.event_id = db_->event_id("2022-02-17", "FRAGOV", "MLI", "0874");
  EXPECT_EQ(list(f).rows.size(), 1u);
  Table mentions = list(f, Level::Mentions);
  ASSERT_EQ(mentions.rows.size(), 2u);
  std::set<std::string> ids;
  for (const auto& row : mentions.rows) ids.insert(text(row[column(mentions, "id")]));
  EXPECT_EQ(ids, (std::set<std::string>{"m1", "m2"}));
}

TEST_F(ListEvents, MentionRowsCarryTheirEvidence) {
  EventFilter f;
  f.article = "a1";
  f.code = "111";
  Table t = list(f, Level::Mentions);
  ASSERT_EQ(t.rows.size(), 1u);
  const auto& row = t.rows[0];
  EXPECT_EQ(text(row[column(t, "sentence")]),
            "Malian authorities criticised the French army in Bamako.");
  EXPECT_EQ(text(row[column(t, "url")]), "https://npr.example/a1");
  EXPECT_EQ(text(row[column(t, "title")]), "France to leave Mali");
  EXPECT_EQ(text(row[column(t, "outlet")]), "NPR");
  EXPECT_EQ(std::get<int64_t>(row[column(t, "sentence_idx")]), 1);
  EXPECT_EQ(std::get<int64_t>(row[column(t, "event_id")]),
            db_->event_id("2022-02-17", "MLIGOV", "FRAMIL", "111"));
}

TEST_F(ListEvents, Stories) {
  Table all = list({}, Level::Stories);
  EXPECT_EQ(all.rows.size(), 7u);
  EXPECT_EQ(all.columns[column(all, "date_first")], "date_first");
  EventFilter f;
  f.source = "FRA";
  EXPECT_EQ(dyads(list(f, Level::Stories)), (Set{"FRAGOV>MLI", "FRAMIL>MLI", "FRACOP>FRAOPP"}));
  f = {};
  f.text = "withdraw";  // through its events' mentions
  EXPECT_EQ(dyads(list(f, Level::Stories)), (Set{"FRAGOV>MLI"}));
  f = {};
  f.date_from = "2022-03-01";
  EXPECT_EQ(list(f, Level::Stories).rows.size(), 3u);
  f = {};
  f.place = "UA";
  EXPECT_EQ(dyads(list(f, Level::Stories)), (Set{"RUSMIL>UKR"}));
  f = {};
  f.root = "08";
  EXPECT_EQ(list(f, Level::Stories).rows.size(), 2u);
}

TEST_F(ListEvents, SortsLimitsAndPages) {
  ListQuery q;
  q.sort = "-goldstein";
  q.limit = 2;
  auto t = list_events(db_->store(), q);
  ASSERT_TRUE(t.ok()) << t.error();
  ASSERT_EQ(t->rows.size(), 2u);
  EXPECT_EQ(t->total, 7);
  EXPECT_DOUBLE_EQ(std::get<double>(t->rows[0][column(*t, "goldstein")]), 10.0);
  q.sort = "-mentions";
  q.limit = 1;
  t = list_events(db_->store(), q);
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(std::get<int64_t>(t->rows[0][column(*t, "num_mentions")]), 2);
  // Newest first by default; offset pages through.
  ListQuery page;
  page.limit = 3;
  page.offset = 6;
  t = list_events(db_->store(), page);
  ASSERT_TRUE(t.ok());
  ASSERT_EQ(t->rows.size(), 1u);
  EXPECT_EQ(text(t->rows[0][column(*t, "date")]), "2021-01-03");
  q = {};
  q.sort = "goldstein";
  t = list_events(db_->store(), q);
  ASSERT_TRUE(t.ok());
  // NULL Goldstein (code 903) sorts first ascending.
  EXPECT_TRUE(std::holds_alternative<std::monostate>(t->rows[0][column(*t, "goldstein")]));
}

TEST_F(ListEvents, RejectsBadSortsLimitsAndFilters) {
  ListQuery q;
  q.limit = 0;
  EXPECT_EQ(list_events(db_->store(), q).error().rfind("limit:", 0), 0u);
  q.limit = 10001;
  EXPECT_FALSE(list_events(db_->store(), q).ok());
  q = {};
  q.sort = "size";
  EXPECT_EQ(list_events(db_->store(), q).error().rfind("sort:", 0), 0u);
  q.level = Level::Mentions;
  q.sort = "-mentions";
  EXPECT_EQ(list_events(db_->store(), q).error().rfind("sort:", 0), 0u);
  q.level = Level::Stories;
  q.sort = "goldstein";
  EXPECT_EQ(list_events(db_->store(), q).error().rfind("sort:", 0), 0u);
  q = {};
  q.offset = -1;
  EXPECT_EQ(list_events(db_->store(), q).error().rfind("offset:", 0), 0u);
  q = {};
  q.filter.quad = 9;
  EXPECT_EQ(list_events(db_->store(), q).error().rfind("quad:", 0), 0u);
}

TEST_F(ListEvents, ScanStreamsEveryRow) {
  ListQuery q;
  q.level = Level::Mentions;
  q.sort = "date";
  std::vector<std::string> columns;
  int64_t seen = 0;
  auto n = scan_events(
      db_->store(), q, [&](const std::vector<std::string>& c) { columns = c; },
      [&](const std::vector<Value>& row) {
        EXPECT_EQ(row.size(), columns.size());
        ++seen;
        return true;
      });
  ASSERT_TRUE(n.ok()) << n.error();
  EXPECT_EQ(*n, 8);
  EXPECT_EQ(seen, 8);
  EXPECT_EQ(columns[column(Table{columns, {}, -1}, "sentence")], "sentence");
  // Stopping early.
  seen = 0;
  n = scan_events(
      db_->store(), q, [](const std::vector<std::string>&) {},
      [&](const std::vector<Value>&) { return ++seen < 3; });
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(*n, 3);
}

}  // namespace
}  // namespace dyad
