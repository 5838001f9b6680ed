#include <gtest/gtest.h>

#include <sstream>

#include "dyad/io.h"
#include "store/store_test_support.h"

namespace dyad {
namespace {

using store_test::article;
using store_test::count;
using store_test::event;
using store_test::open_store;
using store_test::scalar;

TEST(StorePut, WritesArticleSentencesMentionsAndEvents) {
  auto s = open_store("put_basic");
  ASSERT_TRUE(s);
  auto a = article("a1", "2022-02-17", "NPR",
                   {event("2022-02-17", "FRAGOV", "MLI", "0874", 0),
                    event("2022-02-17", "IGOUNO", "MLIGOV", "010", 2)});
  auto r = s->put({a});
  ASSERT_TRUE(r.ok()) << r.error();
  EXPECT_EQ(r->articles, 1u);
  EXPECT_EQ(r->replaced, 0u);
  EXPECT_EQ(r->mentions, 2u);
  EXPECT_EQ(r->events_created, 2u);
  EXPECT_EQ(count(*s, "SELECT count(*) FROM articles"), 1);
  EXPECT_EQ(count(*s, "SELECT count(*) FROM sentences WHERE article_id='a1'"), 3);
  EXPECT_EQ(scalar(*s, "SELECT text FROM sentences WHERE idx=2"), "Sentence 2.");
  EXPECT_EQ(count(*s, "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'sentence'"),
            3);
  EXPECT_EQ(scalar(*s, "SELECT text_hash FROM articles"), text_hash(a.article.text));
  EXPECT_EQ(scalar(*s, "SELECT coder FROM articles"), "test-coder");
  EXPECT_EQ(count(*s, "SELECT events FROM articles"), 2);
  EXPECT_EQ(scalar(*s, "SELECT skipped FROM articles"), "");
  // Mentions carry the outlet, the actors' countries and the exact JSON line.
  EXPECT_EQ(scalar(*s, "SELECT outlet FROM mentions WHERE code='0874'"), "NPR");
  EXPECT_EQ(scalar(*s, "SELECT source_country FROM mentions WHERE code='0874'"), "FRA");
  EXPECT_EQ(scalar(*s, "SELECT source_country FROM mentions WHERE code='010'"), "");
  EXPECT_EQ(scalar(*s, "SELECT target_country FROM mentions WHERE code='010'"), "MLI");
  std::ostringstream line;
  write_event_jsonl(line, a.result.events[0]);
  EXPECT_EQ(scalar(*s, "SELECT event_json FROM mentions WHERE code='0874'") + "\n", line.str());
  EXPECT_EQ(count(*s, "SELECT count(*) FROM mentions m JOIN sentences t ON t.id=m.sentence_id "
                      "WHERE t.idx=m.sentence_idx"),
            2);
  EXPECT_EQ(scalar(*s, "SELECT confidence FROM mentions WHERE code='0874'"), "1.0");
  // Every mention points at its merged event.
  EXPECT_EQ(count(*s, "SELECT count(*) FROM mentions m JOIN events e ON e.id=m.event_id "
                      "AND e.code=m.code AND e.date=m.date"),
            2);
  EXPECT_EQ(scalar(*s, "SELECT source_url FROM events WHERE code='0874'"),
            "https://example.org/a1");
  EXPECT_EQ(scalar(*s, "SELECT first_article FROM events WHERE code='0874'"), "a1");
}

TEST(StorePut, PuttingTheSameBatchTwiceChangesNothing) {
  auto s = open_store("put_idempotent");
  ASSERT_TRUE(s);
  std::vector<CodedArticle> batch = {
      article("a1", "2022-02-17", "NPR", {event("2022-02-17", "FRA", "MLI", "0874")}),
      article("a2", "2022-02-18", "BBC", {event("2022-02-17", "FRA", "MLI", "0874", 1)})};
  ASSERT_TRUE(s->put(batch).ok());
  std::string dump1 = scalar(*s, "SELECT group_concat(id||date||num_mentions||num_articles||"
                                 "num_sources||story_id, ';') FROM events");
  auto again = s->put(batch);
  ASSERT_TRUE(again.ok()) << again.error();
  EXPECT_EQ(again->replaced, 2u);
  EXPECT_EQ(again->articles_changed, 0u);
  EXPECT_EQ(again->mentions_added, 0u);
  EXPECT_EQ(again->mentions_removed, 0u);
  EXPECT_EQ(again->events_created, 0u);
  EXPECT_EQ(again->events_deleted, 0u);
  EXPECT_EQ(scalar(*s, "SELECT group_concat(id||date||num_mentions||num_articles||"
                       "num_sources||story_id, ';') FROM events"),
            dump1);
  EXPECT_EQ(count(*s, "SELECT count(*) FROM articles"), 2);
  EXPECT_EQ(count(*s, "SELECT count(*) FROM mentions"), 2);
  EXPECT_EQ(count(*s, "SELECT count(*) FROM sentences"), 6);
  EXPECT_EQ(count(*s, "SELECT count(*) FROM stories"), 1);
}

TEST(StorePut, ANewVersionReplacesTheOldOne) {
  auto s = open_store("put_replace");
  ASSERT_TRUE(s);
  ASSERT_TRUE(s->put({article("a1", "2022-02-17", "NPR",
                              {event("2022-02-17", "FRA", "MLI", "0874"),
                               event("2022-02-17", "MLI", "FRA", "111", 1)})})
                  .ok());
  auto r = s->put({article("a1", "2022-02-17", "NPR",
                           {event("2022-02-17", "FRA", "MLI", "0874"),
                            event("2022-02-17", "RUS", "MLI", "042", 2)},
                           4, " revised")});
  ASSERT_TRUE(r.ok()) << r.error();
  EXPECT_EQ(r->replaced, 1u);
  EXPECT_EQ(r->articles_changed, 1u);
  EXPECT_EQ(r->mentions_added, 1u);
  EXPECT_EQ(r->mentions_removed, 1u);
  EXPECT_EQ(r->events_created, 1u);
  EXPECT_EQ(r->events_deleted, 1u);
  EXPECT_EQ(r->code_changes["042"].added, 1u);
  EXPECT_EQ(r->code_changes["111"].removed, 1u);
  EXPECT_EQ(count(*s, "SELECT count(*) FROM articles"), 1);
  EXPECT_EQ(count(*s, "SELECT count(*) FROM sentences"), 4);
  EXPECT_EQ(scalar(*s, "SELECT text FROM sentences WHERE idx=3"), "Sentence 3 revised.");
  EXPECT_EQ(count(*s, "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'revised'"),
            4);
  EXPECT_EQ(scalar(*s, "SELECT group_concat(code, ',') FROM (SELECT code FROM events "
                       "ORDER BY code)"),
            "042,0874");
  EXPECT_EQ(count(*s, "SELECT count(*) FROM mentions WHERE event_id IS NULL"), 0);
}

TEST(StorePut, MergedEventsCountMentionsArticlesAndOutlets) {
  auto s = open_store("put_dedup");
  ASSERT_TRUE(s);
  auto e = [] { return event("2022-02-17", "FRA", "MLI", "0874"); };
  auto e1 = [] { return event("2022-02-17", "FRA", "MLI", "0874", 1); };
  ASSERT_TRUE(s->put({article("npr", "2022-02-17", "NPR", {e(), e1()}),  // two sentences
                      article("reuters", "2022-02-17", "Reuters", {e()})})
                  .ok());
  const char* q = "SELECT num_mentions||'/'||num_articles||'/'||num_sources FROM events";
  EXPECT_EQ(scalar(*s, q), "3/2/2");
  // Two articles without an outlet are two sources; a second NPR article is not a new one.
  ASSERT_TRUE(s->put({article("blog1", "2022-02-17", "", {e()}),
                      article("blog2", "2022-02-17", "", {e()}),
                      article("npr2", "2022-02-18", "NPR", {e()})})
                  .ok());
  EXPECT_EQ(scalar(*s, q), "6/5/4");
  EXPECT_EQ(count(*s, "SELECT count(*) FROM events"), 1);
  EXPECT_EQ(scalar(*s, "SELECT first_article FROM events"), "blog1");  // earliest, then by id
  // Deleting mentions recounts: npr without the event leaves npr2 as the NPR source.
  ASSERT_TRUE(s->put({article("npr", "2022-02-17", "NPR", {})}).ok());
  EXPECT_EQ(scalar(*s, q), "4/4/4");
}

TEST(StorePut, MergedEventTakesTheMostPrecisePlace) {
  auto s = open_store("put_place");
  ASSERT_TRUE(s);
  Event country = event("2022-02-17", "FRA", "MLI", "0874");
  country.location = {"Mali", "ML", "", 17, -4, "country", 0.9, {}, "clause"};
  Event city = event("2022-02-17", "FRA", "MLI", "0874");
  city.location = {"Gao", "ML", "ML-7", 16.27, -0.04, "city", 0.8, {}, "clause"};
  ASSERT_TRUE(s->put({article("a", "2022-02-17", "NPR", {country}),
                      article("b", "2022-02-18", "BBC", {city})})
                  .ok());
  EXPECT_EQ(scalar(*s, "SELECT place||','||country||','||admin1||','||precision FROM events"),
            "Gao,ML,ML-7,city");
  EXPECT_EQ(scalar(*s, "SELECT first_article FROM events"), "a");
  EXPECT_EQ(count(*s, "SELECT count(*) FROM mentions WHERE lat IS NULL"), 0);
}

TEST(StorePut, AFailedBatchKeepsNothing) {
  auto s = open_store("put_rollback");
  ASSERT_TRUE(s);
  auto good = article("good", "2022-02-17", "NPR", {event("2022-02-17", "FRA", "MLI", "0874")});
  auto no_id = article("", "2022-02-17", "NPR", {});
  auto r = s->put({good, no_id});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().find("without an id"), std::string::npos) << r.error();
  // A mention id already used by another article: the database refuses it mid-batch.
  auto clash = article("clash", "2022-02-17", "BBC", {event("2022-02-17", "FRA", "MLI", "0874")});
  clash.result.events[0].id = good.result.events[0].id;
  r = s->put({good, clash});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().find("article clash"), std::string::npos) << r.error();
  for (const char* t : {"articles", "sentences", "mentions", "events", "stories",
                        "rollup_dyad_month", "sentences_fts"})
    EXPECT_EQ(count(*s, std::string("SELECT count(*) FROM ") + t), 0) << t;
  // The store is still usable.
  ASSERT_TRUE(s->put({good}).ok());
  EXPECT_EQ(count(*s, "SELECT count(*) FROM events"), 1);
}

