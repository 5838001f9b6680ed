// BatchWriter: batches of coded articles into a store (one transaction each) or another
// backend.
#include "dyad/store.h"

namespace dyad {

BatchWriter::BatchWriter(Store& store, size_t batch_size, ErrorHandler on_error)
    : BatchWriter([&store](const std::vector<CodedArticle>& b) { return store.put(b); },
                  batch_size, std::move(on_error)) {}

BatchWriter::BatchWriter(PutFunction put, size_t batch_size, ErrorHandler on_error)
    : put_(std::move(put)), batch_size_(batch_size ? batch_size : 1),
      on_error_(std::move(on_error)) {
  batch_.reserve(batch_size_);
}

bool BatchWriter::add(CodedArticle a) {
  if (!fatal_.empty()) return false;
  batch_.push_back(std::move(a));
  return batch_.size() < batch_size_ || flush();
}

bool BatchWriter::flush() {
  if (!fatal_.empty()) return false;
  if (batch_.empty()) return true;
  std::vector<CodedArticle> batch = std::move(batch_);
  batch_.clear();
  batch_.reserve(batch_size_);
  auto all = put_(batch);
  if (all) {
    totals_ += *all;
    return true;
  }
  // Find the culprits: each article alone. If none gets in, the store itself is failing
  // (disk full, locked, read-only): blaming the articles would be wrong, so stop.
  size_t stored = 0;
  std::vector<std::pair<const CodedArticle*, std::string>> refused;
  for (const CodedArticle& a : batch) {
    auto one = put_({a});
    if (one) {
      totals_ += *one;
      ++stored;
    } else {
      refused.emplace_back(&a, one.error());
    }
  }
  if (stored == 0 && batch.size() > 1) {
    fatal_ = refused.back().second;
    return false;
  }
  for (const auto& [a, message] : refused) {
    ++failed_;
    if (on_error_) on_error_(a->article, message);
  }
  return true;
}

}  // namespace dyad
