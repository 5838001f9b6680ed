#include "server/read_pool.h"

namespace dyad::server {

Reader::Reader(std::unique_ptr<Store> owned, const Store* shared)
    : owned_(std::move(owned)), store_(owned_ ? owned_.get() : shared) {}

Reader::~Reader() {
  for (auto& [sql, st] : statements_) sqlite3_finalize(st);
}

sqlite3_stmt* Reader::statement(const char* sql, std::string& error) {
  for (auto& [key, st] : statements_) {
    if (key != sql) continue;
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return st;
  }
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v3(store_->db(), sql, -1, SQLITE_PREPARE_PERSISTENT, &st, nullptr) !=
      SQLITE_OK) {
    error = sqlite3_errmsg(store_->db());
    sqlite3_finalize(st);
    return nullptr;
  }
  statements_.emplace_back(sql, st);
  return st;
}

bool Reader::store_changed() {
  std::string error;
  sqlite3_stmt* st = statement("PRAGMA data_version", error);
  if (!st) return true;
  int64_t v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
  sqlite3_reset(st);
  bool changed = v < 0 || v != data_version_;
  data_version_ = v;
  return changed;
}

ReadPool::ReadPool(Store& shared, size_t max_readers)
    : shared_(shared), max_readers_(max_readers ? max_readers : 1) {
  auto first = Store::open(shared.path(), true);
  if (first) {
    idle_.push_back(std::make_unique<Reader>(std::move(*first), nullptr));
  } else {
    shared_mode_ = true;
    max_readers_ = 1;
    idle_.push_back(std::make_unique<Reader>(nullptr, &shared_));
  }
  created_ = 1;
}

ReadPool::Lease ReadPool::acquire() {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    if (!idle_.empty()) {
      auto r = std::move(idle_.back());
      idle_.pop_back();
      return Lease(*this, std::move(r));
    }
    if (created_ < max_readers_) {
      ++created_;
      lock.unlock();  // opening reads the schema: not under the lock
      auto opened = Store::open(shared_.path(), true);
      if (opened) return Lease(*this, std::make_unique<Reader>(std::move(*opened), nullptr));
      lock.lock();
      --created_;
      max_readers_ = created_;  // the file cannot be opened again: make do with what we have
      continue;
    }
    returned_.wait(lock);
  }
}

void ReadPool::give_back(std::unique_ptr<Reader> r) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    idle_.push_back(std::move(r));
  }
  returned_.notify_one();
}

}  // namespace dyad::server
