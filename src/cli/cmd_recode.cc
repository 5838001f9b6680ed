// Placeholder: replaced by the real 'dyad recode' in this session's store/server work.
#include <cstdio>

#include "cli/store_commands.h"

namespace dyad::cli {

int cmd_recode(int, char**) {
  std::fprintf(stderr, "dyad recode: not built yet\n");
  return 2;
}

}  // namespace dyad::cli
