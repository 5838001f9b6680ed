#include "code/event_id.h"

#include <cstdint>
#include <cstdio>

namespace dyad {

std::string fnv1a_hex(const std::string& bytes) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

std::string event_id(const Event& e) {
  const Evidence& ev = e.evidence;
  std::string key = e.article + '\x1f' + std::to_string(e.sentence) + '\x1f' + e.source + '\x1f' +
                    e.target + '\x1f' + e.code + '\x1f' + std::to_string(ev.source.begin) + ',' +
                    std::to_string(ev.target.begin) + ',' + std::to_string(ev.verb.begin);
  return fnv1a_hex(key);
}

}  // namespace dyad
