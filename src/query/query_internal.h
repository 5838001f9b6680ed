// Helpers shared by the query module's files (not part of the public API).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "dyad/query.h"

namespace dyad::query_detail {

// An actor or code prefix as stored: upper case, without the trailing '*'.
std::string normalize_prefix(const std::string& s);
// The smallest string greater than every string starting with `prefix` (its last byte
// incremented; prefixes are printable ASCII), so that col >= prefix AND col < upper is a
// prefix match an index can serve.
std::string prefix_upper_bound(const std::string& prefix);
// "YYYY-MM-DD" naming a real calendar day.
bool is_iso_date(const std::string& s);
// The last day of the date's month ("2024-02-10" -> 29); 0 for a bad date.
int days_in_month_of(const std::string& iso_date);

// Runs a SELECT and collects every row into a Table (columns named as SQLite names them).
Result<Table> run_table(const Store& store, const std::string& sql,
                        const std::vector<Value>& params);

// Binds `params` to ?1, ?2 ... ; false (and `error` set) when SQLite refuses one.
bool bind_params(sqlite3_stmt* stmt, const std::vector<Value>& params, std::string& error);
// Steps a bound statement to its end, appending every row to `t` (and naming its columns
// when t has none); false (and `error` set) on an error.
bool collect_rows(sqlite3_stmt* stmt, Table& t, std::string& error);

// Appends a prefix condition "(col >= ? AND col < ?)" with its two parameters.
void add_prefix_condition(std::vector<std::string>& terms, std::vector<Value>& params,
                          const std::string& column, const std::string& prefix);

// Turns SQLite's message for a bad FTS5 query into one naming the field.
std::string explain_sql_error(const std::string& message, const EventFilter& f);

}  // namespace dyad::query_detail
