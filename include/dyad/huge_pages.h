// Memory for the big look-up tables that every token probes at random (the tagger's lexicon,
// the lemmatizer's forms, the dictionaries' word and edge tables, the gazetteer's names): on
// Linux, blocks of 2 MB and more are mapped with transparent huge pages requested
// (MADV_HUGEPAGE), because with 4 KB pages nearly every such probe also misses the TLB.
// Smaller blocks, other systems, or a kernel that declines keep ordinary pages; the contents
// never depend on it.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace dyad {

template <class T>
struct HugePageAllocator {
  using value_type = T;
  static constexpr size_t kHugePage = size_t{2} << 20;

  HugePageAllocator() = default;
  template <class U>
  HugePageAllocator(const HugePageAllocator<U>&) noexcept {}

  T* allocate(size_t n) {
#if defined(__linux__)
    if (n > 0 && n <= SIZE_MAX / sizeof(T) && n * sizeof(T) >= kHugePage) {
      const size_t len = rounded(n * sizeof(T));
      // Map one huge page more than needed and trim both ends, so that the block starts on a
      // 2 MB boundary (only aligned 2 MB ranges can become huge pages).
      void* raw = mmap(nullptr, len + kHugePage, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      if (raw == MAP_FAILED) throw std::bad_alloc();
      char* base = static_cast<char*>(raw);
      char* start = reinterpret_cast<char*>((reinterpret_cast<uintptr_t>(base) + kHugePage - 1) &
                                            ~(uintptr_t{kHugePage} - 1));
      if (start > base) munmap(base, static_cast<size_t>(start - base));
      char* end = start + len;
      char* raw_end = base + len + kHugePage;
      if (raw_end > end) munmap(end, static_cast<size_t>(raw_end - end));
      madvise(start, len, MADV_HUGEPAGE);  // a hint: failure leaves ordinary pages
      return reinterpret_cast<T*>(start);
    }
#endif
    return std::allocator<T>().allocate(n);
  }

  void deallocate(T* p, size_t n) noexcept {
#if defined(__linux__)
    if (n > 0 && n * sizeof(T) >= kHugePage) {
      munmap(p, rounded(n * sizeof(T)));
      return;
    }
#endif
    std::allocator<T>().deallocate(p, n);
  }

  template <class U>
  bool operator==(const HugePageAllocator<U>&) const noexcept {
    return true;
  }

 private:
  static size_t rounded(size_t bytes) { return (bytes + kHugePage - 1) & ~(kHugePage - 1); }
};

}  // namespace dyad
