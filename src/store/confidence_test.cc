#include <gtest/gtest.h>

#include "dyad/store.h"

namespace dyad {
namespace {

Event plain() {
  Event e;
  e.source = "FRA";
  e.target = "MLI";
  e.code = "0874";
  e.evidence.pattern.phrase = "* (FROM +)";
  return e;
}

TEST(MentionConfidence, APlainReportIsCertain) { EXPECT_DOUBLE_EQ(mention_confidence(plain()), 1.0); }

TEST(MentionConfidence, ClaimsPlansAndResolvedActorsCountLess) {
  Event announced = plain();
  announced.status = "announced";
  announced.attributed_to = "FRAGOV";
  EXPECT_DOUBLE_EQ(mention_confidence(announced), 0.68);
  Event he = plain();
  he.evidence.source_entries.push_back({"he", "FRAGOV", "coreference"});
  EXPECT_DOUBLE_EQ(mention_confidence(he), 0.8);
  Event bare = plain();
  bare.evidence.pattern = {};
  EXPECT_DOUBLE_EQ(mention_confidence(bare), 0.9);
  Event denied = plain();
  denied.status = "denied";
  EXPECT_LT(mention_confidence(denied), mention_confidence(announced));
  // Everything at once stays inside (0, 1].
  Event worst = he;
  worst.status = "hypothetical";
  worst.attributed_to = "RUS";
  worst.target = "---";
  worst.evidence.target_entries.push_back({"they", "REB", "coreference"});
  worst.evidence.pattern = {};
  double c = mention_confidence(worst);
  EXPECT_GT(c, 0.0);
  EXPECT_LT(c, 0.2);
}

}  // namespace
}  // namespace dyad
