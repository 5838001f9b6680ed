#pragma once
#include <string>

#include "dyad/event.h"

namespace dyad {

// 64-bit FNV-1a as 16 hex digits.
std::string fnv1a_hex(const std::string& bytes);
// Stable event id from the article id, sentence index, spans and code.
std::string event_id(const Event& e);

}  // namespace dyad
