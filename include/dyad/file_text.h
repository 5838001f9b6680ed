// Reading a whole file into memory, with an error that names the file and the reason.
#pragma once
#include <string>

#include "dyad/result.h"

namespace dyad {

// The bytes of `path`; Error "cannot open PATH: REASON" when it cannot be read.
Result<std::string> read_file_text(const std::string& path);

}  // namespace dyad
