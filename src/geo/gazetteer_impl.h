// The gazetteer's storage: flat arrays of plain records, so that saving and loading are
// block copies and look-ups touch few cache lines.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "dyad/geo.h"
#include "dyad/huge_pages.h"

namespace dyad {

struct PlaceRec {
  float lat = 0, lon = 0;
  uint32_t population = 0;
  uint32_t name_off = 0;
  uint32_t members_off = 0;  // into Impl::members
  uint16_t name_len = 0;
  uint16_t country = 0;      // index into Impl::countries (0: none)
  uint16_t admin1 = 0;       // index into Impl::admin1s (0: none)
  uint8_t kind = 0;          // GeoPrecision
  uint8_t capital = 0;
  uint16_t members_count = 0;
  uint16_t flags = 0;        // kPlace* bits
};
constexpr uint16_t kPlaceUnlocated = 1;

// A country or division code with its name and its own place record.
struct CodeRec {
  uint32_t code_off = 0, name_off = 0;
  uint16_t code_len = 0, name_len = 0;
  uint32_t place = UINT32_MAX;
};

// One open-addressing slot of the name table. A key is the name's token upper forms joined
// by single spaces; prefix-only keys (no postings) let the look-up stop early.
struct NameSlot {
  uint64_t hash = 0;
  uint32_t key_off = 0;
  uint32_t post_off = 0;
  uint16_t key_len = 0;
  uint16_t ntokens = 0;  // 0: empty slot
  uint32_t count_flags = 0;  // low 24 bits: posting count; high 8 bits: kSlot* flags
};
constexpr uint32_t kSlotPrefix = 1u << 24;   // a longer name starts with this key
constexpr uint32_t kSlotCommon = 1u << 25;   // single common English word
constexpr uint32_t kSlotBlocked = 1u << 26;  // stop name
constexpr uint32_t kSlotCountMask = (1u << 24) - 1;

// The tables probed for every capitalised token are in huge pages (dyad/huge_pages.h).
template <typename T>
using HugeVector = std::vector<T, HugePageAllocator<T>>;

struct Gazetteer::Impl {
  HugeVector<PlaceRec> places;
  std::basic_string<char, std::char_traits<char>, HugePageAllocator<char>> strings;
  std::vector<CodeRec> countries;  // [0] is "no country"
  std::vector<CodeRec> admin1s;    // [0] is "no division"
  std::vector<uint16_t> members;
  HugeVector<NameSlot> slots;     // size is a power of two
  HugeVector<uint32_t> postings;
  std::vector<uint64_t> common_words;  // sorted hashes (geo_hash of the upper-case word)

  std::string_view str(uint32_t off, uint32_t len) const {
    return std::string_view(strings).substr(off, len);
  }
};

}  // namespace dyad
