// Imports countries and territories from the world-countries package (countries.json,
// ODbL 1.0) into dyad's native dictionary format: one `actor` line per entry with its CAMEO
// code, common and official names, alternative spellings, English demonyms and capital
// (capitals stand for their country: "Paris said"). The policy (CAMEO's own codes, skipped
// spellings, shared spellings) is in country_import_policy.h and data/dict/ACTORS.md.
#pragma once
#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "dyad/result.h"

namespace dyad {

// Reads `countries_json` (the package's countries.json: an array of objects with cca3,
// name.common, name.official, altSpellings, demonyms.eng.{m,f}, capital, independent) and
// writes a native dictionary to `out_dyad`, a header comment with the ODbL notice first.
// Returns the number of actor lines written. An error when the text is not JSON or not an
// array; entries without a usable code or name, and malformed fields, are skipped or
// ignored with a message in `warnings`, as are spellings several entries share that no rule
// gives to one of them. Never throws.
Result<size_t> import_countries(const std::string& countries_json, std::ostream& out_dyad,
                                std::vector<std::string>& warnings);

}  // namespace dyad
