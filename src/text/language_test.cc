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

namespace dyad {

TEST(LooksEnglish, TerseEnglishSentencesStayEnglish) {
  EXPECT_TRUE(looks_english("France cooperated with Niger in a joint military operation."));
  EXPECT_TRUE(looks_english("Houthi rebels fired missiles at Israel near Red Sea shipping lanes."));
  EXPECT_TRUE(looks_english("Shr 71 cts vs 43 cts Net 1.2 mln vs 800,000 Revs 12.5 mln vs 9.4 mln"));
}

TEST(LooksEnglish, PortugueseAndItalianAreNot) {
  EXPECT_FALSE(looks_english("O presidente do Brasil disse que não vai retirar as tropas da "
                             "fronteira com a Venezuela e que o governo está pronto."));
  EXPECT_FALSE(looks_english("Il presidente della Repubblica ha detto che il governo non "
                             "ritirerà le truppe per il momento e che sono pronti."));
}

}  // namespace dyad
