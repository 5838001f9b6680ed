// dyad import-countries: builds the country dictionary from the world-countries package.
#pragma once

namespace dyad::cli {

// dyad import-countries COUNTRIES.json [-o FILE]: writes data/generated/countries.dyad (or
// FILE, '-' for stdout). Exit 0 on success, 2 when the input cannot be read or is not the
// package's JSON, or the output cannot be written.
int cmd_import_countries(int argc, char** argv);

}  // namespace dyad::cli
