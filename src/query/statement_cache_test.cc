#include <gtest/gtest.h>

#include "dyad/query.h"
#include "query/test_store.h"

namespace dyad {
namespace {

using testing::TestStore;

std::vector<ListQuery> sample_queries() {
  std::vector<ListQuery> out;
  auto add = [&](EventFilter f, Level level, const std::string& sort, int64_t limit,
                 int64_t offset) {
    ListQuery q;
    q.filter = std::move(f);
    q.level = level;
    q.sort = sort;
    q.limit = limit;
    q.offset = offset;
    out.push_back(q);
  };
  EventFilter fra;
  fra.source = "FRA";
  EventFilter actor;
  actor.actor = "MLI*";
  EventFilter dated;
  dated.date_from = "2022-02-01";
  dated.date_to = "2022-03-31";
  EventFilter coded;
  coded.root = "08";
  EventFilter text;
  text.text = "withdraw*";
  for (Level level : {Level::Events, Level::Mentions, Level::Stories})
    for (const EventFilter& f : {EventFilter{}, fra, actor, dated, coded, text})
      for (const char* sort : {"-date", "date", "-mentions"}) {
        if (level == Level::Mentions && std::string(sort) == "-mentions") continue;
        add(f, level, sort, 100, 0);
        add(f, level, sort, 1, 0);
        add(f, level, sort, 2, 1);
        add(f, level, sort, 5, 50);
      }
  add({}, Level::Events, "goldstein", 3, 2);
  return out;
}

void expect_same(const Result<Table>& a, const Result<Table>& b, const std::string& what) {
  ASSERT_TRUE(a.ok()) << what << ": " << a.error();
  ASSERT_TRUE(b.ok()) << what << ": " << b.error();
  EXPECT_EQ(a->columns, b->columns) << what;
  EXPECT_EQ(a->rows, b->rows) << what;
  EXPECT_EQ(a->total, b->total) << what;
}

std::string describe(const ListQuery& q) {
  return "level " + std::to_string(static_cast<int>(q.level)) + " sort " + q.sort + " limit " +
         std::to_string(q.limit) + " offset " + std::to_string(q.offset) + " source " +
         q.filter.source + " actor " + q.filter.actor + " from " + q.filter.date_from +
         " root " + q.filter.root + " text " + q.filter.text;
}

// The reference: every matching row sorted in full, then paged (the plan before pages were
// chosen by rowid first).
Result<Table> reference(const Store& store, const ListQuery& q) {
  ListQuery all = q;
  all.limit = 10000;
  all.offset = 0;
  auto t = list_events(store, all);
  if (!t) return t;
  Table page = *t;
  page.rows.clear();
  for (int64_t i = q.offset; i < q.offset + q.limit && i < static_cast<int64_t>(t->rows.size()); ++i)
    page.rows.push_back(t->rows[i]);
  page.total = static_cast<int64_t>(t->rows.size());
  return page;
}

TEST(StatementCache, SameRowsAndTotalsAsWithoutIt) {
  TestStore db("stmt_same");
  testing::fill_sample(db);
  StatementCache cache;
  for (int round = 0; round < 2; ++round)  // the second round reuses statements and totals
    for (const ListQuery& q : sample_queries()) {
      auto plain = list_events(db.store(), q);
      expect_same(plain, reference(db.store(), q), describe(q) + " (reference)");
      expect_same(list_events(db.store(), q, cache), plain, describe(q) + " (cached)");
    }
  EXPECT_GT(cache.size(), 0u);
  size_t prepared = cache.size();
  for (const ListQuery& q : sample_queries()) ASSERT_TRUE(list_events(db.store(), q, cache).ok());
  EXPECT_EQ(cache.size(), prepared) << "statements are reused, not prepared again";
}

TEST(StatementCache, StoresWithoutTheRecentIndexGiveTheSameRows) {
  TestStore db("stmt_noindex");
  testing::fill_sample(db);
  ListQuery q;
  q.filter.source = "FRA";  // 3 of 7 events: read through events_recent
  q.limit = 1;
  StatementCache cache;
  auto with_index = list_events(db.store(), q, cache);
  ASSERT_TRUE(with_index.ok()) << with_index.error();
  ASSERT_EQ(with_index->rows.size(), 1u);
  EXPECT_EQ(with_index->total, 3);
  db.exec("DROP INDEX events_recent");
  StatementCache fresh;
  expect_same(list_events(db.store(), q, fresh), with_index, "without events_recent");
  expect_same(list_events(db.store(), q), with_index, "without events_recent, no cache");
}

TEST(StatementCache, TotalsFollowWritesOfThisAndOtherConnections) {
  TestStore db("stmt_totals");
  testing::fill_sample(db);
  auto reader = Store::open(db.path(), true);
  ASSERT_TRUE(reader.ok()) << reader.error();
  ListQuery q;
  q.filter.source = "FRA";
  q.limit = 1;
  StatementCache on_reader, on_writer;
  auto before = list_events(**reader, q, on_reader);
  ASSERT_TRUE(before.ok()) << before.error();
  EXPECT_EQ(before->total, 3);
  ASSERT_TRUE(list_events(db.store(), q, on_writer).ok());

  db.exec("INSERT INTO events(date, source, target, code, num_mentions, num_sources, "
          "num_articles, first_article) VALUES ('2022-04-01', 'FRAGOV', 'USA', '010', 1, 1, 1, "
          "'a1')");
  for (auto* run : {&on_reader, &on_writer}) {
    const Store& store = run == &on_reader ? **reader : db.store();
    auto after = list_events(store, q, *run);
    ASSERT_TRUE(after.ok()) << after.error();
    EXPECT_EQ(after->total, 4);
    ASSERT_EQ(after->rows.size(), 1u);
    EXPECT_EQ(value_text(after->rows[0][1]), "2022-04-01");
  }
}

TEST(StatementCache, ASmallBudgetStillGivesTheSameRows) {
  TestStore db("stmt_small");
  testing::fill_sample(db);
  StatementCache tiny(1);  // every new shape drops the others, mid-listing too
  for (const ListQuery& q : sample_queries())
    expect_same(list_events(db.store(), q, tiny), list_events(db.store(), q), describe(q));
  EXPECT_LE(tiny.size(), 1u);
}

TEST(StatementCache, ReportsStatementsThatDoNotCompile) {
  TestStore db("stmt_bad");
  StatementCache cache;
  auto bad = cache.statement(db.store(), "SELECT x FROM nowhere");
  EXPECT_FALSE(bad.ok());
  EXPECT_NE(bad.error().find("nowhere"), std::string::npos) << bad.error();
  EXPECT_EQ(cache.size(), 0u);
}

}  // namespace
}  // namespace dyad
