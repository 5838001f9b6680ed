#include "tag/string_table.h"

#include <cstring>

namespace dyad::tag {

uint64_t StringTable::hash(std::string_view key) {
  // Eight bytes at a time with a multiply-rotate mix: words are short, so this is a handful of
  // instructions per lookup.
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  uint64_t h = 0x2545F4914F6CDD1Dull ^ (key.size() * kMul);
  const char* p = key.data();
  size_t n = key.size();
  while (n >= 8) {
    uint64_t chunk;
    std::memcpy(&chunk, p, 8);
    h = (h ^ chunk) * kMul;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    uint64_t chunk = 0;
    std::memcpy(&chunk, p, n);
    h = (h ^ chunk) * kMul;
    h ^= h >> 29;
  }
  h *= kMul;
  return h ^ (h >> 32);
}

size_t StringTable::locate(std::string_view key, uint32_t h) const {
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.value == kMissing) return i;
    if (s.hash == h && s.length == key.size() &&
        std::memcmp(arena_.data() + s.offset, key.data(), key.size()) == 0)
      return i;
  }
}

void StringTable::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
  const size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.value == kMissing) continue;
    size_t i = s.hash & mask;
    while (slots_[i].value != kMissing) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

uint32_t StringTable::insert(std::string_view key, uint32_t value) {
  // Keep the load factor under one half so probe chains stay short.
  if ((size_ + 1) * 2 > slots_.size()) grow();
  const auto h = static_cast<uint32_t>(hash(key));
  Slot& s = slots_[locate(key, h)];
  if (s.value != kMissing) return s.value;
  s.hash = h;
  s.offset = static_cast<uint32_t>(arena_.size());
  s.length = static_cast<uint32_t>(key.size());
  s.value = value;
  arena_.append(key);
  ++size_;
  return value;
}

void StringTable::assign(std::string_view key, uint32_t value) {
  if ((size_ + 1) * 2 > slots_.size()) grow();
  const auto h = static_cast<uint32_t>(hash(key));
  Slot& s = slots_[locate(key, h)];
  if (s.value == kMissing) {
    s.hash = h;
    s.offset = static_cast<uint32_t>(arena_.size());
    s.length = static_cast<uint32_t>(key.size());
    arena_.append(key);
    ++size_;
  }
  s.value = value;
}

uint32_t StringTable::find(std::string_view key) const {
  if (slots_.empty()) return kMissing;
  return slots_[locate(key, static_cast<uint32_t>(hash(key)))].value;
}

}  // namespace dyad::tag
