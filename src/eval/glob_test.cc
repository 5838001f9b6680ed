#include <gtest/gtest.h>

#include "dyad/eval.h"

namespace dyad {

TEST(GlobMatch, PrefixSuffixAndInfixWildcards) {
  EXPECT_TRUE(glob_match("FRA*", "FRA"));
  EXPECT_TRUE(glob_match("FRA*", "FRAGOV"));
  EXPECT_FALSE(glob_match("FRA*", "AFRA"));
  EXPECT_TRUE(glob_match("*REB*", "MLIREB"));
  EXPECT_TRUE(glob_match("*REB*", "REB"));
  EXPECT_FALSE(glob_match("*REB*", "MLIRE"));
  EXPECT_TRUE(glob_match("*UAF*", "RUSUAFPMC"));
  EXPECT_TRUE(glob_match("M*I*", "MLIMIL"));
  EXPECT_TRUE(glob_match("*", ""));
  EXPECT_TRUE(glob_match("087*", "0874"));
  EXPECT_FALSE(glob_match("087*", "0780"));
}

TEST(GlobMatch, LiteralsAreExactAndCaseSensitive) {
  EXPECT_TRUE(glob_match("0356", "0356"));
  EXPECT_FALSE(glob_match("0356", "03561"));
  EXPECT_FALSE(glob_match("fra*", "FRA"));
  EXPECT_FALSE(glob_match("", "X"));
  EXPECT_TRUE(glob_match("", ""));
  EXPECT_TRUE(glob_match("---*", "---GOV"));
  EXPECT_TRUE(glob_match("a*b*c", "aXbYbZc"));
  EXPECT_FALSE(glob_match("a*b*c", "aXbYbZ"));
}

}  // namespace dyad
