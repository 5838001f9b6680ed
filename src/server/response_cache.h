// Answers to GET requests, kept until the store changes. A dashboard asks the same few
// listings and aggregations again and again; the store changes only when something is
// ingested (here or by another process), which every read connection notices through
// PRAGMA data_version before it looks anything up.
#pragma once
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace dyad::server {

class ResponseCache {
 public:
  explicit ResponseCache(size_t max_bytes) : max_bytes_(max_bytes) {}
  bool enabled() const { return max_bytes_ > 0; }
  uint64_t generation() const { return generation_.load(std::memory_order_acquire); }
  // The store changed: every entry is stale.
  void invalidate();
  // The body stored for `key` in this generation, or null.
  std::shared_ptr<const std::string> get(const std::string& key, uint64_t generation);
  // Keeps `body` for `key` if `generation` is still current. Past the byte budget everything
  // is dropped first (the working set of a dashboard is small; a scan of many distinct
  // queries gains nothing from a cache anyway).
  void put(const std::string& key, uint64_t generation, std::string body);

 private:
  size_t max_bytes_;
  std::atomic<uint64_t> generation_{1};
  std::mutex mutex_;
  std::unordered_map<std::string, std::shared_ptr<const std::string>> entries_;
  uint64_t entries_generation_ = 1;
  size_t bytes_ = 0;
};

}  // namespace dyad::server
