// Placeholder: replaced by the real 'dyad serve' in this session's store/server work.
#include <cstdio>

#include "cli/store_commands.h"

namespace dyad::cli {

int cmd_serve(int, char**) {
  std::fprintf(stderr, "dyad serve: not built yet\n");
  return 2;
}

}  // namespace dyad::cli
