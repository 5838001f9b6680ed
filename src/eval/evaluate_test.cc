#include <gtest/gtest.h>

#include <sstream>

#include "dyad/eval.h"

namespace dyad {

namespace {

Gold gold_of(const std::string& text) {
  std::istringstream in(text);
  Gold g = parse_gold(in, "gold");
  EXPECT_TRUE(g.problems.empty()) << g.problems[0].message;
  return g;
}

Produced produced_of(const std::string& text) {
  std::istringstream in(text);
  Produced p = parse_produced(in, "out");
  EXPECT_TRUE(p.problems.empty()) << p.problems[0].message;
  return p;
}

std::string event(const std::string& id, const std::string& text, const std::string& source,
                  const std::string& target, const std::string& code,
                  const std::string& extra = "") {
  return R"({"type":"event","id":")" + id + R"(","text":")" + text + R"(","source":")" + source +
         R"(","target":")" + target + R"(","code":")" + code + "\"" + extra + "}\n";
}

const LineOutcome& line(const EvalReport& r, const std::string& id) {
  for (const auto& o : r.lines)
    if (o.gold.id == id) return o;
  static LineOutcome none;
  ADD_FAILURE() << "no line " << id;
  return none;
}

}  // namespace

TEST(Evaluate, RequireMatchesOnGlobsInTheNamedSentence) {
  Gold g = gold_of(
      R"({"kind":"require","id":"withdraw","sentence_contains":"France will withdraw","source":["FRA*"],"target":["MLI*"],"code":["087*","0356"]})"
      "\n"
      R"({"kind":"require","id":"attack","sentence_contains":"began attacking","source":["*REB*"],"target":["MLI*"],"code":["18*","19*"]})"
      "\n");
  Produced p = produced_of(
      event("e1", "Macron says France will\\nwithdraw its troops.", "FRAGOV", "MLI", "0874") +
      event("e2", "Insurgents began attacking the army.", "MLIREB", "MLIMIL", "173") +
      event("e3", "Unrelated sentence.", "FRA", "MLI", "0874"));
  EvalReport r = evaluate(g, p);
  EXPECT_TRUE(line(r, "withdraw").passed);  // the line break in the text does not matter
  const LineOutcome& attack = line(r, "attack");
  EXPECT_FALSE(attack.passed);
  EXPECT_EQ(attack.sentence_items, 1u);
  ASSERT_EQ(attack.closest.size(), 1u);
  EXPECT_EQ(attack.closest[0].id, "e2");
  EXPECT_EQ(attack.closest[0].mismatches, std::vector<std::string>{"code"});
  EXPECT_EQ(r.require_total, 2u);
  EXPECT_EQ(r.require_matched, 1u);
  EXPECT_DOUBLE_EQ(*r.recall, 0.5);
  // Only e1 is matched by a require/allow line; e3 is in no gold sentence.
  EXPECT_EQ(r.events_total, 3u);
  EXPECT_EQ(r.events_matched, 1u);
  EXPECT_NEAR(*r.precision, 1.0 / 3, 1e-12);
  EXPECT_FALSE(r.passed());
}

TEST(Evaluate, DateAndLocationAreCheckedWhenGiven) {
  Gold g = gold_of(
      R"({"kind":"require","id":"dated","sentence_contains":"withdraw","code":["087*"],"date":"2022-02-17","location_country":"ML"})"
      "\n");
  auto with = [&](const std::string& extra) {
    return evaluate(g, produced_of(event("e", "They withdraw.", "FRA", "MLI", "0874", extra)));
  };
  EXPECT_TRUE(with(R"(,"date":"2022-02-17","location":{"country":"ML"})").passed());
  EXPECT_TRUE(with(R"(,"date":"20220217","location":{"country":"ml"})").passed());
  EvalReport wrong_date = with(R"(,"date":"2022-02-16","location":{"country":"ML"})");
  EXPECT_FALSE(wrong_date.passed());
  EXPECT_EQ(wrong_date.lines[0].closest[0].mismatches, std::vector<std::string>{"date"});
  EvalReport no_place = with(R"(,"date":"2022-02-17")");
  EXPECT_FALSE(no_place.passed());
  EXPECT_EQ(no_place.lines[0].closest[0].mismatches, std::vector<std::string>{"location"});
}

