#include "code/coreference.h"

#include <array>
#include <string_view>

#include "dyad/parse.h"

namespace dyad {

namespace {

// CAMEO region codes have three letters like countries but are not countries.
bool is_region(const std::string& c) {
  static const std::array<std::string_view, 22> kRegions = {
      "AFR", "ASA", "EUR", "MEA", "LAM", "NMR", "SAM", "WAF", "EAF", "SAF", "NAF",
      "CAS", "SAS", "SEA", "WST", "ARB", "BLK", "CRB", "EEU", "MDT", "PGS", "WEU"};
  for (auto r : kRegions)
    if (c == r) return true;
  return false;
}

// Roles that belong to a state, so "the junta" or "the police" is some country's; rebels,
// protesters or civilians are not assumed to be.
bool is_state_role(const std::string& role) {
  static const std::array<std::string_view, 7> kState = {"GOV", "MIL", "COP", "JUD",
                                                         "LEG", "SPY", "PRS"};
  for (auto s : kState)
    if (role.compare(0, 3, s) == 0) return true;
  return false;
}

bool from_agent(const ActorReading& r) {
  for (const auto& e : r.entries)
    if (e.code.find('~') != std::string::npos) return true;
  return false;
}

bool person_like(const ActorReading& r) {
  return r.code.size() >= 6 && r.code.compare(0, 3, "---") != 0 && !from_agent(r) &&
         r.code.compare(0, 3, "IGO") != 0 && r.code.compare(0, 3, "NGO") != 0;
}

std::string country_of(const std::string& code) {
  if (code.size() >= 3 && is_country_code(code.substr(0, 3))) return code.substr(0, 3);
  return "";
}

ActorReading resolved(const std::string& code, const TokenRange& r, const std::string& what) {
  ActorReading x;
  x.code = code;
  x.range = r;
  x.entries.push_back({what, code, "coreference"});
  return x;
}

// "the country", "the West African country", "the nation"
bool is_country_description(const std::vector<Token>& toks, const TokenRange& r) {
  if (r.size() < 2 || !lower_equals(toks[r.begin].text, "the")) return false;
  std::string head = lower_ascii(toks[r.end - 1].text);
  if (head == "'s" && r.size() >= 3) head = lower_ascii(toks[r.end - 2].text);
  return head == "country" || head == "nation";
}

}  // namespace

bool is_country_code(const std::string& c) {
  if (c.size() != 3 || is_region(c)) return false;
  for (char ch : c)
    if (ch < 'A' || ch > 'Z') return false;
  return true;
}

void resolve_references(const std::vector<Token>& toks, std::vector<ActorUnit>& units,
                        Discourse& d) {
  std::string subject_country;
  for (ActorUnit& u : units) {
    const TokenRange& r = u.range;
    if (u.readings.empty()) {
      if (r.size() == 1 && toks[r.begin].tag == Pos::PRP) {
        std::string w = lower_ascii(toks[r.begin].text);
        std::string code;
        if (w == "he" || w == "she" || w == "him" || w == "her") code = d.last_person;
        if (w == "they" || w == "them") code = d.last_group;
        if (w == "it") code = d.last_thing;
        if (!code.empty()) u.readings.push_back(resolved(code, r, w));
      } else if (is_country_description(toks, r)) {
        for (auto it = d.countries.rbegin(); it != d.countries.rend(); ++it) {
          if (*it == subject_country) continue;
          u.readings.push_back(resolved(*it, r, "the country"));
          break;
        }
      }
    } else {
      // Definite agent phrases without a country: "the junta", "the government".
      for (ActorReading& x : u.readings) {
        if (x.code.compare(0, 3, "---") != 0 || !lower_equals(toks[r.begin].text, "the") ||
            !is_state_role(x.code.substr(3)))
          continue;
        for (auto it = d.countries.rbegin(); it != d.countries.rend(); ++it) {
          if (*it == subject_country) continue;
          x.code = *it + x.code.substr(3);
          x.entries.push_back({"the", *it, "coreference"});
          break;
        }
      }
    }
    // Update what the article has said, in reading order.
    for (const ActorReading& x : u.readings) {
      std::string c = country_of(x.code);
      if (!c.empty()) {
        if (subject_country.empty()) subject_country = c;
        d.countries.push_back(c);
        if (d.countries.size() > 32) d.countries.erase(d.countries.begin());
      }
      if (person_like(x)) d.last_person = x.code;
      if (u.compound || from_agent(x)) d.last_group = x.code;
      if (x.code.size() == 3 || x.code.compare(0, 3, "IGO") == 0) d.last_thing = x.code;
    }
  }
}

}  // namespace dyad
