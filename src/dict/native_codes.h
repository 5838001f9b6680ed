// Code fields of dyad's native dictionaries: actor codes with dated roles, agent codes and
// event codes. Private to src/dict.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "dyad/dictionary.h"

namespace dyad::dict {

// An actor's codes field, a ';'-list of CODE or CODE@FROM..TO (ISO dates YYYY-MM-DD, either
// end may be left open, both inclusive): "FRAGOV@2017-05-14..; FRAELI". Each dated code is a
// restricted ActorCode of its own, in the order written (the first that holds on a date
// wins); the undated codes together are one unrestricted ActorCode ("FRO; BIL" -> [FRO/BIL]).
// Codes are uppercased. False with `error` on an empty list, a malformed code or date, or an
// interval that ends before it starts. `origin` goes into each ActorCode.
bool parse_native_actor_codes(std::string_view field, const std::string& origin,
                              std::vector<ActorCode>& out, std::string& error);

// An agent code: "~MIL" (a suffix: FRA + ~MIL = FRAMIL) or "NGO~" (a prefix: NGOFRA).
bool parse_native_agent_code(std::string_view field, AgentEntry& out, std::string& error);

// An event code: "---" (none) or 2 to 4 digits ("087", "0874"). With `paired`, also two such
// codes joined by ':' ("032:033", the second for the reverse direction).
bool valid_event_code(std::string_view code, bool paired);

// A code segment: ASCII letters and digits only ("FRA", "IGOEUREEC"), uppercased into out.
bool actor_code_word(std::string_view code, std::string& out);

}  // namespace dyad::dict
