#include <gtest/gtest.h>

#include "dyad/text.h"
#include "geo/test_gazetteer.h"

namespace dyad {
namespace {

using geo::testing::tiny_gazetteer;

struct Resolved {
  std::vector<PlaceMention> mentions;
  const PlaceMention* find(std::string_view text) const {
    for (const auto& m : mentions)
      if (m.text == text) return &m;
    return nullptr;
  }
};

Resolved resolve(const Gazetteer& g, std::string_view text) {
  SegmentResult seg = segment(text);
  return {resolve_places(g, seg.sentences)};
}

TEST(Resolver, ResolvesAPlainMentionWithSpanAndOffsets) {
  auto g = tiny_gazetteer();
  std::string text = "Troops left Bamako on Monday.";
  Resolved r = resolve(*g, text);
  ASSERT_EQ(r.mentions.size(), 1u);
  const PlaceMention& m = r.mentions[0];
  EXPECT_EQ(m.text, "Bamako");
  EXPECT_EQ(m.where.country, "ML");
  EXPECT_EQ(m.where.precision, GeoPrecision::City);
  EXPECT_EQ(m.sentence, 0);
  EXPECT_EQ(m.token_begin, 2u);
  EXPECT_EQ(m.token_end, 3u);
  EXPECT_EQ(text.substr(m.begin, m.end - m.begin), "Bamako");
  EXPECT_GT(m.where.confidence, 0.9f);
}

TEST(Resolver, ParisHiltonIsNotParis) {
  auto g = tiny_gazetteer();
  Resolved r = resolve(*g, "Paris Hilton arrived at the party. She had flown in from Paris.");
  ASSERT_EQ(r.mentions.size(), 1u);
  EXPECT_EQ(r.mentions[0].sentence, 1);
  EXPECT_EQ(r.mentions[0].where.country, "FR");
  // Nor is the Hilton of "Paris Hilton" the town of Hilton, New York.
  EXPECT_EQ(r.find("Hilton"), nullptr);
}

TEST(Resolver, PersonsAndTitlesAreNotPlaces) {
  auto g = tiny_gazetteer();
  Resolved r = resolve(*g, "The motion came from Judge Danny Pierce on Monday. "
                           "Later Pierce met officials in Atlanta.");
  EXPECT_EQ(r.find("Pierce"), nullptr);
  ASSERT_NE(r.find("Atlanta"), nullptr);
  // A town name before "said" is a person, unless a preposition puts it in a place role.
  EXPECT_EQ(resolve(*g, "Yesterday Pierce said no.").find("Pierce"), nullptr);
  EXPECT_NE(resolve(*g, "Officials in Paris said no.").find("Paris"), nullptr);
}

TEST(Resolver, DemonymsAreEvidenceNotMentions) {
  auto g = tiny_gazetteer();
  Resolved r = resolve(*g, "Russian troops entered Georgia on Friday.");
  EXPECT_EQ(r.find("Russian"), nullptr);
  const PlaceMention* ge = r.find("Georgia");
  ASSERT_NE(ge, nullptr);
  EXPECT_EQ(ge->where.precision, GeoPrecision::Country);
  EXPECT_EQ(ge->where.country, "GE");
}

TEST(Resolver, TheArticlesCountriesDecideBetweenStateAndCountry) {
  auto g = tiny_gazetteer();
  Resolved us = resolve(*g, "The storm hit Atlanta overnight. Georgia officials said schools "
                            "would stay closed across Georgia.");
  const PlaceMention* state = us.find("Georgia");
  ASSERT_NE(state, nullptr);
  EXPECT_EQ(state->where.admin1, "US-GA");
  EXPECT_EQ(state->where.precision, GeoPrecision::Admin1);
  Resolved ge = resolve(*g, "Fighting spread from Gori toward Tbilisi. Georgia asked for help.");
  const PlaceMention* country = ge.find("Georgia");
  ASSERT_NE(country, nullptr);
  EXPECT_EQ(country->where.country, "GE");
}

TEST(Resolver, AQualifierAfterACommaPicksTheTown) {
  auto g = tiny_gazetteer();
  Resolved r = resolve(*g, "She lives in Alexandria, La., with her mother.");
  const PlaceMention* town = r.find("Alexandria");
  ASSERT_NE(town, nullptr);
  EXPECT_EQ(town->where.admin1, "US-LA");
  EXPECT_EQ(town->where.admin1_name, "Louisiana");
  const PlaceMention* state = r.find("La.");
  ASSERT_NE(state, nullptr);
  EXPECT_EQ(state->where.precision, GeoPrecision::Admin1);
  // Without a qualifier or context the most prominent Alexandria wins.
  Resolved bare = resolve(*g, "The ship sailed to Alexandria.");
  ASSERT_EQ(bare.mentions.size(), 1u);
  EXPECT_EQ(bare.mentions[0].where.country, "EG");
}

TEST(Resolver, OneSensePerNameAndNearbyPlacesHelp) {
  auto g = tiny_gazetteer();
  Resolved r = resolve(*g, "Police in Paris, Texas, made an arrest. Paris police said more "
                           "would follow.");
  int paris = 0;
  for (const auto& m : r.mentions) {
    if (m.text != "Paris") continue;
    ++paris;
    EXPECT_EQ(m.where.admin1, "US-TX");
  }
  EXPECT_EQ(paris, 2);
}

TEST(Resolver, CommonWordsNeedALargeTownOrAMidSentencePlace) {
  auto g = tiny_gazetteer();
  EXPECT_EQ(resolve(*g, "The City Council met on Monday.").find("Council"), nullptr);
  EXPECT_EQ(resolve(*g, "Mobile phones are everywhere.").find("Mobile"), nullptr);
  EXPECT_NE(resolve(*g, "The storm reached Mobile overnight.").find("Mobile"), nullptr);
  EXPECT_EQ(resolve(*g, "It happened in March in Atlanta.").find("March"), nullptr);
}

TEST(Resolver, ShortAllCapitalWordsMatchOnlyAbbreviations) {
  auto g = tiny_gazetteer();
  Resolved r = resolve(*g, "The U.S. and MALI talks.");
  ASSERT_NE(r.find("U.S."), nullptr);
  EXPECT_EQ(r.find("U.S.")->where.country, "US");
  EXPECT_EQ(r.find("MALI"), nullptr);
}

TEST(Resolver, CountiesGetTheArticlesLocalPlace) {
  auto g = tiny_gazetteer();
  Resolved r = resolve(*g, "A fire broke out in Alexandria, La. Rapides Parish deputies came.");
  const PlaceMention* parish = r.find("Rapides Parish");
  ASSERT_NE(parish, nullptr);
  EXPECT_EQ(parish->where.precision, GeoPrecision::Admin2);
  EXPECT_EQ(parish->where.admin1, "US-LA");
  EXPECT_LT(parish->where.confidence, 0.5f);
}

TEST(Resolver, RegionsAndEmptyInput) {
  auto g = tiny_gazetteer();
  Resolved r = resolve(*g, "Jihadists are active across the Sahel.");
  ASSERT_NE(r.find("Sahel"), nullptr);
  EXPECT_EQ(r.find("Sahel")->where.precision, GeoPrecision::Region);
  EXPECT_TRUE(resolve(*g, "").mentions.empty());
  EXPECT_TRUE(resolve(*g, "nothing capitalised here at all").mentions.empty());
}

TEST(Resolver, NothingCarriesOverFromOneArticleToTheNext) {
  // The resolver reuses its buffers from one article to the next: a busy article in between
  // must not change what a small one resolves to.
  auto g = tiny_gazetteer();
  std::string small = "The ship sailed to Alexandria.";
  std::string busy =
      "Police in Paris, Texas, made an arrest. Judge Danny Pierce met officials in Atlanta. "
      "Russian troops entered Georgia. A fire broke out in Alexandria, La. Rapides Parish "
      "deputies came. Jihadists are active across the Sahel near Bamako, Mali.";
  Resolved first = resolve(*g, small);
  Resolved middle = resolve(*g, busy);
  Resolved again = resolve(*g, small);
  EXPECT_GE(middle.mentions.size(), 6u);
  ASSERT_EQ(first.mentions.size(), 1u);
  ASSERT_EQ(again.mentions.size(), 1u);
  EXPECT_EQ(again.mentions[0].where.country, first.mentions[0].where.country);
  EXPECT_EQ(again.mentions[0].where.confidence, first.mentions[0].where.confidence);
  EXPECT_EQ(again.mentions[0].place, first.mentions[0].place);
  EXPECT_EQ(resolve(*g, busy).mentions.size(), middle.mentions.size());
}

TEST(MainPlace, PrefersTheMostMentionedEarlyTown) {
  auto g = tiny_gazetteer();
  SegmentResult seg = segment(
      "Troops left Bamako on Monday. France said the withdrawal from Mali would take months. "
      "In Bamako, crowds gathered.");
  Location main = article_main_place(*g, seg.sentences);
  EXPECT_EQ(main.name, "Bamako");
  EXPECT_EQ(main.precision, GeoPrecision::City);
  EXPECT_FALSE(article_main_place(std::span<const PlaceMention>()).known());
}

TEST(MainPlace, EqualWeightsGoToTheEarlierMention) {
  // Two towns, each named once in the same sentence with the same precision and confidence:
  // the one written first wins, whichever place id is lower.
  auto make = [](uint32_t place, const char* name, uint32_t begin) {
    PlaceMention m;
    m.where.name = name;
    m.where.precision = GeoPrecision::City;
    m.where.confidence = 1.0f;
    m.sentence = 4;
    m.place = place;
    m.begin = begin;
    return m;
  };
  std::vector<PlaceMention> ms = {make(7, "Later", 50), make(3, "Earlier", 10)};
  EXPECT_EQ(article_main_place(ms).name, "Earlier");
  // A town named twice outweighs one named once; county guesses are keyed by name.
  ms.push_back(make(7, "Later", 80));
  EXPECT_EQ(article_main_place(ms).name, "Later");
  std::vector<PlaceMention> counties = {make(UINT32_MAX, "Hall County", 5),
                                        make(UINT32_MAX, "Laurel County", 20),
                                        make(UINT32_MAX, "Laurel County", 40)};
  EXPECT_EQ(article_main_place(counties).name, "Laurel County");
}

}  // namespace
}  // namespace dyad
