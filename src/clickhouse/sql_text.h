// Text in and out of ClickHouse: string literals for SQL, TabSeparated fields for inserts,
// and TSVWithNamesAndTypes answers parsed into a dyad::Table. ClickHouse 18 has no query
// parameters, so every value that reaches SQL goes through sql_quote(): that is the one
// place that stands between a filter and SQL injection.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/query.h"
#include "dyad/result.h"

namespace dyad::ch {

// 'text' with backslash, quote and control characters escaped (ClickHouse string literal
// syntax). Any byte sequence round-trips.
std::string sql_quote(std::string_view text);

// Appends one TabSeparated field: backslash, tab, newline, carriage return and NUL escaped.
void append_tsv(std::string& out, std::string_view text);
// The TabSeparated NULL marker.
inline void append_tsv_null(std::string& out) { out += "\\N"; }

// Parses a TSVWithNamesAndTypes answer: integer columns become int64, floating-point
// columns double, \N NULL, arrays and tuples their raw quoted text (parse_string_array),
// everything else (String, Date ...) unescaped text.
Result<Table> parse_tsv_table(std::string_view body);

// An Array(String) value as ClickHouse writes it ("['a','b\\'c']"), from a Table cell.
Result<std::vector<std::string>> parse_string_array(std::string_view raw);

// Undoes TabSeparated escaping of one field.
std::string unescape_tsv(std::string_view field);

}  // namespace dyad::ch
