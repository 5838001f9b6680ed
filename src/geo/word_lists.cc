#include "geo/word_lists.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace dyad::geo {

namespace {

using detail::list_hash;

// Each list is kept sorted, for the reader.
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

// One word of any list, with a bit (1 << WordList) per list that holds it.
struct ListWord {
  std::string_view word;
  uint8_t lists = 0;
};

constexpr size_t kListWordCount = kModifiers.size() + kTitles.size() + kInstitutions.size() +
                                  kCalendar.size() + kSpeech.size() + kCounty.size() +
                                  kFunction.size() + kPlacePrepositions.size();

constexpr size_t kHashes = 4096;

// Every list's words ordered by list_hash(), so that a word is compared only with the one or
// two that share its hash (a word in two lists appears twice).
constexpr std::array<ListWord, kListWordCount> kWordsByHash = [] {
  std::array<ListWord, kListWordCount> all{};
  size_t n = 0;
  auto add = [&](const auto& words, WordList list) {
    for (std::string_view w : words) all[n++] = {w, static_cast<uint8_t>(1u << unsigned(list))};
  };
  add(kModifiers, WordList::Modifier);
  add(kTitles, WordList::Title);
  add(kInstitutions, WordList::Institution);
  add(kCalendar, WordList::Calendar);
  add(kSpeech, WordList::Speech);
  add(kCounty, WordList::County);
  add(kFunction, WordList::Function);
  add(kPlacePrepositions, WordList::PlacePreposition);
  std::sort(all.begin(), all.end(), [](const ListWord& a, const ListWord& b) {
    return list_hash(a.word) < list_hash(b.word);
  });
  return all;
}();

// kWordsByHash[kHashStart[h], kHashStart[h + 1]) have list_hash() h.
constexpr std::array<uint16_t, kHashes + 1> kHashStart = [] {
  std::array<uint16_t, kHashes + 1> start{};
  for (const ListWord& w : kWordsByHash) ++start[list_hash(w.word) + 1];
  for (size_t h = 1; h < start.size(); ++h) start[h] += start[h - 1];
  return start;
}();

}  // namespace

namespace detail {

constinit const std::array<uint64_t, 64> kListFilter = [] {
  std::array<uint64_t, 64> bits{};
  for (const ListWord& w : kWordsByHash) bits[list_hash(w.word) >> 6] |= 1ull << (list_hash(w.word) & 63);
  return bits;
}();

uint8_t lists_of(std::string_view u) {
  const unsigned h = list_hash(u);
  uint8_t lists = 0;
  for (size_t k = kHashStart[h]; k < kHashStart[h + 1]; ++k)
    if (kWordsByHash[k].word == u) lists |= kWordsByHash[k].lists;
  return lists;
}

}  // namespace detail

}  // namespace dyad::geo
