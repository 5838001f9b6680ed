// Placeholder: replaced by the real 'dyad export' in this session's store/server work.
#include <cstdio>

#include "cli/store_commands.h"

namespace dyad::cli {

int cmd_export(int, char**) {
  std::fprintf(stderr, "dyad export: not built yet\n");
  return 2;
}

}  // namespace dyad::cli
