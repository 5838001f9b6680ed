// The SQLite store's full-text queries (FTS5 syntax) translated for ClickHouse 18, which has
// no full-text index: each term becomes a case-insensitive whole-word regular expression
// over the sentence text (RE2, via match()), behind a cheap substring test that skips most
// rows. Supported: words, "quoted phrases", prefix* terms, AND (or juxtaposition), OR, NOT,
// parentheses. Not supported: NEAR, column filters, ^ (an error names them). Unlike FTS5,
// diacritics are not folded.
#pragma once
#include <string>

#include "dyad/result.h"

namespace dyad::ch {

// A ClickHouse condition over `column` (an expression of type String) for the FTS5 query.
Result<std::string> text_condition(const std::string& fts_query, const std::string& column);

}  // namespace dyad::ch
