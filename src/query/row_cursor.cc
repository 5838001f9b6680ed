// RowCursor: a prepared statement on the store's connection, stepped row by row.
#include <sqlite3.h>

#include <utility>

#include "dyad/query.h"
#include "dyad/store.h"
#include "query/query_internal.h"

namespace dyad {

Result<RowCursor> RowCursor::open(const Store& store, const std::string& sql,
                                  const std::vector<Value>& params) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(store.db(), sql.c_str(), static_cast<int>(sql.size()), &stmt,
                         nullptr) != SQLITE_OK) {
    std::string msg = sqlite3_errmsg(store.db());
    sqlite3_finalize(stmt);
    return Error{msg};
  }
  std::string error;
  if (!query_detail::bind_params(stmt, params, error)) {
    sqlite3_finalize(stmt);
    return Error{error};
  }
  return RowCursor(stmt);
}

RowCursor::RowCursor(RowCursor&& other) noexcept
    : stmt_(std::exchange(other.stmt_, nullptr)), error_(std::move(other.error_)) {}

RowCursor& RowCursor::operator=(RowCursor&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    stmt_ = std::exchange(other.stmt_, nullptr);
    error_ = std::move(other.error_);
  }
  return *this;
}

RowCursor::~RowCursor() { sqlite3_finalize(stmt_); }

bool RowCursor::next() {
  if (!stmt_) return false;
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) error_ = sqlite3_errmsg(sqlite3_db_handle(stmt_));
  return false;
}

int RowCursor::columns() const { return stmt_ ? sqlite3_column_count(stmt_) : 0; }

std::string RowCursor::column_name(int i) const {
  const char* name = stmt_ ? sqlite3_column_name(stmt_, i) : nullptr;
  return name ? name : "";
}

bool RowCursor::is_null(int i) const { return sqlite3_column_type(stmt_, i) == SQLITE_NULL; }

int64_t RowCursor::integer(int i) const { return sqlite3_column_int64(stmt_, i); }

double RowCursor::real(int i) const { return sqlite3_column_double(stmt_, i); }

std::string_view RowCursor::text(int i) const {
  const unsigned char* p = sqlite3_column_text(stmt_, i);
  if (!p) return {};
  return {reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(stmt_, i))};
}

Value RowCursor::value(int i) const {
  switch (sqlite3_column_type(stmt_, i)) {
    case SQLITE_INTEGER:
      return static_cast<int64_t>(sqlite3_column_int64(stmt_, i));
    case SQLITE_FLOAT:
      return sqlite3_column_double(stmt_, i);
    case SQLITE_NULL:
      return std::monostate{};
    default:
      return std::string(text(i));
  }
}

namespace query_detail {

bool bind_params(sqlite3_stmt* stmt, const std::vector<Value>& params, std::string& error) {
  for (size_t i = 0; i < params.size(); ++i) {
    int at = static_cast<int>(i) + 1;
    const Value& v = params[i];
    int rc = SQLITE_OK;
    if (std::holds_alternative<std::monostate>(v))
      rc = sqlite3_bind_null(stmt, at);
    else if (auto* n = std::get_if<int64_t>(&v))
      rc = sqlite3_bind_int64(stmt, at, *n);
    else if (auto* d = std::get_if<double>(&v))
      rc = sqlite3_bind_double(stmt, at, *d);
    else {
      const std::string& s = std::get<std::string>(v);
      rc = sqlite3_bind_text(stmt, at, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
    }
    if (rc != SQLITE_OK) {
      error = "cannot bind parameter " + std::to_string(at) + ": " +
              sqlite3_errmsg(sqlite3_db_handle(stmt));
      return false;
    }
  }
  return true;
}

bool collect_rows(sqlite3_stmt* stmt, Table& t, std::string& error) {
  int n = sqlite3_column_count(stmt);
  if (t.columns.empty())
    for (int i = 0; i < n; ++i) {
      const char* name = sqlite3_column_name(stmt, i);
      t.columns.push_back(name ? name : "");
    }
  int rc;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    std::vector<Value> row;
    row.reserve(n);
    for (int i = 0; i < n; ++i) {
      switch (sqlite3_column_type(stmt, i)) {
        case SQLITE_INTEGER:
          row.emplace_back(static_cast<int64_t>(sqlite3_column_int64(stmt, i)));
          break;
        case SQLITE_FLOAT:
          row.emplace_back(sqlite3_column_double(stmt, i));
          break;
        case SQLITE_NULL:
          row.emplace_back(std::monostate{});
          break;
        default: {
          const unsigned char* p = sqlite3_column_text(stmt, i);
          row.emplace_back(p ? std::string(reinterpret_cast<const char*>(p),
                                           static_cast<size_t>(sqlite3_column_bytes(stmt, i)))
                             : std::string());
        }
      }
    }
    t.rows.push_back(std::move(row));
  }
  if (rc != SQLITE_DONE) {
    error = sqlite3_errmsg(sqlite3_db_handle(stmt));
    return false;
  }
  return true;
}

Result<Table> run_table(const Store& store, const std::string& sql,
                        const std::vector<Value>& params) {
  auto cursor = RowCursor::open(store, sql, params);
  if (!cursor) return Error{cursor.error()};
  Table t;
  int n = cursor->columns();
  for (int i = 0; i < n; ++i) t.columns.push_back(cursor->column_name(i));
  while (cursor->next()) {
    std::vector<Value> row;
    row.reserve(n);
    for (int i = 0; i < n; ++i) row.push_back(cursor->value(i));
    t.rows.push_back(std::move(row));
  }
  if (!cursor->error().empty()) return Error{cursor->error()};
  return t;
}

}  // namespace query_detail

}  // namespace dyad
