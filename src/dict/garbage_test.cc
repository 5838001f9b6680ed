// The readers never throw or crash, whatever the bytes: every malformed line becomes a
// diagnostic and reading goes on.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "dyad/dictionary.h"

namespace dyad {
namespace {

using Parser = void (*)(std::string_view, const std::string&, DictionarySet&);
const Parser kParsers[] = {parse_actors, parse_agents, parse_discards, parse_verbs};

void parse_with_all(const std::string& text) {
  for (Parser p : kParsers) {
    DictionarySet s;
    p(text, "garbage", s);
    for (const Diagnostic& d : s.diagnostics) {
      EXPECT_EQ(d.origin.rfind("garbage:", 0), 0u);
      EXPECT_FALSE(d.message.empty());
    }
    compile(std::move(s));
  }
}

TEST(Garbage, EmptyAndBlank) {
  parse_with_all("");
  parse_with_all("\n\n   \n\t\n");
  parse_with_all("#\n<!--\n");
}

TEST(Garbage, UnbalancedEverything) {
  parse_with_all(
      "[[[[\n]]]]\n{{{\n}}}\n((((\n))))\n[A [B]]\n{A [B} C]\n!!!!\n!A! = \n= = =\n"
      "--- [\n--- ]\n---\n-\n- *\n- * [\n- **** [1]\n&\n&&&\n+&\n+&&\n~\n~ = \n"
      "+\n+_\n___\n[~]\n[]\n[ ]\n[<]\n[>]\n[-]\nX [Y <]\nX [Y 1-]\nX [Y -1]\n"
      "X {} {} [~Y]\nX !Y [~Z]\n- ( ) * { } [1]\n- ((((* [1]\n- * )))) [1]\n");
}

TEST(Garbage, MissingCodes) { parse_with_all("NAME\n+SYN\nOTHER\n--- BLOCK ---\nVERB\n- * PAT\n"); }

TEST(Garbage, BinaryBytes) {
  std::mt19937 rng(1234);
  for (int round = 0; round < 20; ++round) {
    std::string text;
    for (int i = 0; i < 4000; ++i) text.push_back(static_cast<char>(rng() & 0xFF));
    parse_with_all(text);
  }
  // Structure characters only: more lines reach the deeper code paths.
  const std::string alphabet = "[]{}()<>!=~&+-*_$^% #;\n\tAB019/.'";
  for (int round = 0; round < 50; ++round) {
    std::string text;
    for (int i = 0; i < 3000; ++i) text.push_back(alphabet[rng() % alphabet.size()]);
    parse_with_all(text);
  }
  parse_with_all(std::string("A\0B [C\0D]\n", 11));
}

TEST(Garbage, MegabyteLine) {
  std::string word(1 << 20, 'Q');
  parse_with_all(word + "\n");
  parse_with_all(word + " [X]\n+" + word + "\n");
  parse_with_all("- * " + word + " [1]\n");
  std::string under;
  for (int i = 0; i < (1 << 18); ++i) under += "A_";
  parse_with_all("--- B [1] ---\nB\n- " + under + "* [1]\n" + under + "\n");
}

TEST(Garbage, DeepSynsetChainsAndMacroBlowUp) {
  std::string chain;
  for (int i = 0; i < 500; ++i)
    chain += "&S" + std::to_string(i) + "\n+&S" + std::to_string(i + 1) + "\n+W\n";
  DictionarySet s;
  parse_verbs(chain, "garbage", s);
  EXPECT_FALSE(s.diagnostics.empty());  // the chain is too deep past a point, or ends unknown

  std::string macros = "!A! = X, Y, Z, W\n";
  std::string phrase;
  for (int i = 0; i < 20; ++i) phrase += "!A!";
  DictionarySet t;
  parse_agents(macros + phrase + " [~GOV]\n", "garbage", t);
  EXPECT_TRUE(t.agents.empty());
  ASSERT_EQ(t.diagnostics.size(), 1u);
}

}  // namespace
}  // namespace dyad
