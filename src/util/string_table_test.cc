#include "dyad/string_table.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad {
namespace {

TEST(StringTable, InsertFindAssign) {
  StringTable t;
  EXPECT_EQ(t.find("army"), StringTable::kMissing);
  EXPECT_EQ(t.insert("army", 7), 7u);
  EXPECT_EQ(t.insert("army", 9), 7u);  // insert keeps the first value
  EXPECT_EQ(t.find("army"), 7u);
  t.assign("army", 9);
  EXPECT_EQ(t.find("army"), 9u);
  EXPECT_FALSE(t.contains("arm"));
  EXPECT_FALSE(t.contains("armys"));
  t.insert("", 3);  // the empty key is a key like any other
  EXPECT_EQ(t.find(""), 3u);
  EXPECT_EQ(t.size(), 2u);
}

// "w" + number, built without operator+ (GCC 12 warns falsely on "w" + std::to_string).
std::string key_of(uint32_t i) {
  std::string key(1, 'w');
  key += std::to_string(i);
  return key;
}

TEST(StringTable, GrowsAndKeepsEveryKey) {
  StringTable t;
  for (uint32_t i = 0; i < 50000; ++i) t.insert(key_of(i), i);
  EXPECT_EQ(t.size(), 50000u);
  for (uint32_t i = 0; i < 50000; i += 7) ASSERT_EQ(t.find(key_of(i)), i);
  EXPECT_FALSE(t.contains("w50000"));
  size_t seen = 0;
  t.for_each([&](std::string_view key, uint32_t value) {
    EXPECT_EQ(key, key_of(value));
    ++seen;
  });
  EXPECT_EQ(seen, 50000u);
}

TEST(StringTable, KeysDifferingOnlyPastEightBytes) {
  StringTable t;
  t.insert("abcdefgh1", 1);
  t.insert("abcdefgh2", 2);
  t.insert("abcdefgh12345678x", 3);
  EXPECT_EQ(t.find("abcdefgh1"), 1u);
  EXPECT_EQ(t.find("abcdefgh2"), 2u);
  EXPECT_EQ(t.find("abcdefgh12345678x"), 3u);
  EXPECT_FALSE(t.contains("abcdefgh12345678y"));
}

}  // namespace
}  // namespace dyad
