#include "geo/word_lists.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace dyad::geo {

namespace {

// (first letter, length) of a word as a number below 512.
constexpr unsigned signature(std::string_view w) {
  return ((static_cast<unsigned char>(w[0]) & 31u) << 4) | (w.size() < 15 ? w.size() : 15);
}

// A bit per signature some word of the list has: most tokens are turned away by one bit test
// before any string is compared.
template <size_t N>
constexpr std::array<uint64_t, 8> signatures(const std::array<std::string_view, N>& words) {
  std::array<uint64_t, 8> bits{};
  for (std::string_view w : words) bits[signature(w) >> 6] |= 1ull << (signature(w) & 63);
  return bits;
}

template <size_t N>
bool in(const std::array<std::string_view, N>& sorted, const std::array<uint64_t, 8>& bits,
        std::string_view w) {
  if (!w.empty() && !(bits[signature(w) >> 6] >> (signature(w) & 63) & 1)) return false;
  return std::binary_search(sorted.begin(), sorted.end(), w);
}

// Each list is kept sorted (a test checks it).
constexpr std::array<std::string_view, 26> kModifiers = {
    "CENTRAL", "DOWNTOWN", "EAST", "EASTERN", "GREATER", "LOWER", "METRO", "MID", "MIDTOWN",
    "NORTH", "NORTHEAST", "NORTHEASTERN", "NORTHERN", "NORTHWEST", "NORTHWESTERN", "OLD",
    "RURAL", "SOUTH", "SOUTHEAST", "SOUTHEASTERN", "SOUTHERN", "SOUTHWEST", "SOUTHWESTERN",
    "UPPER", "UPSTATE", "WEST"};
constexpr std::array<std::string_view, 34> kTitles = {
    "CAPT.", "CHIEF", "COACH", "COL.", "COMMISSIONER", "DEPUTY", "DETECTIVE", "DR.", "GEN.",
    "GOV.", "GOVERNOR", "JUDGE", "JUSTICE", "KING", "LADY", "LORD", "LT.", "MAYOR", "MISS",
    "MR.", "MRS.", "MS.", "OFFICER", "PASTOR", "POPE", "PREMIER", "PRESIDENT", "PRINCE",
    "QUEEN", "REP.", "REV.", "SEN.", "SENATOR", "SGT."};
constexpr std::array<std::string_view, 60> kInstitutions = {
    "AIRPORT", "AREA", "AVENUE", "BAY", "BOARD", "BOROUGH", "CHAMBER", "CITY", "COLLEGE",
    "COMMISSION", "COMMUNITY", "CORRECTIONAL", "COUNCIL", "COUNTY", "COURT", "COURTHOUSE",
    "DEPARTMENT", "DISTRICT", "DIVISION", "DOWNTOWN", "ELEMENTARY", "EMERGENCY", "FIRE",
    "HARBOR", "HIGH", "HIGHWAY", "HOSPITAL", "HOUSING", "JAIL", "LAKE", "LIBRARY", "MAYOR",
    "MEDICAL", "METRO", "METROPOLITAN", "MIDDLE", "MUNICIPAL", "MUSEUM", "PARISH", "PARK",
    "POLICE", "PORT", "PUBLIC", "REGION", "REGIONAL", "RIVER", "ROAD", "SCHOOL", "SCHOOLS",
    "SHERIFF", "SQUARE", "STATE", "STREET", "TOWNSHIP", "TRANSIT", "UTILITIES", "VALLEY",
    "WATER", "ZONING", "ZOO"};
constexpr std::array<std::string_view, 26> kCalendar = {
    "APRIL", "AUG.", "AUGUST", "DEC.", "DECEMBER", "FEB.", "FEBRUARY", "FRIDAY", "JAN.",
    "JANUARY", "JULY", "JUNE", "MARCH", "MAY", "MONDAY", "NOV.", "NOVEMBER", "OCT.",
    "OCTOBER", "SATURDAY", "SEPT.", "SEPTEMBER", "SUNDAY", "THURSDAY", "TUESDAY", "WEDNESDAY"};
constexpr std::array<std::string_view, 12> kSpeech = {
    "ACKNOWLEDGED", "ADDED", "ANNOUNCED", "ARGUED", "ASKED", "EXPLAINED", "NOTED", "REPLIED",
    "SAID", "SAYS", "TOLD", "WROTE"};
constexpr std::array<std::string_view, 3> kCounty = {"BOROUGH", "COUNTY", "PARISH"};
constexpr std::array<std::string_view, 36> kFunction = {
    "A", "AFTER", "ALL", "AN", "AND", "AS", "AT", "BEFORE", "BUT", "BY", "DURING", "EACH",
    "EVERY", "FOR", "FROM", "HE", "IF", "IN", "IT", "MANY", "NEAR", "OF", "ON", "OUTSIDE",
    "SHE", "SINCE", "SOME", "THAT", "THE", "THESE", "THEY", "THIS", "TO", "WE", "WHEN",
    "WITH"};

constexpr std::array<std::string_view, 9> kPlacePrepositions = {
    "ACROSS", "AT", "FROM", "IN", "INSIDE", "INTO", "NEAR", "OUTSIDE", "TO"};

}  // namespace

bool place_preposition(std::string_view u) {
  static constexpr auto kBits = signatures(kPlacePrepositions);
  return in(kPlacePrepositions, kBits, u);
}
bool place_modifier(std::string_view u) {
  static constexpr auto kBits = signatures(kModifiers);
  return in(kModifiers, kBits, u);
}
bool person_title(std::string_view u) {
  static constexpr auto kBits = signatures(kTitles);
  return in(kTitles, kBits, u);
}
bool place_institution(std::string_view u) {
  static constexpr auto kBits = signatures(kInstitutions);
  return in(kInstitutions, kBits, u);
}
bool calendar_word(std::string_view u) {
  static constexpr auto kBits = signatures(kCalendar);
  return in(kCalendar, kBits, u);
}
bool speech_verb(std::string_view u) {
  static constexpr auto kBits = signatures(kSpeech);
  return in(kSpeech, kBits, u);
}
bool county_word(std::string_view u) {
  static constexpr auto kBits = signatures(kCounty);
  return in(kCounty, kBits, u);
}
bool function_word(std::string_view u) {
  static constexpr auto kBits = signatures(kFunction);
  return in(kFunction, kBits, u);
}

}  // namespace dyad::geo
