// Opening an event store: the SQLite file, its pragmas and its schema.
#include <sqlite3.h>

#include "code/event_id.h"
#include "dyad/store.h"
#include "store/store_impl.h"

namespace dyad {

namespace {

// Schema version written to meta; bump with a migration when the DDL changes.
constexpr const char* kSchemaVersion = "1";

std::string last_error(sqlite3* db) { return db ? sqlite3_errmsg(db) : "out of memory"; }

bool exec(sqlite3* db, const char* sql, std::string& error) {
  char* msg = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &msg) == SQLITE_OK) return true;
  error = msg ? msg : last_error(db);
  sqlite3_free(msg);
  return false;
}

}  // namespace

Result<std::unique_ptr<Store>> Store::open(const std::string& path, bool read_only) {
  sqlite3* db = nullptr;
  int flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  // FULLMUTEX: one Store may be shared by the HTTP server's threads.
  flags |= SQLITE_OPEN_FULLMUTEX;
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    std::string msg = "cannot open " + path + ": " + last_error(db);
    sqlite3_close(db);
    return Error{msg};
  }
  // A writer holding the lock (an ingest in another process) makes readers wait, not fail.
  sqlite3_busy_timeout(db, 10000);
  std::string error;
  // WAL: readers never block the writer and a crash mid-batch rolls back to the last commit.
  // synchronous=NORMAL is durable at each checkpoint and safe against corruption in WAL mode.
  const char* pragmas = read_only ? "PRAGMA foreign_keys=ON; PRAGMA query_only=ON;"
                                  : "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                                    "PRAGMA foreign_keys=ON;";
  if (!exec(db, pragmas, error)) {
    sqlite3_close(db);
    return Error{path + ": " + error};
  }
  if (!read_only) {
    std::string ddl = std::string("BEGIN;") + store_schema_sql() +
                      "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', '" +
                      kSchemaVersion + "');COMMIT;";
    if (!exec(db, ddl.c_str(), error)) {
      exec(db, "ROLLBACK;", error);
      sqlite3_close(db);
      return Error{path + ": cannot create the schema: " + error};
    }
  }
  // Checked in both modes: a file made by another program, or by a newer dyad, is refused.
  sqlite3_stmt* st = nullptr;
  std::string version;
  if (sqlite3_prepare_v2(db, "SELECT value FROM meta WHERE key='schema_version'", -1, &st,
                         nullptr) == SQLITE_OK &&
      sqlite3_step(st) == SQLITE_ROW)
    version = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
  sqlite3_finalize(st);
  if (version != kSchemaVersion) {
    sqlite3_close(db);
    return Error{path + ": not a dyad event store of schema version " +
                 std::string(kSchemaVersion) +
                 (version.empty() ? "" : " (found version " + version + ")")};
  }
  return std::unique_ptr<Store>(new Store(db, path));
}

Store::Store(sqlite3* db, std::string path)
    : db_(db), path_(std::move(path)), impl_(std::make_unique<Impl>()) {}

Store::~Store() {
  impl_.reset();  // finalizes the cached statements before the connection closes
  sqlite3_close(db_);
}

std::string text_hash(const std::string& text) { return fnv1a_hex(text); }

}  // namespace dyad
