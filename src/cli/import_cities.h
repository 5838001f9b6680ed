// dyad import-cities: builds the town dictionary from the gazetteer.
#pragma once

namespace dyad::cli {

// dyad import-cities [-o FILE] [--min-population N] [--gazetteer FILE] [--iso FILE]
// [--skipped FILE]: writes data/generated/cities.dyad (or FILE, '-' for stdout) from
// data/generated/gazetteer.bin (`dyad geo build` first). Exit 0 on success, 2 when an input
// cannot be read or the output cannot be written.
int cmd_import_cities(int argc, char** argv);

}  // namespace dyad::cli
