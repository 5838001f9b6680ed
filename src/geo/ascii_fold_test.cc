#include "geo/ascii_fold.h"

#include <gtest/gtest.h>

namespace dyad::geo {
namespace {

TEST(AsciiFold, FoldsLatinDiacritics) {
  EXPECT_EQ(fold_to_ascii("Baghdād"), "Baghdad");
  EXPECT_EQ(fold_to_ascii("Nīnawá"), "Ninawa");
  EXPECT_EQ(fold_to_ascii("Ḩalab"), "Halab");
  EXPECT_EQ(fold_to_ascii("Şalāḩ ad Dīn"), "Salah ad Din");
  EXPECT_EQ(fold_to_ascii("Karbalā’"), "Karbala");
  EXPECT_EQ(fold_to_ascii("Côte d'Ivoire"), "Cote d'Ivoire");
  EXPECT_EQ(fold_to_ascii("Plain"), "Plain");
}

TEST(AsciiFold, GivesUpOnOtherScriptsAndBrokenBytes) {
  EXPECT_EQ(fold_to_ascii("Москва"), "");
  EXPECT_EQ(fold_to_ascii("\xC3"), "");
  EXPECT_EQ(fold_to_ascii("a\xFFz"), "");
}

}  // namespace
}  // namespace dyad::geo
