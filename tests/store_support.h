// Helpers for end-to-end tests that look inside an event store made by `dyad ingest`.
#pragma once
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "dyad/store.h"
#include "run_support.h"

namespace dyad::e2e {

// A store path in the test's temporary folder, with no file (nor WAL files) there yet.
inline std::string fresh_db(const std::string& name) {
  std::string p = temp_path(name + "-" + std::to_string(::getpid()) + ".db");
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(p + suffix);
  return p;
}

// Rows of `sql` on the store at `db`, each row's columns joined with '|' (NULL as "NULL");
// a single "ERROR ..." row when the store or the statement fails.
inline std::vector<std::string> rows(const std::string& db, const std::string& sql) {
  std::vector<std::string> out;
  auto store = Store::open(db, /*read_only=*/true);
  if (!store) return {"ERROR " + store.error()};
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2((*store)->db(), sql.c_str(), -1, &st, nullptr) != SQLITE_OK)
    return {"ERROR " + std::string(sqlite3_errmsg((*store)->db()))};
  while (sqlite3_step(st) == SQLITE_ROW) {
    std::string row;
    for (int i = 0; i < sqlite3_column_count(st); ++i) {
      if (i) row += '|';
      const unsigned char* t = sqlite3_column_text(st, i);
      row += t ? reinterpret_cast<const char*>(t) : "NULL";
    }
    out.push_back(std::move(row));
  }
  sqlite3_finalize(st);
  return out;
}

// The first row of `sql`, "" when there is none.
inline std::string one(const std::string& db, const std::string& sql) {
  auto r = rows(db, sql);
  return r.empty() ? "" : r.front();
}

}  // namespace dyad::e2e
