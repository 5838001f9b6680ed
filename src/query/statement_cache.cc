// StatementCache: prepared statements and listing totals kept per connection.
#include <sqlite3.h>

#include <string>
#include <unordered_map>

#include "dyad/query.h"
#include "dyad/store.h"

namespace dyad {

namespace {

constexpr size_t kMaxTotals = 4096;

}  // namespace

struct StatementCache::Impl {
  size_t max_statements;
  sqlite3* db = nullptr;  // the connection everything below belongs to
  std::unordered_map<std::string, sqlite3_stmt*> statements;
  sqlite3_stmt* data_version = nullptr;
  // Totals are valid for one state of the store: PRAGMA data_version sees commits of other
  // connections, sqlite3_total_changes those of this one.
  int64_t totals_version = -1;
  int64_t totals_changes = -1;
  std::unordered_map<std::string, int64_t> totals;

  void drop_statements() {
    for (auto& [sql, st] : statements) sqlite3_finalize(st);
    statements.clear();
  }
  void forget_connection() {
    drop_statements();
    sqlite3_finalize(data_version);
    data_version = nullptr;
    totals.clear();
    totals_version = totals_changes = -1;
    db = nullptr;
  }
  void use(sqlite3* connection) {
    if (db == connection) return;
    forget_connection();
    db = connection;
  }
};

StatementCache::StatementCache(size_t max_statements) : impl_(std::make_unique<Impl>()) {
  impl_->max_statements = max_statements ? max_statements : 1;
}

StatementCache::~StatementCache() { impl_->forget_connection(); }

size_t StatementCache::size() const { return impl_->statements.size(); }

Result<sqlite3_stmt*> StatementCache::statement(const Store& store, const std::string& sql) {
  impl_->use(store.db());
  auto it = impl_->statements.find(sql);
  if (it != impl_->statements.end()) {
    sqlite3_reset(it->second);
    sqlite3_clear_bindings(it->second);
    return it->second;
  }
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v3(store.db(), sql.c_str(), static_cast<int>(sql.size()),
                         SQLITE_PREPARE_PERSISTENT, &st, nullptr) != SQLITE_OK) {
    std::string msg = sqlite3_errmsg(store.db());
    sqlite3_finalize(st);
    return Error{msg};
  }
  // Filters combine freely, so the shapes are many in principle but few in practice: past
  // the budget, start again rather than track recency.
  if (impl_->statements.size() >= impl_->max_statements) impl_->drop_statements();
  impl_->statements.emplace(sql, st);
  return st;
}

std::optional<int64_t> StatementCache::total(const Store& store, const std::string& key) {
  impl_->use(store.db());
  if (!impl_->data_version &&
      sqlite3_prepare_v3(store.db(), "PRAGMA data_version", -1, SQLITE_PREPARE_PERSISTENT,
                         &impl_->data_version, nullptr) != SQLITE_OK) {
    sqlite3_finalize(impl_->data_version);
    impl_->data_version = nullptr;
    impl_->totals.clear();
    return std::nullopt;
  }
  int64_t version = -1;
  if (sqlite3_step(impl_->data_version) == SQLITE_ROW)
    version = sqlite3_column_int64(impl_->data_version, 0);
  sqlite3_reset(impl_->data_version);
  int64_t changes = sqlite3_total_changes64(store.db());
  if (version < 0 || version != impl_->totals_version || changes != impl_->totals_changes) {
    impl_->totals.clear();
    impl_->totals_version = version;
    impl_->totals_changes = changes;
    return std::nullopt;
  }
  auto it = impl_->totals.find(key);
  if (it == impl_->totals.end()) return std::nullopt;
  return it->second;
}

void StatementCache::keep_total(const std::string& key, int64_t total) {
  if (impl_->totals_version < 0) return;  // total() has not seen the store's state
  if (impl_->totals.size() >= kMaxTotals) impl_->totals.clear();
  impl_->totals[key] = total;
}

}  // namespace dyad
