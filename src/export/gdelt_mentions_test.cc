#include <gtest/gtest.h>

#include <sstream>

#include "dyad/export.h"
#include "export/export_test_support.h"

namespace dyad {
namespace {

using testing::lines;
using testing::split;
using testing::TestStore;

std::vector<std::vector<std::string>> mention_rows(TestStore& t, const EventFilter& f = {}) {
  ExportOptions o;
  o.format = ExportFormat::Mentions;
  o.filter = f;
  std::ostringstream out;
  auto n = export_events(t.store(), o, out);
  EXPECT_TRUE(n.ok()) << n.error();
  std::vector<std::vector<std::string>> rows;
  for (const std::string& l : lines(out.str())) rows.push_back(split(l, '\t'));
  if (n) {
    EXPECT_EQ(*n, static_cast<int64_t>(rows.size()));
  }
  return rows;
}

TEST(GdeltMentions, SixteenColumnsInCodebookOrder) {
  TestStore t("mentions_cols");
  testing::fill_sample(t);
  int64_t event = t.event_id("2022-02-17", "FRAGOV", "MLI", "0874");
  EventFilter f;
  f.event_id = event;
  auto rows = mention_rows(t, f);
  ASSERT_EQ(rows.size(), 2u);  // a1 then a2
  for (const auto& r : rows) ASSERT_EQ(r.size(), 16u);
  const auto& a1 = rows[0];
  EXPECT_EQ(a1[0], std::to_string(event));       // GlobalEventID
  EXPECT_EQ(a1[1], "20220218091500");            // EventTimeDate: the event's DATEADDED
  EXPECT_EQ(a1[2], "20220218091500");            // MentionTimeDate
  EXPECT_EQ(a1[3], "1");                         // MentionType: web
  EXPECT_EQ(a1[4], "NPR");                       // MentionSourceName
  EXPECT_EQ(a1[5], "https://npr.example/a1");    // MentionIdentifier
  EXPECT_EQ(a1[6], "1");                         // SentenceID = idx + 1
  EXPECT_EQ(a1[7], "0");                         // Actor1CharOffset
  EXPECT_EQ(a1[8], "37");                        // Actor2CharOffset
  EXPECT_EQ(a1[9], "12");                        // ActionCharOffset
  EXPECT_EQ(a1[10], "1");                        // InRawText
  EXPECT_EQ(a1[11], "90");                       // Confidence 0..100
  // MentionDocLen: the three sentences of a1 joined by spaces.
  EXPECT_EQ(a1[12], std::to_string(42 + 1 + 56 + 1 + 25));
  EXPECT_EQ(a1[13], "");
  EXPECT_EQ(a1[14], "");
  EXPECT_EQ(a1[15], "");
  const auto& a2 = rows[1];
  EXPECT_EQ(a2[1], "20220218091500");  // still the event's first recording
  EXPECT_EQ(a2[2], "20220218103000");  // a2 was stored later
  EXPECT_EQ(a2[4], "Reuters");
  EXPECT_EQ(a2[11], "70");
}

TEST(GdeltMentions, MissingSpansAndUrls) {
  TestStore t("mentions_missing");
  testing::fill_sample(t);
  EventFilter f;
  f.article = "a4";
  auto rows = mention_rows(t, f);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0][3], "2");   // CITATIONONLY: no URL
  EXPECT_EQ(rows[0][5], "a4");  // identified by the article id
  EXPECT_EQ(rows[0][7], "-1");  // no span
  EXPECT_EQ(rows[0][9], "-1");
}

TEST(GdeltMentions, OffsetsCountCharactersNotBytes) {
  TestStore t("mentions_utf8");
  t.add_article("u", "2022-05-01", "Le Monde", "https://lemonde.example/u",
                "", {"Élysée: la France quitte le Mali."});
  testing::MentionSpec m;
  m.id = "u1";
  m.article = "u";
  m.date = "2022-05-01";
  m.source = "FRA";
  m.target = "MLI";
  m.code = "0874";
  // Byte offsets: "Élysée: la " is 13 bytes (É and é take two) but 11 characters.
  m.source_begin = 13;
  m.source_end = 19;
  t.add_mention(m);
  t.merge();
  auto rows = mention_rows(t);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0][7], "11");
  EXPECT_EQ(rows[0][12], "33");  // characters, not the 35 bytes
}

}  // namespace
}  // namespace dyad
