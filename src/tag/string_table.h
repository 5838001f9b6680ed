// A flat, open-addressing hash map from byte strings to uint32_t, built once at load time and
// read-only afterwards. The tagger and the lemmatizer look up every token in one of these, so
// lookups take a string_view (no std::string built per token) and touch one cache line in the
// common case. Safe for concurrent readers once building is finished.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::tag {

class StringTable {
 public:
  static constexpr uint32_t kMissing = UINT32_MAX;

  // Inserts `key` -> `value` unless the key is present; returns the value now stored.
  uint32_t insert(std::string_view key, uint32_t value);
  // Inserts or overwrites.
  void assign(std::string_view key, uint32_t value);
  // The stored value, or kMissing.
  uint32_t find(std::string_view key) const;
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
  struct Slot {  // 16 bytes: four to a cache line
    uint32_t hash = 0;
    uint32_t offset = 0;
    uint32_t length = 0;
    uint32_t value = kMissing;  // kMissing marks an empty slot
  };
  size_t locate(std::string_view key, uint32_t h) const;  // slot holding key, or empty slot
  void grow();

  std::string arena_;  // all key bytes, back to back
  std::vector<Slot> slots_;
  size_t size_ = 0;
};

}  // namespace dyad::tag