TEST(Evaluate, AllowLinesCountTowardsPrecisionOnly) {
  Gold g = gold_of(
      R"({"kind":"allow","id":"tensions","sentence_contains":"Tensions have grown","source":["MLI*","FRA*"],"target":["MLI*","FRA*"],"code":["11*","12*"]})"
      "\n");
  Produced p =
      produced_of(event("e1", "Tensions have grown between Mali and France.", "MLI", "FRA", "111") +
                  event("e2", "Tensions have grown between Mali and France.", "MLI", "FRA", "190"));
  EvalReport r = evaluate(g, p);
  EXPECT_FALSE(r.recall.has_value());  // no require lines
  EXPECT_EQ(r.allow_total, 1u);
  EXPECT_EQ(r.allow_matched, 1u);
  EXPECT_EQ(r.events_matched, 1u);
  EXPECT_DOUBLE_EQ(*r.precision, 0.5);
  EXPECT_TRUE(line(r, "tensions").passed);
  EXPECT_EQ(line(r, "tensions").matches.size(), 1u);
  EXPECT_TRUE(r.passed());
  EXPECT_EQ(r.per_root.at("11").matched, 1u);
  EXPECT_EQ(r.per_root.at("19").unmatched, 1u);
}

TEST(Evaluate, ForbidIsViolatedByAnyMatchingEvent) {
  Gold g = gold_of(
      R"({"kind":"forbid","id":"copyright","sentence_contains":"Copyright 2022","source":["*"],"target":["*"],"code":["*"]})"
      "\n"
      R"({"kind":"forbid","id":"not-invited","sentence_contains":"were not invited","target":["MLI*"],"code":["04*"]})"
      "\n");
  Produced p = produced_of(event("e1", "Copyright 2022 NPR.", "", "", "010") +
                           event("e2", "Coup leaders were not invited.", "FRA", "MLI", "120"));
  EvalReport r = evaluate(g, p);
  EXPECT_FALSE(line(r, "copyright").passed);
  ASSERT_EQ(line(r, "copyright").matches.size(), 1u);
  EXPECT_EQ(line(r, "copyright").matches[0].id, "e1");
  EXPECT_TRUE(line(r, "not-invited").passed);  // 120 is not 04*
  EXPECT_EQ(r.forbid_total, 2u);
  EXPECT_EQ(r.forbid_violated, 1u);
  EXPECT_FALSE(r.passed());
  EXPECT_EQ(r.events_matched, 0u);  // forbid lines never make an event "matched"
}

TEST(Evaluate, QuantitiesFromRecordsAndEvents) {
  Gold g = gold_of(
      R"({"kind":"quantity","id":"sahel","sentence_contains":"about 4,300 troops","actor":["FRA*"],"what":"troops","value":4300,"approximate":true})"
      "\n"
      R"({"kind":"quantity","id":"mali","sentence_contains":"2,400 in Mali","actor":["FRA*"],"what":"troops","value":2400,"location_country":"ML"})"
      "\n"
      R"({"kind":"quantity","id":"killed","sentence_contains":"12 were killed","what":"killed","value":12})"
      "\n");
  Produced p = produced_of(
      R"({"type":"quantity","text":"France has about 4,300 troops.","what":"Troops","value":4300,"actor":"FRAMIL","approximate":true})"
      "\n" +
      event(
          "e1", "including 2,400 in Mali.", "FRA", "MLI", "042",
          R"(,"quantities":[{"what":"troops","value":2400,"actor":"FRA","location":{"country":"ML"}}])") +
      R"({"type":"quantity","text":"Officials said 12 were killed.","what":"killed","value":13,"actor":""})"
      "\n");
  EvalReport r = evaluate(g, p);
  EXPECT_TRUE(line(r, "sahel").passed);
  EXPECT_TRUE(line(r, "mali").passed);
  EXPECT_EQ(line(r, "mali").matches[0].id, "e1");
  const LineOutcome& killed = line(r, "killed");
  EXPECT_FALSE(killed.passed);
  ASSERT_EQ(killed.closest.size(), 1u);
  EXPECT_EQ(killed.closest[0].mismatches, std::vector<std::string>{"value"});
  EXPECT_EQ(r.quantity_total, 3u);
  EXPECT_EQ(r.quantity_matched, 2u);
}

