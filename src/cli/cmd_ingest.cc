// Placeholder: replaced by the real 'dyad ingest' in this session's store/server work.
#include <cstdio>

#include "cli/store_commands.h"

namespace dyad::cli {

int cmd_ingest(int, char**) {
  std::fprintf(stderr, "dyad ingest: not built yet\n");
  return 2;
}

}  // namespace dyad::cli
