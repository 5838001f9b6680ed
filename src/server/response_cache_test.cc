#include "server/response_cache.h"

#include <gtest/gtest.h>

namespace dyad::server {
namespace {

TEST(ResponseCache, KeepsAnswersOfTheCurrentGeneration) {
  ResponseCache c(1 << 20);
  uint64_t g = c.generation();
  EXPECT_EQ(c.get("/a", g), nullptr);
  c.put("/a", g, "A");
  ASSERT_NE(c.get("/a", g), nullptr);
  EXPECT_EQ(*c.get("/a", g), "A");
  c.put("/a", g, "A2");  // replaced, not duplicated
  EXPECT_EQ(*c.get("/a", g), "A2");
}

TEST(ResponseCache, InvalidateDropsEverything) {
  ResponseCache c(1 << 20);
  uint64_t g = c.generation();
  c.put("/a", g, "A");
  c.invalidate();
  EXPECT_NE(c.generation(), g);
  EXPECT_EQ(c.get("/a", g), nullptr);
  EXPECT_EQ(c.get("/a", c.generation()), nullptr);
  // An answer computed before the change is not kept.
  c.put("/b", g, "B");
  EXPECT_EQ(c.get("/b", c.generation()), nullptr);
}

TEST(ResponseCache, StaysWithinItsBudget) {
  ResponseCache c(4000);
  uint64_t g = c.generation();
  c.put("/big", g, std::string(2000, 'x'));  // over a quarter of the budget: not kept
  EXPECT_EQ(c.get("/big", g), nullptr);
  for (int i = 0; i < 100; ++i) c.put("/k" + std::to_string(i), g, std::string(500, 'y'));
  int kept = 0;
  for (int i = 0; i < 100; ++i) kept += c.get("/k" + std::to_string(i), g) != nullptr;
  EXPECT_GT(kept, 0);
  EXPECT_LE(kept * 564, 4000);
  EXPECT_NE(c.get("/k99", g), nullptr);  // the newest is there
}

TEST(ResponseCache, DisabledWithoutBudget) {
  ResponseCache c(0);
  EXPECT_FALSE(c.enabled());
  c.put("/a", c.generation(), "A");
  EXPECT_EQ(c.get("/a", c.generation()), nullptr);
}

}  // namespace
}  // namespace dyad::server
