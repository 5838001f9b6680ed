// Read connections for the worker threads. SQLite serialises the calls on one connection, so
// two threads sharing the Store would take turns; instead each busy worker leases its own
// read-only connection to the same file, with its prepared statements kept for reuse.
#pragma once
#include <sqlite3.h>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

#include "dyad/query.h"
#include "dyad/store.h"

namespace dyad::server {

// One connection and the statements prepared on it.
class Reader {
 public:
  Reader(std::unique_ptr<Store> owned, const Store* shared);
  ~Reader();
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;

  const Store& store() const { return *store_; }
  // The statement for `sql` (a string literal: cached by its address), reset with its
  // bindings cleared; nullptr (and `error` set) when it does not compile.
  sqlite3_stmt* statement(const char* sql, std::string& error);
  // True when another connection has changed the database since the last call (and on the
  // first call: nothing is known yet). Commits on this same connection are not seen.
  bool store_changed();
  // Listing statements and totals (list_events) on this connection.
  StatementCache& queries() { return queries_; }

 private:
  std::unique_ptr<Store> owned_;
  const Store* store_;
  StatementCache queries_;  // after owned_: finalized before the connection closes
  std::vector<std::pair<const char*, sqlite3_stmt*>> statements_;
  int64_t data_version_ = -1;
};

class ReadPool {
 public:
  // Up to `max_readers` read-only connections to shared.path(); when that file cannot be
  // opened again (":memory:", a vanished file), one Reader over `shared` itself.
  ReadPool(Store& shared, size_t max_readers);

  class Lease {
   public:
    Lease(ReadPool& pool, std::unique_ptr<Reader> r) : pool_(&pool), reader_(std::move(r)) {}
    Lease(Lease&& o) noexcept : pool_(o.pool_), reader_(std::move(o.reader_)) {}
    ~Lease() {
      if (reader_) pool_->give_back(std::move(reader_));
    }
    Reader& operator*() { return *reader_; }
    Reader* operator->() { return reader_.get(); }

   private:
    ReadPool* pool_;
    std::unique_ptr<Reader> reader_;
  };

  // Waits while every reader is busy and no more may be opened.
  Lease acquire();
  // True when reads go through the writable Store (then a write must hold the only lease).
  bool shares_writer() const { return shared_mode_; }

 private:
  void give_back(std::unique_ptr<Reader> r);

  Store& shared_;
  size_t max_readers_;
  bool shared_mode_ = false;
  std::mutex mutex_;
  std::condition_variable returned_;
  std::vector<std::unique_ptr<Reader>> idle_;
  size_t created_ = 0;
};

}  // namespace dyad::server
