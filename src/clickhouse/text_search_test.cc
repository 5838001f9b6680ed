#include "clickhouse/text_search.h"

#include <gtest/gtest.h>

namespace dyad::ch {
namespace {

std::string sql(const std::string& q) {
  auto r = text_condition(q, "sentence");
  EXPECT_TRUE(r.ok()) << q << ": " << r.error();
  return r.ok() ? *r : "";
}

TEST(TextSearch, WordsArePrefilteredWholeWordRegexes) {
  EXPECT_EQ(sql("troops"),
            "(positionCaseInsensitiveUTF8(sentence, 'troops') > 0 AND "
            "match(sentence, '(?i)\\\\btroops\\\\b'))");
  // A prefix term drops the closing word boundary.
  EXPECT_EQ(sql("withdr*"),
            "(positionCaseInsensitiveUTF8(sentence, 'withdr') > 0 AND "
            "match(sentence, '(?i)\\\\bwithdr'))");
}

TEST(TextSearch, PhrasesAndOperators) {
  std::string phrase = sql("\"Malian army\"");
  EXPECT_NE(phrase.find("(?i)\\\\bMalian\\\\W+army\\\\b"), std::string::npos) << phrase;
  std::string both = sql("mali france");
  EXPECT_NE(both.find(" AND "), std::string::npos);
  std::string either = sql("mali OR france");
  EXPECT_NE(either.find(" OR "), std::string::npos);
  std::string but = sql("mali NOT france");
  EXPECT_NE(but.find(" AND NOT "), std::string::npos);
  std::string grouped = sql("(mali OR niger) AND troops");
  EXPECT_EQ(grouped.substr(0, 3), "(((");
}

TEST(TextSearch, PunctuationInPhrasesSeparatesWordsAndNeverReachesSql) {
  // FTS5 splits "it's" into "it" and "s"; so does the translation, and the quote, the
  // parenthesis and "--" become word separators inside the regex.
  std::string s = sql("\"it's ') OR 1=1 --\"");
  EXPECT_NE(s.find("\\\\bit\\\\W+s\\\\W+OR\\\\W+1\\\\W+1\\\\b"), std::string::npos) << s;
  EXPECT_EQ(s.find("--"), std::string::npos) << s;
}

TEST(TextSearch, UnsupportedOrBrokenQueriesAreErrors) {
  EXPECT_FALSE(text_condition("\"open", "sentence").ok());
  EXPECT_FALSE(text_condition("NEAR(a b)", "sentence").ok());
  EXPECT_FALSE(text_condition("a OR", "sentence").ok());
  EXPECT_FALSE(text_condition("(a", "sentence").ok());
  EXPECT_FALSE(text_condition("   ", "sentence").ok());
  EXPECT_FALSE(text_condition("a;b", "sentence").ok());
}

}  // namespace
}  // namespace dyad::ch