TEST(Evaluate, ApproximateAndLocationOnQuantitiesAreChecked) {
  Gold g = gold_of(
      R"({"kind":"quantity","id":"q","sentence_contains":"troops","actor":["FRA*"],"what":"troops","value":4300,"approximate":true,"location_country":"ML"})"
      "\n");
  Produced p = produced_of(
      R"({"type":"quantity","text":"4,300 troops","what":"troops","value":4300,"actor":"USA","location_country":"NE"})"
      "\n");
  EvalReport r = evaluate(g, p);
  ASSERT_EQ(r.lines[0].closest.size(), 1u);
  EXPECT_EQ(r.lines[0].closest[0].mismatches,
            (std::vector<std::string>{"actor", "approximate", "location"}));
}

TEST(Evaluate, ConfusionTableUsesFirstCodePatternAndNoneForSilentSentences) {
  Gold g =
      gold_of(R"({"kind":"require","id":"w","sentence_contains":"withdraw","code":["087*","0356"]})"
              "\n"
              R"({"kind":"require","id":"m","sentence_contains":"meeting","code":["04*"]})"
              "\n");
  Produced p = produced_of(event("e1", "They withdraw.", "FRA", "MLI", "0874") +
                           event("e2", "They withdraw.", "FRA", "MLI", "1121"));
  EvalReport r = evaluate(g, p);
  EXPECT_EQ(r.confusion.at("08").at("08"), 1u);
  EXPECT_EQ(r.confusion.at("08").at("11"), 1u);
  EXPECT_EQ(r.confusion.at("04").at("(none)"), 1u);
  EXPECT_EQ(r.per_root.at("08").matched, 1u);
  EXPECT_EQ(r.per_root.at("11").unmatched, 1u);
}

TEST(Evaluate, ClosestKeepsThreeFewestMismatchesFirst) {
  Gold g = gold_of(
      R"({"kind":"require","id":"r","sentence_contains":"S.","source":["FRA*"],"target":["MLI*"],"code":["087*"]})"
      "\n");
  Produced p =
      produced_of(event("a", "S.", "USA", "RUS", "190") + event("b", "S.", "FRA", "RUS", "190") +
                  event("c", "S.", "FRA", "MLI", "190") + event("d", "S.", "USA", "MLI", "190"));
  EvalReport r = evaluate(g, p);
  const auto& closest = r.lines[0].closest;
  ASSERT_EQ(closest.size(), 3u);
  EXPECT_EQ(closest[0].id, "c");
  EXPECT_EQ(closest[1].id, "b");
  EXPECT_EQ(closest[2].id, "d");
}

TEST(Evaluate, ProblemsFromBothFilesAreCarried) {
  std::istringstream gin("oops\n");
  std::istringstream pin("{\"type\":\"event\"}\n");
  EvalReport r = evaluate(parse_gold(gin, "g"), parse_produced(pin, "o"));
  ASSERT_EQ(r.problems.size(), 2u);
  EXPECT_EQ(r.problems[0].record, "g:1");
  EXPECT_EQ(r.problems[1].record, "o:1");
  EXPECT_FALSE(r.precision.has_value());
}

}  // namespace dyad
