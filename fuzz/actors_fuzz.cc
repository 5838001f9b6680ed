// libFuzzer target: parse_actors on arbitrary text, then compile(). See dict_fuzz.h.
#include "dict_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return dyad::fuzz::fuzz_dictionary(&dyad::parse_actors, data, size);
}
