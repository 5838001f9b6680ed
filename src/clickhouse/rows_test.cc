#include "clickhouse/rows.h"

#include <gtest/gtest.h>

#include "clickhouse/schema.h"
#include "clickhouse/sql_text.h"

namespace dyad::ch {
namespace {

size_t fields(const std::string& line) {
  size_t n = 1;
  for (char c : line) n += c == '\t';
  return n;
}

CodedArticle article() {
  CodedArticle a;
  a.article.id = "npr-1";
  a.article.date = "2022-02-17";
  a.article.source = "NPR";
  a.article.text = "France will withdraw.\tIt's done.";
  a.result.sentences = 1;
  a.result.sentence_spans.push_back({0, 0, 21});
  Event e;
  e.id = "m1";
  e.article = "npr-1";
  e.text = "France will withdraw.";
  e.date = "2022-02-16";
  e.article_date = "2022-02-17";
  e.source = "FRAGOV";
  e.target = "MLI";
  e.code = "0874";
  e.root = "08";
  e.quad = 3;
  e.goldstein = -2.5;
  e.evidence.source = Span{0, 6};
  a.result.events = {e, e};  // a repeated mention id is stored once
  return a;
}

TEST(Rows, EventKeysEncodeDecodeAndHashStably) {
  EventKey k{"2022-02-17", "FRA", "MLI", "0874"};
  auto back = EventKey::decode(k.encoded());
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(*back, k);
  EXPECT_EQ(k.id(), EventKey(k).id());
  EXPECT_GT(k.id(), 0);
  EXPECT_NE(k.id(), (EventKey{"2022-02-17", "FRA", "MLI", "0875"}.id()));
  EXPECT_FALSE(EventKey::decode("no separators").has_value());
  // FNV-1a 64 of "" and "a": the documented constants, so shards never move.
  EXPECT_EQ(fnv1a64(""), 14695981039346656037ull);
  EXPECT_EQ(fnv1a64("a"), 0xaf63dc4c8601ec8cull);
  EXPECT_LT(article_shard("npr-1", 2), 2u);
  EXPECT_EQ(article_shard("npr-1", 1), 0u);
}

TEST(Rows, DatesOutsideClickHouseRangeFallBack) {
  EXPECT_EQ(storable_date("2022-02-17", "2000-01-01"), "2022-02-17");
  EXPECT_EQ(storable_date("1950-05-01", "2022-02-17"), "2022-02-17");
  EXPECT_EQ(storable_date("", ""), "1970-01-01");
  EXPECT_EQ(storable_date("2200-01-01", "junk"), "1970-01-01");
}

TEST(Rows, MentionRowHasEveryColumnAndEscapesText) {
  CodedArticle a = article();
  auto events = stored_events(a);
  ASSERT_EQ(events.size(), 1u);
  std::string out;
  append_mention_row(out, a, *events[0], 7);
  ASSERT_EQ(out.back(), '\n');
  out.pop_back();
  EXPECT_EQ(out.find('\n'), std::string::npos);
  EXPECT_EQ(fields(out), mention_columns().size());
  EXPECT_NE(out.find("\t2022-02-16\t2022-02-17\tNPR\t"), std::string::npos) << out;
  EXPECT_NE(out.find("\tFRAGOV\tMLI\tFRA\tMLI\t0874\t08\t3\t-2.5\t"), std::string::npos) << out;
  EXPECT_NE(out.find("\t0\t6\t\\N\t\\N\t\\N\t\\N\t"), std::string::npos) << out;  // spans
}

TEST(Rows, ArticleRowCarriesItsMemoryAsQuotedArrays) {
  CodedArticle a = article();
  ArticleMemory m;
  m.event_keys = {EventKey{"2022-02-16", "FRAGOV", "MLI", "0874"}.encoded()};
  m.mention_ids = {"m'1"};
  m.mention_codes = {"0874"};
  std::string out;
  append_article_row(out, a, 7, 1645000000, m);
  out.pop_back();
  EXPECT_EQ(fields(out), article_columns().size());
  EXPECT_NE(out.find("France will withdraw.\\tIt's done."), std::string::npos);  // TSV-escaped
  EXPECT_NE(out.find("\t['m\\'1']\t['0874']"), std::string::npos) << out;
}

TEST(Rows, ReplacedRow) {
  std::string out;
  append_replaced_row(out, 5, 6, "a\tb", 7);
  EXPECT_EQ(out, "5\t6\ta\\tb\t7\n");
  EXPECT_EQ(fields(out.substr(0, out.size() - 1)), replaced_columns().size());
}

TEST(Schema, LocalAndDistributedDdl) {
  auto local = local_ddl("dyad");
  ASSERT_EQ(local.size(), 7u);
  EXPECT_EQ(local[0], "CREATE DATABASE IF NOT EXISTS dyad");
  EXPECT_NE(local[2].find("ENGINE = ReplacingMergeTree(version) PARTITION BY toYYYYMM(date) "
                          "ORDER BY (source, target, date, code, article_id, id)"),
            std::string::npos);
  EXPECT_NE(local[3].find("VersionedCollapsingMergeTree(sign, version)"), std::string::npos);
  auto dist = distributed_ddl("dyad", "two");
  EXPECT_NE(local[5].find("SummingMergeTree"), std::string::npos);
  EXPECT_EQ(local[6].substr(0, 59), "CREATE MATERIALIZED VIEW IF NOT EXISTS dyad.rollup_mv TO dy");
  ASSERT_EQ(dist.size(), 4u);
  EXPECT_EQ(dist[1], "CREATE TABLE IF NOT EXISTS dyad.mentions AS dyad.mentions_local ENGINE = "
                     "Distributed(two, dyad, mentions_local)");
  EXPECT_EQ(table_names("dyad", "").events, "dyad.events_local");
  EXPECT_EQ(table_names("dyad", "two").events, "dyad.events");
}

}  // namespace
}  // namespace dyad::ch
