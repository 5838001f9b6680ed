// Latin letters with diacritics folded to their ASCII base letter ("Baghdād" -> "Baghdad"),
// so that ISO 3166-2 transliterations match names as English news writes them.
#pragma once
#include <string>
#include <string_view>

namespace dyad::geo {

// The folded name, or "" when it has a character outside ASCII, Latin-1, Latin
// Extended-A and Latin Extended Additional (apostrophe-like marks are dropped).
std::string fold_to_ascii(std::string_view s);

}  // namespace dyad::geo
