// parse_native never throws or crashes, whatever the bytes: every malformed line becomes a
// diagnostic naming it, and what was read still compiles.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "dyad/dictionary.h"

namespace dyad {
namespace {

void parse_garbage(const std::string& text) {
  DictionarySet s;
  parse_native(text, "garbage", s);
  for (const Diagnostic& d : s.diagnostics) {
    EXPECT_EQ(d.origin.rfind("garbage:", 0), 0u) << d.origin;
    EXPECT_FALSE(d.message.empty());
  }
  compile(std::move(s));
}

TEST(NativeGarbage, EmptyAndBlank) {
  parse_garbage("");
  parse_garbage("\n\n\t\t\n   \n#\n\xEF\xBB\xBF");
}

TEST(NativeGarbage, StructureCharacters) {
  parse_garbage(
      "actor\n\tactor\nactor\t\t\t\nactor\t;\t;\nactor\t@\tx\nactor\tA@..\tx\nactor\tA@...\tx\n"
      "actor\tA@2020-01-01..2020-01-01..\tx\nagent\t~\t~\nagent\t~A\t{}\nagent\t~A\tx{;}\n"
      "agent\t~A\tx{{}}\nsynset\t&\t&\nsynset\tA\t&\nsynset\tA\t&A\nsynset\tA\t&&A\n"
      "verb\t\t\t\nverb\tA\t---\t+\nverb\tA\t---\t++a\npattern\tA\t---\t*\n"
      "pattern\tA\t---\t* * *\npattern\tA\t000:000\t((((*))))\npattern\tA\t000\t{(*)}\n"
      "noun\t000\t{}\t$\nnoun\t000\tx\t;;;\nnoun\t000\tx\t$ $\ndiscard\tstory\t\"\n"
      "discard\tstory\t“\nactor\tFRA\t(\n");
}

TEST(NativeGarbage, RandomBytes) {
  std::mt19937 rng(4321);
  for (int round = 0; round < 20; ++round) {
    std::string text;
    for (int i = 0; i < 4000; ++i) text.push_back(static_cast<char>(rng() & 0xFF));
    parse_garbage(text);
  }
  parse_garbage(std::string("actor\tA\0B\tx\0y\n", 14));
}

TEST(NativeGarbage, RandomRecords) {
  // Well-formed kinds with fields drawn from the format's own characters reach deep paths.
  const char* kinds[] = {"actor", "agent", "discard", "synset", "verb", "pattern", "noun"};
  const std::string alphabet = "ab AZ09;;{}~&$+%^*()_@..-#:'\"/";
  std::mt19937 rng(99);
  for (int round = 0; round < 40; ++round) {
    std::string text;
    for (int line = 0; line < 200; ++line) {
      text += kinds[rng() % 7];
      int fields = 1 + static_cast<int>(rng() % 4);
      for (int f = 0; f < fields; ++f) {
        text += '\t';
        int len = static_cast<int>(rng() % 12);
        for (int i = 0; i < len; ++i) text.push_back(alphabet[rng() % alphabet.size()]);
      }
      text += '\n';
    }
    parse_garbage(text);
  }
}

TEST(NativeGarbage, LongLinesAndManyItems) {
  parse_garbage("actor\tFRA\t" + std::string(200000, 'x') + "\n");
  std::string many = "synset\tBIG\t";
  for (int i = 0; i < 3000; ++i) many += "w" + std::to_string(i) + "; ";
  parse_garbage(many + "\n");
  std::string deep = "pattern\tA\t010\t";
  for (int i = 0; i < 5000; ++i) deep += "(";
  parse_garbage("verb\tA\t010\tsay\n" + deep + "*\n");
  DictionarySet s;
  parse_native("actor\tFRA\t" + std::string(100000, 'x') + "\nactor\tMLI\tMali\n", "long", s);
  ASSERT_EQ(s.diagnostics.size(), 1u);
  EXPECT_EQ(s.diagnostics[0].origin, "long:1");
  EXPECT_EQ(s.actors.size(), 1u);
}

}  // namespace
}  // namespace dyad
