// The hand-written actor files that go with the country import (data/dict/countries-extra,
// metonyms, regions, igos, groups .dyad): they load cleanly, never give a phrase a code that
// another of them or the generated country file contradicts, and keep the policy choices
// documented in data/dict/ACTORS.md.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "dict/country_import.h"
#include "dyad/dictionary.h"
#include "dyad/paths.h"

namespace dyad {
namespace {

const char* const kFiles[] = {"countries-extra.dyad", "metonyms.dyad", "regions.dyad",
                              "igos.dyad", "groups.dyad"};

std::string words_of(const Phrase& p) {
  std::string k;
  for (const auto& w : p.words) k += (k.empty() ? "" : " ") + w;
  return k;
}

// The codes an actor has on `date` ("" when none), joined by '/'.
std::string codes_on(const ActorEntry& a, int date) {
  const ActorCode* c = a.codes_at(date);
  if (!c) return "";
  std::string s;
  for (const auto& code : c->codes) s += (s.empty() ? "" : "/") + code;
  return s;
}

class ActorFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* f : kFiles) {
      Result<bool> r = load_native(data_path(std::string("dict/") + f), set_);
      ASSERT_TRUE(r.ok()) << r.error();
    }
  }

  // The actor whose phrase is `text` (as the tokenizer splits it), or nullptr.
  const ActorEntry* find(const std::string& words) const {
    const ActorEntry* found = nullptr;
    for (const auto& a : set_.actors)
      for (const auto& p : a.phrases)
        if (words_of(p) == words) found = &a;  // the last one wins, as in the coder
    return found;
  }

  std::string code(const std::string& words, int date = 20240601) const {
    const ActorEntry* a = find(words);
    return a ? codes_on(*a, date) : "(absent)";
  }

  DictionarySet set_;
};

TEST_F(ActorFiles, LoadWithoutProblems) {
  for (const auto& d : set_.diagnostics) ADD_FAILURE() << d.origin << ": " << d.message;
  EXPECT_GT(set_.actors.size(), 200u);
}

TEST_F(ActorFiles, NoPhraseHasTwoCodes) {
  // Add the generated countries when setup has installed the package.
  std::ifstream f(data_path("npm/node_modules/world-countries/countries.json"));
  if (f) {
    std::stringstream ss;
    ss << f.rdbuf();
    std::ostringstream out;
    std::vector<std::string> warnings;
    ASSERT_TRUE(import_countries(ss.str(), out, warnings).ok());
    parse_native(out.str(), "countries.dyad", set_);
  }
  std::map<std::string, std::pair<std::string, std::string>> seen;  // words -> codes, origin
  for (const auto& a : set_.actors) {
    std::string codes;
    for (const auto& c : a.codes) {
      for (const auto& x : c.codes) codes += x + "/";
      codes += std::to_string(c.from) + ".." + std::to_string(c.to) + " ";
    }
    for (const auto& p : a.phrases) {
      auto [it, fresh] = seen.emplace(words_of(p), std::make_pair(codes, p.origin));
      if (!fresh) {
        EXPECT_EQ(it->second.first, codes)
            << "'" << p.text << "' at " << p.origin << " and " << it->second.second;
      }
    }
  }
}

TEST_F(ActorFiles, MetonymsAndRegions) {
  EXPECT_EQ(code("KREMLIN"), "RUSGOV");
  EXPECT_EQ(code("WHITE HOUSE"), "USAGOV");
  EXPECT_EQ(code("PENTAGON"), "USAMIL");
  EXPECT_EQ(code("BRUSSELS"), "IGOEUREEC");
  EXPECT_EQ(code("SAHEL"), "WAF");
  EXPECT_EQ(code("EUROPEAN LEADERS"), "EURGOV");
  EXPECT_EQ(code("WESTERN POWERS"), "WST");
  EXPECT_EQ(code("THE WEST"), "(absent)");  // "in the west of the country"
  EXPECT_EQ(code("CENTRAL AFRICAN"), "(absent)");  // the Central African Republic's
}

TEST_F(ActorFiles, OrganisationsAndAcronyms) {
  EXPECT_EQ(code("UN"), "IGOUNO");
  EXPECT_EQ(code("MINUSMA"), "IGOUNOPKO");
  EXPECT_EQ(code("AFRICAN UNION"), "IGOAFRAFU");
  EXPECT_EQ(code("REPORTERS WITHOUT BORDERS"), "NGORWB");
  EXPECT_EQ(code("RSF", 20230101), "SDNMIL");  // Sudan's RSF, never the NGO
  EXPECT_EQ(code("RSF", 20230415), "SDNREB");
  EXPECT_EQ(code("WHO"), "(absent)");
  EXPECT_EQ(code("SECURITY COUNCIL"), "(absent)");
  EXPECT_EQ(code("TAKUBA"), "EURMIL");
  EXPECT_EQ(code("BARKHANE"), "FRAMIL");
}

TEST_F(ActorFiles, GroupsFollowOnePolicy) {
  EXPECT_EQ(code("AL-QAEDA"), "IMGMOSALQ");
  EXPECT_EQ(code("AQIM"), "IMGMOSALQ");
  EXPECT_EQ(code("ISWAP"), "IMGMOSISI");
  EXPECT_EQ(code("JNIM"), "MLIREB");
  EXPECT_EQ(code("AL-SHABAAB"), "SOMREB");
  EXPECT_EQ(code("ADF"), "UGAREB");
  EXPECT_EQ(code("WAGNER GROUP"), "RUSUAF");
  EXPECT_EQ(code("AFRICA CORPS"), "RUSMIL");
  EXPECT_EQ(code("TALIBAN", 20000101), "AFGGOV");
  EXPECT_EQ(code("TALIBAN", 20100101), "AFGREB");
  EXPECT_EQ(code("TALIBAN", 20210815), "AFGGOV");
  EXPECT_EQ(code("HAYAT TAHRIR AL-SHAM", 20241207), "SYRREB");
  EXPECT_EQ(code("HAYAT TAHRIR AL-SHAM", 20241208), "SYRGOV");
  EXPECT_EQ(code("TPLF", 20210601), "ETHREB");
  EXPECT_EQ(code("TPLF", 20230601), "ETHPTY");
  EXPECT_EQ(code("HAMAS"), "PSEREB");
  EXPECT_EQ(code("KATAIB HEZBOLLAH"), "IRQUAF");  // not Lebanon's Hezbollah
  EXPECT_EQ(code("SINALOA CARTEL"), "MEXCRM");
  EXPECT_EQ(code("LET"), "(absent)");
  EXPECT_EQ(code("KIA"), "(absent)");
}

}  // namespace
}  // namespace dyad
