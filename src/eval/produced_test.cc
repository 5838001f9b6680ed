#include <gtest/gtest.h>

#include <sstream>

#include "dyad/eval.h"
#include "dyad/io.h"

namespace dyad {

TEST(Produced, ReadsEventsAndQuantitiesAndIgnoresOtherTypes) {
  std::istringstream in(
      R"({"type":"event","id":"e1","article":"a","sentence":2,"text":"France will withdraw.","date":"2022-02-17","source":"FRA","target":"MLI","code":"0874","location":{"country":"ML"},"quantities":[{"what":"troops","value":2400,"actor":"FRA","location":{"country":"ML"}}]})"
      "\n"
      R"({"type":"article","id":"a","problems":[]})"
      "\n"
      R"({"type":"quantity","article":"a","sentence":3,"text":"about 4,300 troops","what":"troops","value":4300,"actor":"FRA","approximate":true})"
      "\n");
  Produced p = parse_produced(in, "out.jsonl");
  EXPECT_TRUE(p.problems.empty());
  ASSERT_EQ(p.events.size(), 1u);
  const ProducedEvent& e = p.events[0];
  EXPECT_EQ(e.id, "e1");
  EXPECT_EQ(e.sentence, 2);
  EXPECT_EQ(e.code, "0874");
  EXPECT_EQ(e.location_country, "ML");
  EXPECT_EQ(e.line, 1);
  ASSERT_EQ(e.quantities.size(), 1u);
  EXPECT_EQ(e.quantities[0].location_country, "ML");
  ASSERT_EQ(p.quantities.size(), 1u);
  EXPECT_EQ(p.quantities[0].quantity.approximate, std::optional<bool>(true));
  EXPECT_DOUBLE_EQ(p.quantities[0].quantity.value, 4300);
  EXPECT_EQ(p.quantities[0].line, 3);
}

TEST(Produced, ReadsWhatTheEventWriterWrites) {
  Event ev;
  // std::string temporaries: assigning short literals directly trips GCC 12's false
  // -Wrestrict warning at -O2 (GCC bug 105329).
  ev.id = std::string("x1");
  ev.article = std::string("a");
  ev.text = std::string("Sentence.");
  ev.date = std::string("2022-02-17");
  ev.source = std::string("FRA");
  ev.target = std::string("MLI");
  ev.code = std::string("0874");
  std::stringstream io;
  write_event_jsonl(io, ev);
  Produced p = parse_produced(io, "out.jsonl");
  ASSERT_EQ(p.events.size(), 1u);
  EXPECT_TRUE(p.problems.empty());
  EXPECT_EQ(p.events[0].source, "FRA");
  EXPECT_EQ(p.events[0].code, "0874");
}

TEST(Produced, BadLinesBecomeProblems) {
  std::istringstream in(
      "{broken\n"
      R"({"id":"no-type"})"
      "\n"
      R"({"type":"event","id":"e2","text":"t"})"
      "\n"
      R"({"type":"event","id":"e3","text":"t","code":874})"
      "\n"
      R"({"type":"event","id":"e4","text":"t","code":"01","quantities":[{"what":"x"}]})"
      "\n"
      R"({"type":"quantity","what":"troops","value":1})"
      "\n"
      "[]\n"
      R"({"type":"event","id":"ok","text":"t","code":"01"})"
      "\n");
  Produced p = parse_produced(in, "out.jsonl");
  ASSERT_EQ(p.events.size(), 1u);
  EXPECT_EQ(p.events[0].id, "ok");
  ASSERT_EQ(p.problems.size(), 7u);
  EXPECT_EQ(p.problems[0].record, "out.jsonl:1");
  EXPECT_NE(p.problems[1].message.find("'type'"), std::string::npos);
  EXPECT_EQ(p.problems[2].record, "out.jsonl:3 (id=e2)");
  EXPECT_NE(p.problems[2].message.find("'code'"), std::string::npos);
  EXPECT_NE(p.problems[3].message.find("must be a string"), std::string::npos);
  EXPECT_NE(p.problems[4].message.find("'value'"), std::string::npos);
  EXPECT_NE(p.problems[5].message.find("'text'"), std::string::npos);
  EXPECT_NE(p.problems[6].message.find("object"), std::string::npos);
}

}  // namespace dyad
