// Placeholder: replaced by the real 'dyad query' in this session's store/server work.
#include <cstdio>

#include "cli/store_commands.h"

namespace dyad::cli {

int cmd_query(int, char**) {
  std::fprintf(stderr, "dyad query: not built yet\n");
  return 2;
}

}  // namespace dyad::cli
