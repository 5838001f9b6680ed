#include <gtest/gtest.h>

#include "store/store_test_support.h"

namespace dyad {
namespace {

using store_test::article;
using store_test::count;
using store_test::event;
using store_test::open_store;
using store_test::scalar;

Event placed(Event e, const std::string& country) {
  e.location = {"Somewhere", country, "", 1, 2, "country", 0.9, {}, "clause"};
  return e;
}

TEST(Stories, NeighbouringDaysOfOneDyadAndRootFormOneStory) {
  auto s = open_store("stories_chain");
  ASSERT_TRUE(s);
  // Days 1, 2 and 3 (one batch each), codes 0874 and 0871 (root 08): one story.
  ASSERT_TRUE(s->put({article("a", "2022-02-01", "NPR", {event("2022-02-01", "FRA", "MLI", "0874")})}).ok());
  ASSERT_TRUE(s->put({article("b", "2022-02-02", "BBC", {event("2022-02-02", "FRA", "MLI", "0871")})}).ok());
  ASSERT_TRUE(s->put({article("c", "2022-02-03", "", {event("2022-02-03", "FRA", "MLI", "0874")})}).ok());
  EXPECT_EQ(count(*s, "SELECT count(*) FROM stories"), 1);
  EXPECT_EQ(scalar(*s, "SELECT date_first||'..'||date_last||' '||num_events||'/'||num_mentions||"
                       "'/'||num_sources||'/'||num_articles FROM stories"),
            "2022-02-01..2022-02-03 3/3/3/3");
  EXPECT_EQ(count(*s, "SELECT count(DISTINCT story_id) FROM events"), 1);
  // Three days after the story's last day: a new story. Another root or dyad: another story.
  ASSERT_TRUE(s->put({article("d", "2022-02-06", "NPR",
                              {event("2022-02-06", "FRA", "MLI", "0874"),
                               event("2022-02-03", "FRA", "MLI", "042", 1),
                               event("2022-02-03", "MLI", "FRA", "0874", 2)})})
                  .ok());
  EXPECT_EQ(count(*s, "SELECT count(*) FROM stories"), 4);
  EXPECT_EQ(count(*s, "SELECT count(*) FROM events WHERE story_id IS NULL"), 0);
}

TEST(Stories, OneBatchBuildsAChainInDateOrder) {
  auto s = open_store("stories_batch");
  ASSERT_TRUE(s);
  // Given out of date order inside one batch, days 3, 1, 2 still make one story.
  ASSERT_TRUE(s->put({article("a", "2022-02-03", "NPR", {event("2022-02-03", "FRA", "MLI", "0874")}),
                      article("b", "2022-02-01", "NPR", {event("2022-02-01", "FRA", "MLI", "0874")}),
                      article("c", "2022-02-02", "NPR", {event("2022-02-02", "FRA", "MLI", "0874")})})
                  .ok());
  EXPECT_EQ(count(*s, "SELECT count(*) FROM stories"), 1);
  EXPECT_EQ(scalar(*s, "SELECT num_sources||'/'||num_articles FROM stories"), "1/3");
}

TEST(Stories, PlacesInDifferentCountriesSplitAStory) {
  auto s = open_store("stories_country");
  ASSERT_TRUE(s);
  ASSERT_TRUE(s->put({article("a", "2022-02-01", "NPR",
                              {placed(event("2022-02-01", "FRA", "MLI", "0874"), "ML")})})
                  .ok());
  ASSERT_TRUE(s->put({article("b", "2022-02-01", "NPR",
                              {placed(event("2022-02-01", "FRA", "MLI", "0871"), "NE")})})
                  .ok());
  // Unplaced: compatible with either, joins the most recent candidate.
  ASSERT_TRUE(s->put({article("c", "2022-02-02", "NPR", {event("2022-02-02", "FRA", "MLI", "0872")})}).ok());
  EXPECT_EQ(count(*s, "SELECT count(*) FROM stories"), 2);
  EXPECT_EQ(scalar(*s, "SELECT group_concat(country, ',') FROM (SELECT country FROM stories "
                       "ORDER BY country)"),
            "ML,NE");
  EXPECT_EQ(count(*s, "SELECT sum(num_events) FROM stories"), 3);
  // An unplaced story takes the country of the first placed event that joins it.
  ASSERT_TRUE(s->put({article("d", "2022-03-01", "NPR", {event("2022-03-01", "FRA", "MLI", "0874")})}).ok());
  ASSERT_TRUE(s->put({article("e", "2022-03-01", "NPR",
                              {placed(event("2022-03-01", "FRA", "MLI", "0871"), "ML")})})
                  .ok());
  EXPECT_EQ(scalar(*s, "SELECT country||num_events FROM stories WHERE date_first='2022-03-01'"),
            "ML2");
}

TEST(Stories, EmptiedStoriesAreDeletedAndOthersRecounted) {
  auto s = open_store("stories_delete");
  ASSERT_TRUE(s);
  ASSERT_TRUE(s->put({article("a", "2022-02-01", "NPR",
                              {event("2022-02-01", "FRA", "MLI", "0874"),
                               event("2022-05-01", "RUS", "UKR", "190", 1)}),
                      article("b", "2022-02-02", "BBC", {event("2022-02-02", "FRA", "MLI", "0874")})})
                  .ok());
  EXPECT_EQ(count(*s, "SELECT count(*) FROM stories"), 2);
  ASSERT_TRUE(s->put({article("a", "2022-02-01", "NPR", {})}).ok());
  EXPECT_EQ(count(*s, "SELECT count(*) FROM stories"), 1);
  EXPECT_EQ(scalar(*s, "SELECT date_first||'..'||date_last||' '||num_events||'/'||num_articles "
                       "FROM stories"),
            "2022-02-02..2022-02-02 1/1");
}

}  // namespace
}  // namespace dyad