TEST(StorePut, SkippedArticlesAreKeptWithoutSentences) {
  auto s = open_store("put_skipped");
  ASSERT_TRUE(s);
  auto a = article("fr", "2022-02-17", "Le Monde", {});
  a.result.skipped = true;
  a.result.warnings = {"article fr: not English, skipped"};
  ASSERT_TRUE(s->put({a}).ok());
  EXPECT_EQ(scalar(*s, "SELECT skipped FROM articles"), "not English, skipped");
  EXPECT_EQ(count(*s, "SELECT count(*) FROM sentences"), 0);
  EXPECT_TRUE(s->has_article("fr", text_hash(a.article.text), "test-coder"));
}

TEST(StorePut, HasArticleNeedsTheSameTextAndCoder) {
  auto s = open_store("put_has");
  ASSERT_TRUE(s);
  auto a = article("a", "2022-02-17", "NPR", {event("2022-02-17", "FRA", "MLI", "0874")});
  EXPECT_FALSE(s->has_article("a", text_hash(a.article.text), "test-coder"));
  ASSERT_TRUE(s->put({a}).ok());
  EXPECT_TRUE(s->has_article("a", text_hash(a.article.text), "test-coder"));
  EXPECT_FALSE(s->has_article("a", text_hash(a.article.text + "x"), "test-coder"));
  EXPECT_FALSE(s->has_article("a", text_hash(a.article.text), "other-coder"));
  EXPECT_FALSE(s->has_article("b", text_hash(a.article.text), "test-coder"));
  // Without an explicit coder string the events' one is stored.
  auto b = article("b", "2022-02-17", "NPR", {event("2022-02-17", "FRA", "MLI", "0874")});
  b.coder.clear();
  ASSERT_TRUE(s->put({b}).ok());
  EXPECT_TRUE(s->has_article("b", text_hash(b.article.text), "test-coder"));
}

