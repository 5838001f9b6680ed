// A flat, open-addressing hash map from byte strings to uint32_t, built once at load time and
// read-only afterwards. The tagger and the lemmatizer look up every token in one of these, so
// lookups take a string_view (no std::string built per token) and touch one cache line in the
// common case. Safe for concurrent readers once building is finished.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/huge_pages.h"

namespace dyad {

class StringTable {
 public:
  static constexpr uint32_t kMissing = UINT32_MAX;

  // Inserts `key` -> `value` unless the key is present; returns the value now stored.
  uint32_t insert(std::string_view key, uint32_t value);
  // Inserts or overwrites.
  void assign(std::string_view key, uint32_t value);
  // The stored value, or kMissing.
  uint32_t find(std::string_view key) const;
  // Look-ups in bulk: hash every key and prefetch its slot first, then find() each with its
  // hash, so that the cache misses of a sentence's words overlap instead of queueing.
  static uint32_t hash32(std::string_view key) { return static_cast<uint32_t>(hash(key)); }
  void prefetch(uint32_t h) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[h & (slots_.size() - 1)]);
  }
  uint32_t find(std::string_view key, uint32_t h) const;
  bool contains(std::string_view key) const { return find(key) != kMissing; }
  size_t size() const { return size_; }

  // Calls f(key, value) for every entry (order unspecified).
  template <typename F>
  void for_each(F&& f) const {
    for (const Slot& s : slots_)
      if (s.value != kMissing) f(std::string_view(arena_.data() + s.offset, s.length), s.value);
  }

  static uint64_t hash(std::string_view key);

 private:
  // 32 bytes, two to a cache line. The key's first 16 bytes sit in the slot itself, so a
  // look-up of a word of up to 16 bytes touches no other memory (the arena is only read for
  // longer keys): on a table of megabytes that saves a cache miss per look-up.
  struct Slot {
    uint32_t hash = 0;
    uint32_t offset = 0;
    uint32_t length = 0;
    uint32_t value = kMissing;  // kMissing marks an empty slot
    uint64_t head[2] = {0, 0};  // the key's first 16 bytes, zero-padded (see head_of)
  };
  static void head_of(std::string_view key, uint64_t out[2]);
  size_t locate(std::string_view key, uint32_t h) const;  // slot holding key, or empty slot
  void grow();

  std::string arena_;  // all key bytes, back to back
  std::vector<Slot, HugePageAllocator<Slot>> slots_;
  size_t size_ = 0;
};

}  // namespace dyad
