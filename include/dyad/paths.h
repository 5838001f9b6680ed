// Where dyad finds its own data (dictionaries, code tables) and its version string.
#pragma once
#include <string>

namespace dyad {

// The data directory: $DYAD_DATA if set; else <exe dir>/../share/dyad when installed; else
// the source tree's data/ folder recorded at build time (so any build directory works).
std::string data_dir();
// data_dir() + "/" + relative.
std::string data_path(const std::string& relative);
std::string version();

}  // namespace dyad
