#include "tag/morphy.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace dyad::tag {
namespace {

StringTable index_of(std::initializer_list<const char*> lemmas) {
  StringTable t;
  for (const char* l : lemmas) t.insert(l, 1);
  return t;
}

TEST(Morphy, FirstRuleThatReachesALemmaWins) {
  std::string buf;
  auto verbs = index_of({"attack", "criticize", "tie", "hope", "hop"});
  EXPECT_EQ(detach("attacking", WnPos::Verb, verbs, buf), "attack");
  EXPECT_EQ(detach("criticized", WnPos::Verb, verbs, buf), "criticize");
  EXPECT_EQ(detach("ties", WnPos::Verb, verbs, buf), "tie");
  // "ed" -> "e" comes before "ed" -> "": hoped is hope, not hop.
  EXPECT_EQ(detach("hoped", WnPos::Verb, verbs, buf), "hope");
  EXPECT_EQ(detach("running", WnPos::Verb, verbs, buf), "");  // doubling is in verb.exc
}

TEST(Morphy, NounRules) {
  std::string buf;
  auto nouns = index_of({"country", "glass", "church", "gunman", "troop"});
  EXPECT_EQ(detach("countries", WnPos::Noun, nouns, buf), "country");
  EXPECT_EQ(detach("churches", WnPos::Noun, nouns, buf), "church");
  EXPECT_EQ(detach("gunmen", WnPos::Noun, nouns, buf), "gunman");
  EXPECT_EQ(detach("troops", WnPos::Noun, nouns, buf), "troop");
  EXPECT_EQ(detach("glass", WnPos::Noun, nouns, buf), "");  // "-ss" nouns are left alone
  EXPECT_EQ(detach("as", WnPos::Noun, nouns, buf), "");
}

TEST(Morphy, AdjectivesAndAdverbs) {
  std::string buf;
  auto adj = index_of({"large", "tall"});
  EXPECT_EQ(detach("larger", WnPos::Adj, adj, buf), "large");
  EXPECT_EQ(detach("tallest", WnPos::Adj, adj, buf), "tall");
  EXPECT_TRUE(detachment_rules(WnPos::Adv).empty());
}

TEST(Morphy, ReadsWordNetFiles) {
  auto dir = std::filesystem::temp_directory_path() / "dyad_morphy_test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  for (const char* pos : {"noun", "verb", "adj", "adv"}) {
    std::ofstream(dir / (std::string("index.") + pos))
        << "  1 licence text\n  2 more licence\nalpha x 1 1 @ 1 0 0\nbeta_gamma x 1 0\n";
    std::ofstream(dir / (std::string(pos) + ".exc")) << "alphas alpha alphum\n";
  }
  auto wn = read_wordnet(dir.string());
  ASSERT_TRUE(wn.ok()) << wn.error();
  EXPECT_TRUE(wn->index[1].contains("alpha"));
  EXPECT_TRUE(wn->index[1].contains("beta_gamma"));
  EXPECT_FALSE(wn->index[1].contains("1"));
  ASSERT_EQ(wn->exceptions[2].size(), 1u);
  EXPECT_EQ(wn->exceptions[2][0].form, "alphas");
  EXPECT_EQ(wn->exceptions[2][0].base, "alpha");

  std::filesystem::remove(dir / "adv.exc");
  auto missing = read_wordnet(dir.string());
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().find("adv.exc"), std::string::npos) << missing.error();
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace dyad::tag
