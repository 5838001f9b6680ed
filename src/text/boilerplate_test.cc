#include "text/boilerplate.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/text.h"

namespace dyad {
namespace {

// Flags of the sentences of `text`, in order.
std::vector<bool> flags(const std::string& text) {
  std::vector<bool> out;
  for (const Sentence& s : segment(text).sentences) out.push_back(s.boilerplate);
  return out;
}
using B = std::vector<bool>;

TEST(Boilerplate, CopyrightNotices) {
  EXPECT_EQ(flags("Troops left. Copyright 2022 NPR."), (B{false, true}));
  EXPECT_EQ(flags("Troops left.\n(c) 2022 Reuters"), (B{false, true}));
  EXPECT_EQ(flags("Troops left.\n\u00A9 2022 The Associated Press"), (B{false, true}));
  EXPECT_EQ(flags("Troops left. All rights reserved."), (B{false, true}));
  EXPECT_EQ(flags("Troops left. Reuters 2022, ALL RIGHTS RESERVED"), (B{false, true}));
  EXPECT_EQ(flags("Troops left. He defended the rights of all."), (B{false, false}));
  EXPECT_EQ(flags("Troops left. Copyright AP. All Rights Reserved."), (B{false, true, true}));
}

TEST(Boilerplate, WebPromptsAndSocialLinks) {
  EXPECT_EQ(flags("Troops left. To see more, visit https://www.npr.org."), (B{false, true}));
  EXPECT_EQ(flags("Troops left.\nClick here to subscribe\nFollow us on Twitter"),
            (B{false, true, true}));
}

TEST(Boilerplate, BylinesOnTheirOwnLine) {
  EXPECT_EQ(flags("By Jane Doe\nTroops left on Monday."), (B{true, false}));
  EXPECT_EQ(flags("By JANE DOE, Associated Press\nTroops left."), (B{true, false}));
  EXPECT_EQ(flags("By Jane Doe and John Roe\n\nTroops left."), (B{true, false}));
}

TEST(Boilerplate, SentencesStartingWithByAreNotBylines) {
  EXPECT_EQ(flags("By Monday the troops had left."), (B{false}));
  EXPECT_EQ(flags("Troops left. By Friday Rebels Arrived"), (B{false, false}));  // not a line
}

TEST(Boilerplate, ReportingAndEditingCredits) {
  EXPECT_EQ(flags("Troops left.\nReporting by Jane Doe; Editing by John Roe"), (B{false, true}));
  EXPECT_EQ(flags("Troops left.\nAdditional reporting by Jane Doe in Paris; writing by John Roe."),
            (B{false, true}));
}

TEST(Boilerplate, BoilerplateLineIsKeptOutOfPrecedingSentence) {
  const std::string text = "The troops left the city\nCopyright 2022 NPR";
  const SegmentResult r = segment(text);
  ASSERT_EQ(r.sentences.size(), 2u);
  EXPECT_FALSE(r.sentences[0].boilerplate);
  EXPECT_TRUE(r.sentences[1].boilerplate);
}

TEST(Boilerplate, OpensBoilerplateIgnoresCase) {
  EXPECT_TRUE(text::opens_boilerplate("COPYRIGHT 2022"));
  EXPECT_TRUE(text::opens_boilerplate("Copyright"));
  EXPECT_TRUE(text::opens_boilerplate("(C)2022 AFP"));
  EXPECT_TRUE(text::opens_boilerplate("(c) Copyright Reuters"));
  EXPECT_FALSE(text::opens_boilerplate("(C) - Sales made on exporters' own account."));
  EXPECT_FALSE(text::opens_boilerplate("Copyrighted works"));
  EXPECT_FALSE(text::opens_boilerplate("Clicking"));
  EXPECT_FALSE(text::opens_boilerplate(""));
}

}  // namespace
}  // namespace dyad
