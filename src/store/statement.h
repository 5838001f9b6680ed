// A prepared SQLite statement that binds, steps and reads columns with little ceremony. The
// store's write path throws SqlError from here; Store::put catches it, rolls the batch back
// and returns the message as an Error, so no exception leaves the store's API.
#pragma once
#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace dyad::store {

struct SqlError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Statement {
 public:
  Statement() = default;
  ~Statement() { sqlite3_finalize(st_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // False (with the message in `error`) when the SQL does not compile.
  bool prepare(sqlite3* db, const char* sql, std::string& error);

  // Parameters are numbered from 1, as in SQLite. Strings are copied (SQLITE_TRANSIENT), so
  // temporaries are safe.
  Statement& bind(int i, std::string_view s);
  Statement& bind(int i, int64_t v);
  Statement& bind(int i, int v) { return bind(i, static_cast<int64_t>(v)); }
  Statement& bind(int i, double v);
  Statement& bind(int i, const std::optional<double>& v);
  Statement& bind(int i, const std::optional<int64_t>& v);
  Statement& bind_null(int i);

  // Steps once: true for a row, false when done (the statement is then reset). Throws
  // SqlError on failure (after resetting).
  bool next();
  // Steps a statement that returns no rows, then resets it.
  void run();
  // Resets and clears the bindings (also after an error, so the statement can be reused).
  void reset();

  std::string text(int col) const;
  std::string_view view(int col) const;  // valid until the next step or reset
  int64_t integer(int col) const { return sqlite3_column_int64(st_, col); }
  double real(int col) const { return sqlite3_column_double(st_, col); }
  bool is_null(int col) const { return sqlite3_column_type(st_, col) == SQLITE_NULL; }
  // The rowid of the connection's latest INSERT.
  int64_t last_insert_rowid() const { return sqlite3_last_insert_rowid(sqlite3_db_handle(st_)); }

 private:
  void check(int rc, const char* what);
  sqlite3_stmt* st_ = nullptr;
};

// Runs SQL without results (BEGIN, COMMIT ...); throws SqlError on failure.
void exec(sqlite3* db, const char* sql);

}  // namespace dyad::store
