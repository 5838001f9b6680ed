#include <gtest/gtest.h>

#include "dyad/text.h"

namespace dyad {
namespace {

TEST(LooksEnglish, EnglishNewsParagraph) {
  EXPECT_TRUE(looks_english(
      "President Emmanuel Macron says France will withdraw its troops from Mali but maintain "
      "a military presence in neighboring West African nations. He said the fight against "
      "terrorism in the region requires steadiness and tenacity."));
}

TEST(LooksEnglish, FrenchParagraph) {
  EXPECT_FALSE(looks_english(
      "Le président Emmanuel Macron a annoncé jeudi le retrait des troupes françaises du Mali, "
      "tout en maintenant une présence militaire dans les pays voisins d'Afrique de l'Ouest. "
      "Il a déclaré que la lutte contre le terrorisme dans la région exige de la constance."));
}

TEST(LooksEnglish, SpanishParagraph) {
  EXPECT_FALSE(looks_english(
      "El presidente Emmanuel Macron anunció el jueves que Francia retirará sus tropas de Malí, "
      "pero mantendrá una presencia militar en los países vecinos de África occidental. Dijo "
      "que la lucha contra el terrorismo en la región requiere firmeza y tenacidad."));
}

TEST(LooksEnglish, GermanParagraph) {
  EXPECT_FALSE(looks_english(
      "Präsident Emmanuel Macron hat am Donnerstag angekündigt, dass Frankreich seine Truppen "
      "aus Mali abziehen wird, aber in den benachbarten westafrikanischen Ländern militärisch "
      "präsent bleiben will. Der Kampf gegen den Terrorismus in der Region erfordere Ausdauer."));
}

TEST(LooksEnglish, ShortTextsCountAsEnglish) {
  EXPECT_TRUE(looks_english(""));
  EXPECT_TRUE(looks_english("Macron retire ses troupes"));
  EXPECT_TRUE(looks_english("12,000 !!! ---"));
}

}  // namespace
}  // namespace dyad
