// Splitting a CAMEO actor code into GDELT's actor fields. A CAMEO actor code is a chain of
// three-letter parts: a country or region, then roles (types), religions and known groups
// in any order (Schrodt, Gerner & Yilmaz, CAMEO Actor Codebook 2012, ch. 4 and 5; GDELT
// Event Codebook V2.0, "Actor attributes").
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include "dyad/export.h"

namespace dyad {

namespace {

// CAMEO actor role/type codes and their names.
const std::unordered_map<std::string, std::string>& type_names() {
  static const std::unordered_map<std::string, std::string> kTypes = {
      {"COP", "Police"}, {"GOV", "Government"}, {"INS", "Insurgents"}, {"JUD", "Judiciary"},
      {"MIL", "Military"}, {"OPP", "Political Opposition"}, {"REB", "Rebels"},
      {"SEP", "Separatist Rebels"}, {"SPY", "State Intelligence"},
      {"UAF", "Unaligned Armed Forces"}, {"AGR", "Agriculture"}, {"BUS", "Business"},
      {"CRM", "Criminal"}, {"CVL", "Civilian"}, {"DEV", "Development"}, {"EDU", "Education"},
      {"ELI", "Elites"}, {"ENV", "Environmental"}, {"HLH", "Health"},
      {"HRI", "Human Rights"}, {"LAB", "Labor"}, {"LEG", "Legislature"}, {"MED", "Media"},
      {"REF", "Refugees"}, {"MOD", "Moderate"}, {"RAD", "Radical"}, {"PTY", "Political Party"},
      {"REL", "Religious"}, {"AMN", "Amnesty International"}, {"IRC", "Red Cross"},
      {"GRP", "Greenpeace"}, {"PKO", "Peacekeepers"}, {"UIS", "Unidentified State Actor"},
      {"IGO", "Inter-Governmental Organization"}, {"IMG", "International Militarized Group"},
      {"INT", "International/Transnational Generic"}, {"MNC", "Multinational Corporation"},
      {"NGM", "Non-Governmental Movement"}, {"NGO", "Non-Governmental Organization"},
      {"SET", "Settler"}};
  return kTypes;
}

// CAMEO religion codes.
bool is_religion(const std::string& part) {
  static const std::unordered_set<std::string> kReligions = {
      "ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH", "DOX", "DRZ",
      "HIN", "HSD", "ITR", "JAN", "JEW", "JHW", "LDS", "MOS", "MRN", "NRM", "ORT",
      "PAG", "PRO", "SFI", "SHI", "SHN", "SIK", "SUN", "TAO", "UDX", "ZRO"};
  return kReligions.count(part) > 0;
}

// CAMEO regional codes, which stand where a country would.
bool is_region(const std::string& part) {
  static const std::unordered_set<std::string> kRegions = {
      "AFR", "ASA", "BLK", "BLT", "CAS", "CAU", "CFR", "CRB", "EAF", "EEU", "EIN", "EUR",
      "LAM", "MEA", "MDT", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF",
      "WST"};
  return kRegions.count(part) > 0;
}

}  // namespace

std::string actor_type_name(const std::string& type) {
  auto it = type_names().find(type);
  return it == type_names().end() ? "" : it->second;
}

ActorFields split_actor_code(const std::string& code, const std::string& country,
                             const CountryCodes* countries) {
  ActorFields f;
  // "---" (no actor) and empty codes leave every field empty, as GDELT does.
  if (code.empty() || code.find_first_not_of('-') == std::string::npos) return f;
  f.code = code;
  size_t at = 0;
  if (!country.empty() && code.compare(0, country.size(), country) == 0) {
    f.country = country;
    at = country.size();
  }
  std::string* types[] = {&f.type1, &f.type2, &f.type3};
  std::string* religions[] = {&f.religion1, &f.religion2};
  size_t ntypes = 0, nreligions = 0;
  for (; at + 3 <= code.size(); at += 3) {
    std::string part = code.substr(at, 3);
    if (type_names().count(part)) {
      if (ntypes < 3) *types[ntypes++] = part;
    } else if (is_religion(part)) {
      if (nreligions < 2) *religions[nreligions++] = part;
    } else if (is_region(part) || (countries && countries->by_cameo(part))) {
      if (f.country.empty()) f.country = part;
    } else if (f.known_group.empty()) {
      f.known_group = part;
    }
  }
  return f;
}

}  // namespace dyad
