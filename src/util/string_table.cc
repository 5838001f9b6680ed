#include "dyad/string_table.h"

#include <cstring>

namespace dyad {

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
    // The n < 8 remaining bytes as a little-endian number (what memcpy into a zeroed word
    // gives), from two overlapping loads instead of a call.
    uint64_t chunk;
    if (n >= 4) {
      uint32_t lo, hi;
      std::memcpy(&lo, p, 4);
      std::memcpy(&hi, p + n - 4, 4);
      chunk = lo | (static_cast<uint64_t>(hi) << (8 * (n - 4)));
    } else {
      const auto b = [&](size_t k) { return static_cast<uint64_t>(static_cast<uint8_t>(p[k])); };
      chunk = b(0) | (b(n / 2) << (8 * (n / 2))) | (b(n - 1) << (8 * (n - 1)));
    }
    h = (h ^ chunk) * kMul;
    h ^= h >> 29;
  }
  h *= kMul;
  return h ^ (h >> 32);
}

namespace {

// The n < 8 bytes at p as a little-endian number, zero-padded (two overlapping loads).
uint64_t load_short(const char* p, size_t n) {
  if (n >= 4) {
    uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    return lo | (static_cast<uint64_t>(hi) << (8 * (n - 4)));
  }
  if (n == 0) return 0;
  const auto b = [&](size_t k) { return static_cast<uint64_t>(static_cast<uint8_t>(p[k])); };
  return b(0) | (b(n / 2) << (8 * (n / 2))) | (b(n - 1) << (8 * (n - 1)));
}

uint64_t load8(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

}  // namespace

void StringTable::head_of(std::string_view key, uint64_t out[2]) {
  const char* p = key.data();
  const size_t n = key.size();
  if (n < 8) {
    out[0] = load_short(p, n);
    out[1] = 0;
  } else if (n < 16) {
    out[0] = load8(p);
    out[1] = load_short(p + 8, n - 8);
  } else {
    out[0] = load8(p);
    out[1] = load8(p + 8);
  }
}

size_t StringTable::locate(std::string_view key, uint32_t h) const {
  uint64_t head[2];
  head_of(key, head);
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.value == kMissing) return i;
    if (s.hash == h && s.length == key.size() && s.head[0] == head[0] && s.head[1] == head[1] &&
        (key.size() <= 16 ||
         std::memcmp(arena_.data() + s.offset + 16, key.data() + 16, key.size() - 16) == 0))
      return i;
  }
}

void StringTable::grow() {
  std::vector<Slot, HugePageAllocator<Slot>> old = std::move(slots_);
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
  head_of(key, s.head);
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
    head_of(key, s.head);
    arena_.append(key);
    ++size_;
  }
  s.value = value;
}

uint32_t StringTable::find(std::string_view key) const {
  if (slots_.empty()) return kMissing;
  return slots_[locate(key, static_cast<uint32_t>(hash(key)))].value;
}

uint32_t StringTable::find(std::string_view key, uint32_t h) const {
  if (slots_.empty()) return kMissing;
  return slots_[locate(key, h)].value;
}

}  // namespace dyad
