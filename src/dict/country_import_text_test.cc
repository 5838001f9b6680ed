#include "dict/country_import_text.h"

#include <gtest/gtest.h>

namespace dyad::countries {
namespace {

TEST(CountryText, AsciiFoldDropsDiacritics) {
  EXPECT_EQ(ascii_fold("Bogotá"), "Bogota");
  EXPECT_EQ(ascii_fold("Chișinău"), "Chisinau");  // ș is U+0219 (comma below), ă U+0103
  EXPECT_EQ(ascii_fold("Chişinău"), "Chisinau");  // ş is U+015F (cedilla)
  EXPECT_EQ(ascii_fold("Ålandish"), "Alandish");
  EXPECT_EQ(ascii_fold("Tórshavn"), "Torshavn");
  EXPECT_EQ(ascii_fold("Großherzogtum Lëtzebuerg"), "Grossherzogtum Letzebuerg");
  EXPECT_EQ(ascii_fold("Cộng hòa Xã hội chủ nghĩa Việt Nam"), "Cong hoa Xa hoi chu nghia Viet Nam");
  EXPECT_EQ(ascii_fold("aṣ-Ṣūmāl"), "as-Sumal");
  EXPECT_EQ(ascii_fold("Wai‘tu kubuli"), "Wai'tu kubuli");
  EXPECT_EQ(ascii_fold("Paris"), "Paris");
}

TEST(CountryText, AsciiFoldRefusesWhatItCannotFold) {
  EXPECT_EQ(ascii_fold("Москва"), "");
  EXPECT_EQ(ascii_fold("中华人民共和国"), "");
  EXPECT_EQ(ascii_fold("2×3"), "");           // a sign, not a letter
  EXPECT_EQ(ascii_fold("Bogot\xC3"), "");     // truncated UTF-8
  EXPECT_EQ(ascii_fold("\xC0\x80"), "");      // overlong NUL
  EXPECT_EQ(ascii_fold("\xED\xA0\x80"), "");  // a surrogate
}

TEST(CountryText, LatinScript) {
  EXPECT_TRUE(latin_script("Côte d'Ivoire"));
  EXPECT_TRUE(latin_script("aṣ-Ṣūmāl"));
  EXPECT_TRUE(latin_script("Salṭanat ʻUmān"));
  EXPECT_FALSE(latin_script("Российская Федерация"));
  EXPECT_FALSE(latin_script("中華民國"));
  EXPECT_FALSE(latin_script("ʁɛpublika de an'ɡɔla"));  // IPA
  EXPECT_FALSE(latin_script("bad\xFFutf8"));
  EXPECT_FALSE(latin_script("tab\there"));
}

TEST(CountryText, PhraseKeyUppercasesAsciiAndCollapsesBlanks) {
  EXPECT_EQ(phrase_key("  the   Gambia "), "THE GAMBIA");
  EXPECT_EQ(phrase_key("Bogotá"), "BOGOTá");  // dyad matches non-ASCII bytes as written
}

TEST(CountryText, TidyPhrase) {
  EXPECT_EQ(tidy_phrase("The Bahamas"), "Bahamas");
  EXPECT_EQ(tidy_phrase("the Abode of Peace"), "Abode of Peace");
  EXPECT_EQ(tidy_phrase("Theodore"), "Theodore");
  EXPECT_EQ(tidy_phrase("Cocos (Keeling) Islands"), "Cocos Islands");
  EXPECT_EQ(tidy_phrase("Saint Martin (French part)"), "Saint Martin");
  EXPECT_EQ(tidy_phrase("  New   Delhi "), "New Delhi");
  EXPECT_EQ(tidy_phrase("odd (text"), "odd (text");  // unbalanced: left as it is
  EXPECT_EQ(tidy_phrase("(all gone)"), "");
}

TEST(CountryText, LetterCount) {
  EXPECT_EQ(letter_count("FR"), 2u);
  EXPECT_EQ(letter_count("U.K."), 2u);
  EXPECT_EQ(letter_count("Åland"), 5u);
  EXPECT_EQ(letter_count("DRC"), 3u);
}

TEST(CountryText, SplitDemonyms) {
  EXPECT_EQ(split_demonyms("Antiguan, Barbudan"),
            (std::vector<std::string>{"Antiguan", "Barbudan"}));
  EXPECT_EQ(split_demonyms("Kittitian or Nevisian"),
            (std::vector<std::string>{"Kittitian", "Nevisian"}));
  EXPECT_EQ(split_demonyms("French"), (std::vector<std::string>{"French"}));
  EXPECT_TRUE(split_demonyms(" , ").empty());
}

TEST(CountryText, DemonymPlural) {
  EXPECT_EQ(demonym_plural("Malian"), "Malians");
  EXPECT_EQ(demonym_plural("Israeli"), "Israelis");
  EXPECT_EQ(demonym_plural("New Zealander"), "New Zealanders");
  EXPECT_EQ(demonym_plural("Czech"), "Czechs");
  EXPECT_EQ(demonym_plural("Chinese"), "");
  EXPECT_EQ(demonym_plural("French"), "");
  EXPECT_EQ(demonym_plural("Swiss"), "");
  EXPECT_EQ(demonym_plural("Dutch"), "");
  EXPECT_EQ(demonym_plural("Turkmen"), "");
  EXPECT_EQ(demonym_plural("Malagasy"), "");
  EXPECT_EQ(demonym_plural("Greenlandic"), "");
  EXPECT_EQ(demonym_plural("Saint-Pierrais"), "");
  EXPECT_EQ(demonym_plural(""), "");
}

}  // namespace
}  // namespace dyad::countries
