// What a mention row of GET /api/events?level=mentions shows besides its columns: the sentence
// cut at the evidence spans ("segments") and the reasons behind the coding ("evidence"), both
// read from the stored event JSON (mentions.event_json, as `dyad code` writes it).
#pragma once
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace dyad::server {

struct Segment {
  std::string text;
  std::string role;  // "", "source", "target", "verb" or "date"
};

// Cuts `sentence`, which starts at byte `sentence_begin` of its article, at the event's
// evidence spans (byte offsets into the article). Overlaps go to the source, then the target,
// then the verb, then the date; cuts never split a UTF-8 character; spans outside the
// sentence are ignored. Concatenating the texts gives the sentence back.
std::vector<Segment> sentence_segments(const std::string& sentence, int64_t sentence_begin,
                                       const nlohmann::ordered_json& event);

// {"source_entries","target_entries","verb_entry","pattern","date_reason","place_reason"}.
nlohmann::ordered_json mention_evidence(const nlohmann::ordered_json& event,
                                        const std::string& sentence, int64_t sentence_begin);

}  // namespace dyad::server