TEST(StorePut, AnArticleTwiceInOneBatchKeepsItsLastVersion) {
  auto s = open_store("put_twice");
  ASSERT_TRUE(s);
  auto r = s->put({article("a", "2022-02-17", "NPR", {event("2022-02-17", "FRA", "MLI", "0874")}),
                   article("a", "2022-02-17", "NPR", {event("2022-02-17", "RUS", "MLI", "042")},
                           2)});
  ASSERT_TRUE(r.ok()) << r.error();
  EXPECT_EQ(r->articles, 1u);
  EXPECT_EQ(count(*s, "SELECT count(*) FROM sentences"), 2);
  EXPECT_EQ(scalar(*s, "SELECT group_concat(code) FROM events"), "042");
}

TEST(StorePut, AReadOnlyStoreAnswersHasArticle) {
  auto path = store_test::temp_db("put_read_only");
  auto a = article("a", "2022-02-17", "NPR", {});
  {
    auto s = Store::open(path);
    ASSERT_TRUE(s.ok());
    ASSERT_TRUE((*s)->put({a}).ok());
  }
  auto ro = Store::open(path, /*read_only=*/true);
  ASSERT_TRUE(ro.ok());
  EXPECT_TRUE((*ro)->has_article("a", text_hash(a.article.text), "test-coder"));
  EXPECT_TRUE((*ro)->load_article("a").ok());
  EXPECT_FALSE((*ro)->put({article("b", "2022-02-17", "NPR", {})}).ok());
}

TEST(StorePut, StoredArticlesReadBack) {
  auto s = open_store("put_read");
  ASSERT_TRUE(s);
  auto a = article("a", "2022-02-17", "NPR", {});
  a.article.title = "Title";
  ASSERT_TRUE(s->put({article("z", "2022-02-16", "", {}), a}).ok());
  auto ids = s->article_ids();
  ASSERT_TRUE(ids.ok());
  EXPECT_EQ(*ids, (std::vector<std::string>{"z", "a"}));
  auto back = s->load_article("a");
  ASSERT_TRUE(back.ok()) << back.error();
  EXPECT_EQ(back->text, a.article.text);
  EXPECT_EQ(back->title, "Title");
  EXPECT_EQ(back->source, "NPR");
  EXPECT_EQ(back->url, a.article.url);
  EXPECT_FALSE(s->load_article("missing").ok());
  auto c = s->counts();
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->articles, 2);
  EXPECT_EQ(c->sentences, 6);
}

}  // namespace
}  // namespace dyad
