#include "dict/country_import_policy.h"

#include <utility>

#include "dict/country_import_text.h"

namespace dyad::countries {

std::string cameo_country_code(std::string_view iso3) {
  // Kosovo has no ISO 3166-1 code; CAMEO dictionaries use KSV (the World Bank's code).
  // world-countries writes UNK (the UN interim administration's code); XKX, XKS and XKV are
  // user-assigned codes other datasets use.
  if (iso3 == "UNK" || iso3 == "XKX" || iso3 == "XKS" || iso3 == "XKV") return "KSV";
  return std::string(iso3);
}

const std::vector<SkippedPhrase>& skipped_phrases() {
  static const std::vector<SkippedPhrase> kSkipped = {
      // Ordinary words and phrases.
      {"Valley", "Anguilla's capital 'The Valley': an ordinary word"},
      {"Bottom", "Saba's capital 'The Bottom' (Caribbean Netherlands): an ordinary word"},
      {"West Island", "Cocos (Keeling) Islands' capital: reads as a plain description"},
      {"Island", "Icelandic name of Iceland: the English word 'island'"},
      {"Reunion", "unaccented Réunion: the English word 'reunion' (Réunion itself is kept)"},
      {"Male", "unaccented Malé (Maldives): the English word 'male' (Malé itself is kept)"},
      {"Pleasant Island", "old name of Nauru: reads as a plain description"},
      {"Abode of Peace", "part of Brunei's official style: reads as a plain phrase"},
      {"Prathet", "Thai for 'country', listed as a spelling of Thailand"},
      {"Portuguesa", "Portuguese adjective, and a Venezuelan state"},
      {"Mexicanos", "Spanish for 'Mexicans', not a name of the country"},
      {"Cayenne", "French Guiana's capital: also the pepper and a car model"},
      // Names of other things.
      {"Jersey", "inside 'New Jersey', and a shirt ('Bailiwick of Jersey' is kept)"},
      {"Emirates", "the airline is in the news as often as the country ('UAE' is kept)"},
      {"Nippon", "starts company names (Nippon Steel): they would be coded as Japan"},
      {"Nihon", "starts company names: they would be coded as Japan"},
      {"Guiana", "the Guiana region, and a misspelling of Guyana ('French Guiana' is kept)"},
      {"Virgin Islands", "both the British and the US Virgin Islands"},
      {"Timor", "the island, half of it Indonesian ('East Timor' is kept)"},
      // Persons' names.
      {"Victoria", "Seychelles' capital: a person's name, an Australian state, a Canadian city"},
      {"City of Victoria", "Hong Kong's nominal capital: also the capital of British Columbia"},
      {"Hamilton", "Bermuda's capital: a surname, and cities in Canada, New Zealand, Scotland"},
      {"Stanley", "Falklands' capital: a person's name"},
      {"Douglas", "Isle of Man's capital: a person's name"},
      {"Mann", "Manx name of the Isle of Man: a surname"},
      {"Dominique", "French name of Dominica: a first name"},
      {"Sofia", "Bulgaria's capital: a first name"},
      {"Wellington", "New Zealand's capital: a surname (the Duke), and many towns"},
      {"Santiago", "Chile's capital: a first name (Paraguay's president Santiago Peña), "
                   "Santiago de Cuba, Santiago de Compostela"},
      {"Diego Garcia", "British Indian Ocean Territory's capital: a person's name; in the "
                       "news it is a military base, not an actor"},
      // Places elsewhere with the same name.
      {"Georgetown", "Guyana's capital: Georgetown University, a Washington district, Penang"},
      {"George Town", "Cayman Islands' capital: also Penang's capital"},
      {"Saint John's", "Antigua's capital: St. John's, Newfoundland"},
      {"St. George's", "Grenada's capital: hospitals, schools and towns of that name"},
      {"Jamestown", "Saint Helena's capital: towns in the United States"},
      {"Plymouth", "Montserrat's former capital: the English city"},
      {"San José", "Costa Rica's capital: San Jose, California"},
      {"San Jose", "Costa Rica's capital: San Jose, California"},
      {"San Juan", "Puerto Rico's capital: an Argentine province, towns across Latin America"},
      {"Saint-Denis", "Réunion's capital: the Paris suburb"},
      {"Saint-Pierre", "Saint Pierre and Miquelon's capital: towns in Réunion and Martinique"},
      // Capitals that stand for someone else, or whose status is contested.
      {"Brussels", "stands for the EU in news copy (metonyms.dyad codes it IGOEUREEC)"},
      {"Jerusalem", "status contested between Israel and Palestine; mostly a place in news"},
  };
  return kSkipped;
}

std::string_view skip_reason(std::string_view phrase) {
  std::string key = phrase_key(phrase);
  for (const auto& s : skipped_phrases())
    if (phrase_key(s.phrase) == key) return s.reason;
  return {};
}

std::string_view preferred_owner(std::string_view phrase) {
  static const std::pair<std::string_view, std::string_view> kOwners[] = {
      {"CONGOLESE", "COD"},   // both Congos; the Democratic Republic dominates the news
      {"CONGO", "COD"},       // AP style: "Congo" is the Democratic Republic
      {"DOMINICAN", "DOM"},   // Dominica and the Dominican Republic; the latter dominates
      {"DOMINICANS", "DOM"},
      {"ORANJESTAD", "ABW"},  // Aruba's capital; also Sint Eustatius's main town
      {"KINGSTON", "JAM"},    // Jamaica's capital; also Norfolk Island's
  };
  std::string key = phrase_key(phrase);
  for (const auto& [p, code] : kOwners)
    if (key == p) return code;
  return {};
}

bool short_phrase_allowed(std::string_view phrase) { return phrase_key(phrase) == "UK"; }

}  // namespace dyad::countries
