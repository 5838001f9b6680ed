#include "store/statement.h"

namespace dyad::store {

bool Statement::prepare(sqlite3* db, const char* sql, std::string& error) {
  sqlite3_finalize(st_);
  st_ = nullptr;
  // PERSISTENT: these statements live as long as the store and are reused for every row.
  if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st_, nullptr) == SQLITE_OK)
    return true;
  error = std::string(sqlite3_errmsg(db)) + " in: " + sql;
  sqlite3_finalize(st_);
  st_ = nullptr;
  return false;
}

void Statement::check(int rc, const char* what) {
  if (rc == SQLITE_OK) return;
  std::string msg = std::string(what) + ": " + sqlite3_errmsg(sqlite3_db_handle(st_));
  reset();
  throw SqlError(msg);
}

Statement& Statement::bind(int i, std::string_view s) {
  check(sqlite3_bind_text(st_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT),
        "bind");
  return *this;
}

Statement& Statement::bind(int i, int64_t v) {
  check(sqlite3_bind_int64(st_, i, v), "bind");
  return *this;
}

Statement& Statement::bind(int i, double v) {
  check(sqlite3_bind_double(st_, i, v), "bind");
  return *this;
}

Statement& Statement::bind(int i, const std::optional<double>& v) {
  return v ? bind(i, *v) : bind_null(i);
}

Statement& Statement::bind(int i, const std::optional<int64_t>& v) {
  return v ? bind(i, *v) : bind_null(i);
}

Statement& Statement::bind_null(int i) {
  check(sqlite3_bind_null(st_, i), "bind");
  return *this;
}

bool Statement::next() {
  int rc = sqlite3_step(st_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) {
    reset();
    return false;
  }
  std::string msg = sqlite3_errmsg(sqlite3_db_handle(st_));
  const char* sql = sqlite3_sql(st_);
  reset();
  throw SqlError(msg + " (in: " + std::string(sql ? sql : "?").substr(0, 60) + ")");
}

void Statement::run() {
  while (next()) {
  }
}

void Statement::reset() {
  if (!st_) return;
  sqlite3_reset(st_);
  sqlite3_clear_bindings(st_);
}

std::string Statement::text(int col) const { return std::string(view(col)); }

std::string_view Statement::view(int col) const {
  const unsigned char* p = sqlite3_column_text(st_, col);
  if (!p) return {};
  return {reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(st_, col))};
}

void exec(sqlite3* db, const char* sql) {
  char* msg = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &msg) == SQLITE_OK) return;
  std::string error = msg ? msg : sqlite3_errmsg(db);
  sqlite3_free(msg);
  throw SqlError(std::string(sql) + ": " + error);
}

}  // namespace dyad::store
