// The gazetteer's file: a magic line, then each table as (byte count, bytes). Loading
// checks every offset so that a damaged file is an error, never a crash.
#include <cstring>
#include <fstream>
#include <type_traits>

#include "geo/gazetteer_impl.h"

namespace dyad {

namespace {

constexpr char kMagic[16] = "DYAD-GAZETTEER3";

template <typename T, typename A>
void put_table(std::ostream& out, const std::vector<T, A>& v) {
  static_assert(std::is_trivially_copyable_v<T>);
  uint64_t bytes = v.size() * sizeof(T);
  out.write(reinterpret_cast<const char*>(&bytes), sizeof bytes);
  out.write(reinterpret_cast<const char*>(v.data()), static_cast<std::streamsize>(bytes));
}

class Reader {
 public:
  explicit Reader(std::string_view data) : data_(data) {}
  bool magic() {
    if (data_.size() < sizeof kMagic || std::memcmp(data_.data(), kMagic, sizeof kMagic) != 0)
      return false;
    pos_ = sizeof kMagic;
    return true;
  }
  template <typename T, typename A>
  bool table(std::vector<T, A>& v) {
    uint64_t bytes = 0;
    if (data_.size() - pos_ < sizeof bytes) return false;
    std::memcpy(&bytes, data_.data() + pos_, sizeof bytes);
    pos_ += sizeof bytes;
    if (bytes % sizeof(T) != 0 || bytes > data_.size() - pos_) return false;
    v.resize(bytes / sizeof(T));
    std::memcpy(static_cast<void*>(v.data()), data_.data() + pos_, bytes);
    pos_ += bytes;
    return true;
  }
  bool at_end() const { return pos_ == data_.size(); }

 private:
  std::string_view data_;
  size_t pos_ = 0;
};

bool in_range(uint64_t off, uint64_t len, uint64_t size) { return off <= size && len <= size - off; }

// Every index and offset points inside its table.
bool consistent(const Gazetteer::Impl& g) {
  size_t ns = g.strings.size();
  if (g.countries.empty() || g.admin1s.empty()) return false;
  for (const auto& c : g.countries)
    if (!in_range(c.code_off, c.code_len, ns) || !in_range(c.name_off, c.name_len, ns) ||
        (c.place != UINT32_MAX && c.place >= g.places.size()))
      return false;
  for (const auto& c : g.admin1s)
    if (!in_range(c.code_off, c.code_len, ns) || !in_range(c.name_off, c.name_len, ns) ||
        (c.place != UINT32_MAX && c.place >= g.places.size()))
      return false;
  for (const auto& p : g.places)
    if (!in_range(p.name_off, p.name_len, ns) || p.country >= g.countries.size() ||
        p.admin1 >= g.admin1s.size() ||
        !in_range(p.members_off, p.members_count, g.members.size()) ||
        p.kind > static_cast<uint8_t>(GeoPrecision::Region))
      return false;
  for (uint16_t m : g.members)
    if (m >= g.countries.size()) return false;
  if (g.slots.empty() || (g.slots.size() & (g.slots.size() - 1)) != 0) return false;
  size_t empty = 0;
  for (const auto& s : g.slots) {
    if (s.ntokens == 0) {
      ++empty;
      continue;
    }
    if (!in_range(s.key_off, s.key_len, ns) ||
        !in_range(s.post_off, s.count_flags & kSlotCountMask, g.postings.size()))
      return false;
  }
  if (empty == 0) return false;  // a probe must always end
  for (uint32_t p : g.postings)
    if (posting_place(p) >= g.places.size()) return false;
  return true;
}

}  // namespace

Result<bool> Gazetteer::save(const std::string& path) const {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Error{"cannot write " + path};
  out.write(kMagic, sizeof kMagic);
  put_table(out, impl_->places);
  std::vector<char> strings(impl_->strings.begin(), impl_->strings.end());
  put_table(out, strings);
  put_table(out, impl_->countries);
  put_table(out, impl_->admin1s);
  put_table(out, impl_->members);
  put_table(out, impl_->slots);
  put_table(out, impl_->postings);
  put_table(out, impl_->common_words);
  out.close();
  if (!out) return Error{"error while writing " + path};
  return true;
}

Result<std::shared_ptr<const Gazetteer>> Gazetteer::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return Error{"cannot open gazetteer " + path +
                 " (build it with `dyad geo build`, see data/geo/README.md)"};
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  in.seekg(0, std::ios::beg);
  if (size < 0) return Error{"cannot read gazetteer " + path};
  std::string data(static_cast<size_t>(size), '\0');
  if (!in.read(data.data(), size)) return Error{"cannot read gazetteer " + path};
  Reader r(data);
  if (!r.magic()) return Error{path + ": not a dyad gazetteer of this version; rebuild it"};
  auto impl = std::make_unique<Impl>();
  std::vector<char> strings;
  bool ok = r.table(impl->places) && r.table(strings) && r.table(impl->countries) &&
            r.table(impl->admin1s) && r.table(impl->members) && r.table(impl->slots) &&
            r.table(impl->postings) && r.table(impl->common_words) && r.at_end();
  if (!ok) return Error{path + ": truncated or damaged gazetteer; rebuild it"};
  impl->strings.assign(strings.begin(), strings.end());
  if (!consistent(*impl)) return Error{path + ": inconsistent gazetteer tables; rebuild it"};
  return std::shared_ptr<const Gazetteer>(std::make_shared<const Gazetteer>(std::move(impl)));
}

}  // namespace dyad
