// Word-level trie over interned words. Edges live in one open-addressing hash table keyed
// by (node, word id), so a node costs no allocation and a step costs one probe.
#include <algorithm>

#include "dyad/dictionary.h"

namespace dyad {

namespace {

constexpr uint64_t kEmpty = ~0ull;  // never a key: node ids stay below 2^32 - 1

uint64_t edge_key(uint32_t node, uint32_t word) {
  return (static_cast<uint64_t>(node) << 32) | word;
}

size_t mix(uint64_t k) {  // splitmix64 finalizer
  k ^= k >> 30;
  k *= 0xbf58476d1ce4e5b9ull;
  k ^= k >> 27;
  k *= 0x94d049bb133111ebull;
  k ^= k >> 31;
  return static_cast<size_t>(k);
}

}  // namespace

size_t WordTable::Hash::operator()(std::string_view s) const noexcept {
  return std::hash<std::string_view>{}(s);
}

uint32_t WordTable::intern(std::string_view word) {
  auto it = ids_.find(word);
  if (it != ids_.end()) return it->second;
  auto [pos, inserted] = ids_.emplace(std::string(word), static_cast<uint32_t>(words_.size()));
  words_.push_back(&pos->first);
  return pos->second;
}

uint32_t WordTable::find(std::string_view word) const {
  auto it = ids_.find(word);
  return it == ids_.end() ? kUnknown : it->second;
}

std::vector<uint32_t> WordTable::ids(const std::vector<Token>& toks) const {
  std::vector<uint32_t> out;
  out.reserve(toks.size());
  for (const Token& t : toks) out.push_back(find(t.upper));
  return out;
}

PhraseTrie::PhraseTrie() : words_(std::make_shared<WordTable>()) {}

PhraseTrie::PhraseTrie(std::shared_ptr<WordTable> words)
    : words_(words ? std::move(words) : std::make_shared<WordTable>()) {}

uint32_t PhraseTrie::child(uint32_t node, uint32_t word) const {
  if (edge_keys_.empty()) return kNoNode;
  const uint64_t key = edge_key(node, word);
  const size_t mask = edge_keys_.size() - 1;
  for (size_t s = mix(key) & mask;; s = (s + 1) & mask) {
    uint64_t k = edge_keys_[s];
    if (k == key) return edge_children_[s];
    if (k == kEmpty) return kNoNode;
  }
}

void PhraseTrie::grow_edges() {
  size_t cap = edge_keys_.empty() ? 64 : edge_keys_.size() * 2;
  std::vector<uint64_t> keys(cap, kEmpty);
  std::vector<uint32_t> children(cap, 0);
  const size_t mask = cap - 1;
  for (size_t i = 0; i < edge_keys_.size(); ++i) {
    if (edge_keys_[i] == kEmpty) continue;
    size_t s = mix(edge_keys_[i]) & mask;
    while (keys[s] != kEmpty) s = (s + 1) & mask;
    keys[s] = edge_keys_[i];
    children[s] = edge_children_[i];
  }
  edge_keys_ = std::move(keys);
  edge_children_ = std::move(children);
}

uint32_t PhraseTrie::add_child(uint32_t node, uint32_t word) {
  uint32_t c = child(node, word);
  if (c != kNoNode) return c;
  if ((edges_ + 1) * 2 > edge_keys_.size()) grow_edges();  // load factor <= 1/2
  const uint64_t key = edge_key(node, word);
  const size_t mask = edge_keys_.size() - 1;
  size_t s = mix(key) & mask;
  while (edge_keys_[s] != kEmpty) s = (s + 1) & mask;
  c = static_cast<uint32_t>(ids_.size());
  ids_.emplace_back();
  edge_keys_[s] = key;
  edge_children_[s] = c;
  ++edges_;
  return c;
}

void PhraseTrie::add(const std::vector<std::string>& words, uint32_t id) {
  if (words.empty()) return;
  uint32_t node = 0;
  for (const std::string& w : words) node = add_child(node, words_->intern(w));
  std::vector<uint32_t>& ids = ids_[node];
  if (ids.empty()) ++phrases_;
  if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
}

const std::vector<uint32_t>* PhraseTrie::find(const std::vector<std::string>& words) const {
  uint32_t node = 0;
  for (const std::string& w : words) {
    uint32_t id = words_->find(w);
    if (id == WordTable::kUnknown) return nullptr;
    node = child(node, id);
    if (node == kNoNode) return nullptr;
  }
  if (words.empty() || ids_[node].empty()) return nullptr;
  return &ids_[node];
}

PhraseTrie::Match PhraseTrie::longest_at(const std::vector<Token>& toks, size_t i) const {
  Match best;
  uint32_t node = 0;
  for (size_t j = i; j < toks.size(); ++j) {
    uint32_t id = words_->find(toks[j].upper);
    if (id == WordTable::kUnknown) break;
    node = child(node, id);
    if (node == kNoNode) break;
    if (!ids_[node].empty()) best = {static_cast<uint32_t>(j - i + 1), &ids_[node]};
  }
  return best;
}

std::vector<PhraseTrie::Match> PhraseTrie::all_at(const std::vector<Token>& toks, size_t i) const {
  std::vector<Match> out;
  uint32_t node = 0;
  for (size_t j = i; j < toks.size(); ++j) {
    uint32_t id = words_->find(toks[j].upper);
    if (id == WordTable::kUnknown) break;
    node = child(node, id);
    if (node == kNoNode) break;
    if (!ids_[node].empty()) out.push_back({static_cast<uint32_t>(j - i + 1), &ids_[node]});
  }
  std::reverse(out.begin(), out.end());
  return out;
}

PhraseTrie::Match PhraseTrie::longest_at(const std::vector<uint32_t>& word_ids, size_t i) const {
  Match best;
  uint32_t node = 0;
  for (size_t j = i; j < word_ids.size(); ++j) {
    if (word_ids[j] == WordTable::kUnknown) break;
    node = child(node, word_ids[j]);
    if (node == kNoNode) break;
    if (!ids_[node].empty()) best = {static_cast<uint32_t>(j - i + 1), &ids_[node]};
  }
  return best;
}

std::vector<PhraseTrie::Match> PhraseTrie::all_at(const std::vector<uint32_t>& word_ids,
                                                  size_t i) const {
  std::vector<Match> out;
  uint32_t node = 0;
  for (size_t j = i; j < word_ids.size(); ++j) {
    if (word_ids[j] == WordTable::kUnknown) break;
    node = child(node, word_ids[j]);
    if (node == kNoNode) break;
    if (!ids_[node].empty()) out.push_back({static_cast<uint32_t>(j - i + 1), &ids_[node]});
  }
  std::reverse(out.begin(), out.end());
  return out;
}

}  // namespace dyad
