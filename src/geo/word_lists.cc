#include "geo/word_lists.h"

#include <algorithm>
#include <array>

namespace dyad::geo {

namespace {

template <size_t N>
bool in(const std::array<std::string_view, N>& sorted, std::string_view w) {
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

bool place_preposition(std::string_view u) { return in(kPlacePrepositions, u); }
bool place_modifier(std::string_view u) { return in(kModifiers, u); }
bool person_title(std::string_view u) { return in(kTitles, u); }
bool place_institution(std::string_view u) { return in(kInstitutions, u); }
bool calendar_word(std::string_view u) { return in(kCalendar, u); }
bool speech_verb(std::string_view u) { return in(kSpeech, u); }
bool county_word(std::string_view u) { return in(kCounty, u); }
bool function_word(std::string_view u) { return in(kFunction, u); }

}  // namespace dyad::geo
