// Helpers shared by the fuzz targets: turning the input into a string_view and failing loudly
// when an invariant of the API does not hold (libFuzzer and the replay driver both report an
// abort as a crash, with the input that caused it).
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace dyad::fuzz {

inline std::string_view as_text(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

[[noreturn]] inline void invariant_failed(const char* what, const char* file, int line) {
  std::fprintf(stderr, "%s:%d: invariant broken: %s\n", file, line, what);
  std::abort();
}

}  // namespace dyad::fuzz

// Unlike assert(), also active in Release builds (the replay tests run there).
#define DYAD_FUZZ_CHECK(cond) \
  ((cond) ? (void)0 : ::dyad::fuzz::invariant_failed(#cond, __FILE__, __LINE__))
