#include "server/mention_view.h"

#include <gtest/gtest.h>

namespace dyad::server {
namespace {

using Json = nlohmann::ordered_json;

Json event_with(std::initializer_list<std::pair<const char*, std::pair<int, int>>> spans) {
  Json ev = Json::object();
  for (const auto& [name, span] : spans) {
    Json s = Json::object();
    s["begin"] = span.first;
    s["end"] = span.second;
    ev[name] = s;
  }
  Json e = Json::object();
  e["evidence"] = ev;
  return e;
}

std::string joined(const std::vector<Segment>& segs) {
  std::string s;
  for (const auto& g : segs) s += g.text;
  return s;
}

TEST(Segments, CutsAtArticleOffsetsRelativeToTheSentence) {
  // The sentence starts at byte 100 of its article.
  std::string sentence = "Macron says France will withdraw from Mali.";
  auto at = [&](const std::string& w) { return 100 + static_cast<int>(sentence.find(w)); };
  Json e = event_with({{"source", {at("France"), at("France") + 6}},
                       {"target", {at("Mali"), at("Mali") + 4}},
                       {"verb", {at("will"), at("will") + 13}}});
  auto segs = sentence_segments(sentence, 100, e);
  ASSERT_EQ(segs.size(), 7u);
  EXPECT_EQ(segs[0].text, "Macron says ");
  EXPECT_EQ(segs[0].role, "");
  EXPECT_EQ(segs[1].text, "France");
  EXPECT_EQ(segs[1].role, "source");
  EXPECT_EQ(segs[3].text, "will withdraw");
  EXPECT_EQ(segs[3].role, "verb");
  EXPECT_EQ(segs[5].text, "Mali");
  EXPECT_EQ(segs[5].role, "target");
  EXPECT_EQ(segs[6].text, ".");
  EXPECT_EQ(joined(segs), sentence);
}

TEST(Segments, OverlapsGoToTheStrongerRole) {
  std::string sentence = "Yesterday France attacked.";
  Json e = event_with({{"date", {0, 16}}, {"source", {10, 16}}, {"verb", {17, 25}}});
  auto segs = sentence_segments(sentence, 0, e);
  ASSERT_GE(segs.size(), 4u);
  EXPECT_EQ(segs[0].text, "Yesterday ");
  EXPECT_EQ(segs[0].role, "date");
  EXPECT_EQ(segs[1].text, "France");
  EXPECT_EQ(segs[1].role, "source");
  EXPECT_EQ(joined(segs), sentence);
}

TEST(Segments, IgnoresSpansOutsideAndMalformedEvidence) {
  std::string sentence = "Nothing to see.";
  for (const Json& e :
       {event_with({{"source", {500, 520}}}), event_with({{"source", {8, 3}}}), Json(nullptr),
        Json::array(), Json::parse(R"({"evidence":{"verb":{"begin":"x"}}})")}) {
    auto segs = sentence_segments(sentence, 0, e);
    ASSERT_EQ(segs.size(), 1u);
    EXPECT_EQ(segs[0].text, sentence);
    EXPECT_EQ(segs[0].role, "");
  }
  EXPECT_TRUE(sentence_segments("", 0, event_with({{"source", {0, 3}}})).empty());
}

TEST(Segments, ClipsSpansAtTheSentenceEdges) {
  std::string sentence = "France left.";
  auto segs = sentence_segments(sentence, 50, event_with({{"source", {40, 56}}}));
  ASSERT_EQ(segs.size(), 2u);
  EXPECT_EQ(segs[0].text, "France");
  EXPECT_EQ(segs[0].role, "source");
}

TEST(Segments, NeverSplitsAUtf8Character) {
  std::string sentence = "Le Pr\xC3\xA9sident parle.";  // "é" is two bytes at 5..7
  auto segs = sentence_segments(sentence, 0, event_with({{"source", {0, 6}}}));  // mid-"é"
  EXPECT_EQ(joined(segs), sentence);
  for (const auto& s : segs) EXPECT_NE(static_cast<unsigned char>(s.text[0]) & 0xC0, 0x80);
}

TEST(Evidence, EntriesPatternAndReasons) {
  Json e = Json::parse(R"({
    "date":"2022-03-01","article_date":"2022-03-02","historical":false,
    "location":{"name":"Gao","country":"ML","precision":"city","basis":"clause"},
    "evidence":{"source":{"begin":3,"end":9,"entries":[{"phrase":"FRANCE","code":"FRA","origin":"a:1"}]},
                "target":{"begin":0,"end":0,"entries":[]},
                "verb":{"begin":0,"end":0,"entry":{"phrase":"LEAVE","code":"---","origin":"v:2"}},
                "date":{"begin":10,"end":20},
                "pattern":{"phrase":"* FROM +","code":"0874","origin":"v:3"}}})");
  std::string sentence = "xx France on Tuesday left.";
  Json ev = mention_evidence(e, sentence, 0);
  ASSERT_EQ(ev["source_entries"].size(), 1u);
  EXPECT_EQ(ev["source_entries"][0]["code"], "FRA");
  EXPECT_TRUE(ev["target_entries"].empty());
  EXPECT_EQ(ev["verb_entry"]["phrase"], "LEAVE");
  EXPECT_EQ(ev["pattern"]["code"], "0874");
  EXPECT_EQ(ev["date_reason"],
            "dated by \"on Tuesday\": 2022-03-01 (the article is of 2022-03-02)");
  EXPECT_EQ(ev["place_reason"], "\"Gao\" (city) named in the event's clause");
}

TEST(Evidence, ArticleDateAndNoPlace) {
  Json e = Json::parse(R"({"date":"2022-02-17","article_date":"2022-02-17","location":null,
                           "evidence":{"pattern":null}})");
  Json ev = mention_evidence(e, "France left.", 0);
  EXPECT_EQ(ev["date_reason"], "the article's date, 2022-02-17");
  EXPECT_EQ(ev["place_reason"], "no place found");
  EXPECT_TRUE(ev["pattern"].is_null());
  EXPECT_TRUE(ev["verb_entry"].is_null());
  // Garbage in, an answer out.
  Json g = mention_evidence(Json("text"), "", 0);
  EXPECT_EQ(g["place_reason"], "no place found");
}

}  // namespace
}  // namespace dyad::server
