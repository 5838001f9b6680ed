// libFuzzer target: the tabari article reader (open_reader with the format forced) on arbitrary
// bytes. See reader_fuzz.h for what is checked.
#include "reader_fuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return dyad::fuzz::fuzz_reader(dyad::InputFormat::Tabari, data, size);
}
