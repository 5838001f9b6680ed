#include <gtest/gtest.h>

#include "dyad/query.h"
#include "query/query_internal.h"

namespace dyad {
namespace {

// The message names the bad field first ("field: ...").
std::string problem(const EventFilter& f) {
  auto p = validate(f);
  return p ? *p : "";
}

TEST(Validate, AcceptsAnEmptyAndAFullFilter) {
  EXPECT_FALSE(validate(EventFilter{}));
  EventFilter f;
  f.source = "FRA";
  f.target = "MLI*";
  f.actor = "IGOUNO";
  f.country = "ml";
  f.code = "19*";
  f.root = "08";
  f.quad = 2;
  f.date_from = "2024-02-01";
  f.date_to = "2024-02-29";
  f.place = "Gao";
  f.text = "withdraw*";
  f.article = "npr-1";
  f.event_id = 7;
  EXPECT_FALSE(validate(f)) << *validate(f);
}

TEST(Validate, NamesTheBadField) {
  EventFilter f;
  f.source = "FRA%";
  EXPECT_EQ(problem(f).rfind("source: 'FRA%'", 0), 0u) << problem(f);
  f = {};
  f.target = "ML I";
  EXPECT_EQ(problem(f).rfind("target:", 0), 0u);
  f = {};
  f.actor = "*";
  EXPECT_EQ(problem(f).rfind("actor:", 0), 0u);
  f = {};
  f.country = "MALI";
  EXPECT_EQ(problem(f).rfind("country:", 0), 0u);
  f.country = "M1";
  EXPECT_EQ(problem(f).rfind("country:", 0), 0u);
  f = {};
  f.code = "08-74";
  EXPECT_EQ(problem(f).rfind("code:", 0), 0u);
  f = {};
  f.root = "8";
  EXPECT_EQ(problem(f).rfind("root:", 0), 0u);
  f = {};
  f.quad = 5;
  EXPECT_EQ(problem(f).rfind("quad:", 0), 0u);
  f.quad = 0;
  EXPECT_EQ(problem(f).rfind("quad:", 0), 0u);
  f = {};
  f.date_from = "2022-02-30";
  EXPECT_EQ(problem(f).rfind("date_from:", 0), 0u);
  f.date_from = "17/02/2022";
  EXPECT_EQ(problem(f).rfind("date_from:", 0), 0u);
  f = {};
  f.date_to = "2023-02-29";  // not a leap year
  EXPECT_EQ(problem(f).rfind("date_to:", 0), 0u);
  f = {};
  f.date_from = "2022-03-01";
  f.date_to = "2022-02-01";
  EXPECT_EQ(problem(f).rfind("date_from:", 0), 0u);
  EXPECT_NE(problem(f).find("after"), std::string::npos);
  f = {};
  f.place = "   ";
  EXPECT_EQ(problem(f).rfind("place:", 0), 0u);
  f = {};
  f.text = " \t";
  EXPECT_EQ(problem(f).rfind("text:", 0), 0u);
  f = {};
  f.event_id = 0;
  EXPECT_EQ(problem(f).rfind("event_id:", 0), 0u);
}

TEST(ParseLevel, KnowsTheThreeLevels) {
  EXPECT_EQ(*parse_level("mentions"), Level::Mentions);
  EXPECT_EQ(*parse_level("events"), Level::Events);
  EXPECT_EQ(*parse_level("stories"), Level::Stories);
  auto bad = parse_level("articles");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().rfind("level:", 0), 0u);
}

TEST(PrefixBounds, IncrementTheLastCharacter) {
  using namespace query_detail;
  EXPECT_EQ(normalize_prefix("fra*"), "FRA");
  EXPECT_EQ(prefix_upper_bound("FRA"), "FRB");
  EXPECT_EQ(prefix_upper_bound("19"), "1:");
  EXPECT_EQ(prefix_upper_bound("---"), "--.");
  EXPECT_TRUE(is_iso_date("2024-02-29"));
  EXPECT_FALSE(is_iso_date("2024-2-29"));
  EXPECT_EQ(days_in_month_of("2024-02-10"), 29);
  EXPECT_EQ(days_in_month_of("2100-02-10"), 28);
}

TEST(FilterCondition, EmptyFilterIsTrue) {
  for (Level l : {Level::Mentions, Level::Events, Level::Stories}) {
    SqlCondition c = filter_condition(EventFilter{}, l);
    EXPECT_EQ(c.sql, "1");
    EXPECT_TRUE(c.params.empty());
  }
}

TEST(FilterCondition, BindsValuesAndNeverPastesThem) {
  EventFilter f;
  f.source = "FRA*";
  f.place = "Qu'est Town";
  f.text = "\"French army\"";
  f.article = "x'); DROP TABLE events; --";
  SqlCondition c = filter_condition(f, Level::Events);
  EXPECT_EQ(c.sql.find("Qu'est"), std::string::npos);
  EXPECT_EQ(c.sql.find("DROP"), std::string::npos);
  EXPECT_EQ(c.sql.find("French"), std::string::npos);
  // A range on the indexed column, not LIKE.
  EXPECT_NE(c.sql.find("e.source >= ? AND e.source < ?"), std::string::npos) << c.sql;
  ASSERT_GE(c.params.size(), 2u);
  EXPECT_EQ(std::get<std::string>(c.params[0]), "FRA");
  EXPECT_EQ(std::get<std::string>(c.params[1]), "FRB");
  size_t marks = 0;
  for (char ch : c.sql) marks += ch == '?';
  EXPECT_EQ(marks, c.params.size());
}

TEST(FilterCondition, UsesEachLevelsAlias) {
  EventFilter f;
  f.target = "MLI";
  f.text = "withdraw";
  EXPECT_NE(filter_condition(f, Level::Mentions).sql.find("m.sentence_id IN"), std::string::npos);
  EXPECT_NE(filter_condition(f, Level::Events).sql.find("e.id IN"), std::string::npos);
  std::string stories = filter_condition(f, Level::Stories).sql;
  EXPECT_NE(stories.find("s.target >= ?"), std::string::npos) << stories;
  EXPECT_NE(stories.find("s.id IN (SELECT se.story_id"), std::string::npos) << stories;
}

TEST(FilterCondition, CountryByLength) {
  EventFilter f;
  f.country = "mli";
  SqlCondition c = filter_condition(f, Level::Events);
  EXPECT_NE(c.sql.find("source_country"), std::string::npos);
  EXPECT_EQ(std::get<std::string>(c.params[0]), "MLI");
  f.country = "ml";
  c = filter_condition(f, Level::Events);
  EXPECT_EQ(c.sql, "e.country = ?");
  EXPECT_EQ(std::get<std::string>(c.params[0]), "ML");
}

}  // namespace
}  // namespace dyad
