// libFuzzer target: every dictionary reader on arbitrary bytes, then compile. Not built by
// default (the module glob skips *_fuzz.cc); link with -fsanitize=fuzzer to run it.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dyad/dictionary.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  dyad::DictionarySet set;
  dyad::parse_actors(text, "fuzz", set);
  dyad::parse_agents(text, "fuzz", set);
  dyad::parse_discards(text, "fuzz", set);
  dyad::parse_verbs(text, "fuzz", set);
  auto compiled = dyad::compile(std::move(set));
  return compiled->hash.size() == 16 ? 0 : 1;
}
