// dyad: a thin main that only dispatches subcommands.
#include <cstdio>

int main(int argc, char** argv) {
  std::fprintf(stderr, "dyad: not yet\n");
  return 2;
}
