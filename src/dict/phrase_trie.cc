// Word-level trie over interned words. Edges live in one open-addressing hash table keyed
// by (node, word id), so a node costs no allocation and a step costs one probe.
#include <algorithm>
#include <cstring>

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

static_assert(WordTable::kUnknown == StringTable::kMissing);

uint32_t WordTable::intern(std::string_view word) {
  const auto next = static_cast<uint32_t>(words_.size());
  uint32_t id = ids_.insert(word, next);
  if (id == next) words_.emplace_back(word);
  return id;
}

uint32_t WordTable::find(std::string_view word) const { return ids_.find(word); }

std::vector<uint32_t> WordTable::ids(const std::vector<Token>& toks) const {
  std::vector<uint32_t> out;
  ids(toks, out);
  return out;
}

void WordTable::ids(const std::vector<Token>& toks, std::vector<uint32_t>& out) const {
  // Hash every token and prefetch its slot first, then look them up: the table is large and
  // the sentence's cache misses overlap this way.
  out.resize(toks.size());
  for (size_t i = 0; i < toks.size(); ++i) {
    out[i] = StringTable::hash32(toks[i].upper);
    ids_.prefetch(out[i]);
  }
  for (size_t i = 0; i < toks.size(); ++i) out[i] = ids_.find(toks[i].upper, out[i]);
}

PhraseTrie::PhraseTrie() : words_(std::make_shared<WordTable>()) {}

PhraseTrie::PhraseTrie(std::shared_ptr<WordTable> words)
    : words_(words ? std::move(words) : std::make_shared<WordTable>()) {}

uint32_t PhraseTrie::child(uint32_t node, uint32_t word) const {
  if (node == 0) return word < root_children_.size() ? root_children_[word] : kNoNode;
  if (edges_table_.empty()) return kNoNode;
  const uint64_t key = edge_key(node, word);
  const size_t mask = edges_table_.size() - 1;
  for (size_t s = mix(key) & mask;; s = (s + 1) & mask) {
    const Edge& e = edges_table_[s];
    if (e.key == key) return e.child;
    if (e.key == kEmpty) return kNoNode;
  }
}

void PhraseTrie::grow_edges() {
  size_t cap = edges_table_.empty() ? 64 : edges_table_.size() * 2;
  std::vector<Edge, HugePageAllocator<Edge>> table(cap, Edge{kEmpty, 0});
  const size_t mask = cap - 1;
  for (const Edge& e : edges_table_) {
    if (e.key == kEmpty) continue;
    size_t s = mix(e.key) & mask;
    while (table[s].key != kEmpty) s = (s + 1) & mask;
    table[s] = e;
  }
  edges_table_ = std::move(table);
}

uint32_t PhraseTrie::add_child(uint32_t node, uint32_t word) {
  uint32_t c = child(node, word);
  if (c != kNoNode) return c;
  if (node == 0) {
    if (word >= root_children_.size()) root_children_.resize(word + 1, kNoNode);
    c = static_cast<uint32_t>(ids_.size());
    ids_.emplace_back();
    if (c / 64 >= terminal_.size()) terminal_.resize(c / 64 + 1, 0);
    root_children_[word] = c;
    return c;
  }
  if ((edges_ + 1) * 2 > edges_table_.size()) grow_edges();  // load factor <= 1/2
  const uint64_t key = edge_key(node, word);
  const size_t mask = edges_table_.size() - 1;
  size_t s = mix(key) & mask;
  while (edges_table_[s].key != kEmpty) s = (s + 1) & mask;
  c = static_cast<uint32_t>(ids_.size());
  ids_.emplace_back();
  if (c / 64 >= terminal_.size()) terminal_.resize(c / 64 + 1, 0);
  edges_table_[s] = Edge{key, c};
  ++edges_;
  return c;
}

void PhraseTrie::add(const std::vector<std::string>& words, uint32_t id) {
  if (words.empty()) return;
  uint32_t node = 0;
  for (const std::string& w : words) node = add_child(node, words_->intern(w));
  const uint32_t first = words_->find(words.front());
  if (first / 64 >= first_words_.size()) first_words_.resize(first / 64 + 1, 0);
  first_words_[first / 64] |= 1ull << (first % 64);
  terminal_[node / 64] |= 1ull << (node % 64);
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
    if (terminal(node)) best = {static_cast<uint32_t>(j - i + 1), &ids_[node]};
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
    if (terminal(node)) out.push_back({static_cast<uint32_t>(j - i + 1), &ids_[node]});
  }
  std::reverse(out.begin(), out.end());
  return out;
}

PhraseTrie::Match PhraseTrie::longest_at(const std::vector<uint32_t>& word_ids, size_t i) const {
  Match best;
  if (i >= word_ids.size() || !may_start(word_ids[i])) return best;
  uint32_t node = 0;
  for (size_t j = i; j < word_ids.size(); ++j) {
    if (word_ids[j] == WordTable::kUnknown) break;
    node = child(node, word_ids[j]);
    if (node == kNoNode) break;
    if (terminal(node)) best = {static_cast<uint32_t>(j - i + 1), &ids_[node]};
  }
  return best;
}

std::vector<PhraseTrie::Match> PhraseTrie::all_at(const std::vector<uint32_t>& word_ids,
                                                  size_t i) const {
  std::vector<Match> out;
  all_at(word_ids, i, out);
  return out;
}

void PhraseTrie::all_at(const std::vector<uint32_t>& word_ids, size_t i,
                        std::vector<Match>& out) const {
  out.clear();
  if (i >= word_ids.size() || !may_start(word_ids[i])) return;
  uint32_t node = 0;
  for (size_t j = i; j < word_ids.size(); ++j) {
    if (word_ids[j] == WordTable::kUnknown) break;
    node = child(node, word_ids[j]);
    if (node == kNoNode) break;
    if (terminal(node)) out.push_back({static_cast<uint32_t>(j - i + 1), &ids_[node]});
  }
  std::reverse(out.begin(), out.end());
}

}  // namespace dyad
