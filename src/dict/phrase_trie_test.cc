#include <gtest/gtest.h>

#include "dyad/dictionary.h"

namespace dyad {
namespace {

std::vector<Token> tokens(std::vector<std::string> uppers) {
  std::vector<Token> out;
  for (auto& u : uppers) {
    Token t;
    t.text = u;
    t.upper = std::move(u);
    out.push_back(std::move(t));
  }
  return out;
}

class PhraseTrieTest : public ::testing::Test {
 protected:
  void SetUp() override {
    trie.add({"MINAS"}, 1);
    trie.add({"MINAS", "TIRITH"}, 2);
    trie.add({"MINAS", "TIRITH", "GUARD"}, 3);
    trie.add({"MINAS", "TIRITH"}, 4);
    trie.add({"MINAS", "TIRITH"}, 2);  // duplicate id ignored
  }
  PhraseTrie trie;
};

TEST_F(PhraseTrieTest, LongestMatch) {
  auto toks = tokens({"THE", "MINAS", "TIRITH", "GATE"});
  EXPECT_EQ(trie.longest_at(toks, 0).length, 0u);
  PhraseTrie::Match m = trie.longest_at(toks, 1);
  EXPECT_EQ(m.length, 2u);
  ASSERT_NE(m.ids, nullptr);
  EXPECT_EQ(*m.ids, (std::vector<uint32_t>{2, 4}));  // in the order added
  EXPECT_EQ(trie.longest_at(toks, 4).length, 0u);    // past the end
  auto three = tokens({"MINAS", "TIRITH", "GUARD"});
  EXPECT_EQ(trie.longest_at(three, 0).length, 3u);
}

TEST_F(PhraseTrieTest, AllMatchesLongestFirst) {
  auto toks = tokens({"MINAS", "TIRITH", "GUARD", "X"});
  auto all = trie.all_at(toks, 0);
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].length, 3u);
  EXPECT_EQ(all[1].length, 2u);
  EXPECT_EQ(all[2].length, 1u);
  EXPECT_EQ((*all[2].ids)[0], 1u);
  EXPECT_TRUE(trie.all_at(toks, 3).empty());
}

TEST_F(PhraseTrieTest, ComparesUpperNotText) {
  auto toks = tokens({"x"});
  toks[0].text = "Minas";
  toks[0].upper = "MINAS";
  EXPECT_EQ(trie.longest_at(toks, 0).length, 1u);
  toks[0].upper = "Minas";
  EXPECT_EQ(trie.longest_at(toks, 0).length, 0u);
}

TEST_F(PhraseTrieTest, WordIdsGiveTheSameAnswers) {
  auto toks = tokens({"MINAS", "TIRITH", "ROHAN"});
  std::vector<uint32_t> ids = trie.words().ids(toks);
  EXPECT_EQ(ids[2], WordTable::kUnknown);
  EXPECT_EQ(trie.longest_at(ids, 0).length, 2u);
  EXPECT_EQ(trie.all_at(ids, 0).size(), 2u);
  EXPECT_EQ(trie.longest_at(ids, 2).length, 0u);
}

TEST_F(PhraseTrieTest, FindAndSizes) {
  ASSERT_NE(trie.find({"MINAS", "TIRITH"}), nullptr);
  EXPECT_EQ(trie.find({"TIRITH"}), nullptr);
  EXPECT_EQ(trie.find({}), nullptr);
  EXPECT_EQ(trie.phrases(), 3u);
  EXPECT_EQ(trie.size(), 4u);  // root + 3
  trie.add({}, 9);             // ignored
  EXPECT_EQ(trie.phrases(), 3u);
}

TEST(PhraseTrie, SharedWordTable) {
  auto words = std::make_shared<WordTable>();
  PhraseTrie a(words), b(words);
  a.add({"EDORAS"}, 0);
  b.add({"MERIDUN", "EDORAS"}, 0);
  EXPECT_EQ(words->size(), 2u);
  auto ids = words->ids(tokens({"MERIDUN", "EDORAS"}));
  EXPECT_EQ(b.longest_at(ids, 0).length, 2u);
  EXPECT_EQ(a.longest_at(ids, 1).length, 1u);
}

std::string numbered(char prefix, uint32_t n) {
  std::string s(1, prefix);
  s += std::to_string(n);
  return s;
}

TEST(PhraseTrie, ManyPhrasesSurviveRehashing) {
  PhraseTrie trie;
  for (uint32_t i = 0; i < 20000; ++i) trie.add({numbered('W', i % 100), numbered('X', i)}, i);
  for (uint32_t i = 0; i < 20000; i += 997) {
    const auto* ids = trie.find({numbered('W', i % 100), numbered('X', i)});
    ASSERT_NE(ids, nullptr);
    EXPECT_EQ((*ids)[0], i);
  }
  EXPECT_EQ(trie.size(), 1u + 100u + 20000u);
}

}  // namespace
}  // namespace dyad
