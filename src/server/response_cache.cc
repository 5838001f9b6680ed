#include "server/response_cache.h"

namespace dyad::server {

void ResponseCache::invalidate() {
  generation_.fetch_add(1, std::memory_order_acq_rel);
  std::lock_guard<std::mutex> lock(mutex_);
  entries_.clear();
  bytes_ = 0;
}

std::shared_ptr<const std::string> ResponseCache::get(const std::string& key, uint64_t generation) {
  if (!enabled()) return nullptr;
  std::lock_guard<std::mutex> lock(mutex_);
  if (generation != entries_generation_ || generation != generation_.load()) return nullptr;
  auto it = entries_.find(key);
  return it == entries_.end() ? nullptr : it->second;
}

void ResponseCache::put(const std::string& key, uint64_t generation, std::string body) {
  size_t cost = key.size() + body.size() + 64;
  if (!enabled() || cost > max_bytes_ / 4) return;  // one answer must not evict all others
  std::lock_guard<std::mutex> lock(mutex_);
  if (generation != generation_.load()) return;  // computed from data already replaced
  if (generation != entries_generation_) {
    entries_.clear();
    bytes_ = 0;
    entries_generation_ = generation;
  }
  if (bytes_ + cost > max_bytes_) {
    entries_.clear();
    bytes_ = 0;
  }
  auto [it, inserted] = entries_.emplace(key, nullptr);
  if (!inserted) bytes_ -= key.size() + it->second->size() + 64;
  it->second = std::make_shared<const std::string>(std::move(body));
  bytes_ += cost;
}

}  // namespace dyad::server
