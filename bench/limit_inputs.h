// The hostile inputs of README "Limits", generated deterministically so the slow limit tests
// (tests/limits_test.cc) and the limits benchmark (bench/limits.cc) code exactly the same bytes:
//  - 20 MB of random bytes;
//  - one JSON Lines article whose text is 10 MB on one line (English words, no full stop);
//  - one article whose single sentence has 5,000 tokens;
//  - one article of 1 MB made of compound-actor sentences ("France and Mali and ... attacked
//    Niger and Chad and ..."), where every actor pair is an event: the worst case for events
//    per sentence;
//  - one article with a 512 KB word in the middle of English text;
//  - one compound sentence padded with 900 KB of blanks.
#pragma once
#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace dyad::limits {

struct LimitInput {
  std::string name;       // file name, also the article id
  std::string format;     // for --input-format
  std::string content;
};

inline std::string random_bytes(size_t n, uint32_t seed = 7) {
  std::mt19937 rng(seed);
  std::string s(n, '\0');
  for (char& c : s) c = static_cast<char>(rng() & 0xFF);
  return s;
}

// English-looking words, so the article passes the language check and reaches the coder;
// the actor and verb words make the coder do real work.
inline std::string english_words(size_t bytes, bool end_with_period, uint32_t seed = 11) {
  static const char* const kWords[] = {
      "the", "of", "and", "to", "in", "a", "said", "that", "on", "was", "for", "with", "France",
      "Mali", "troops", "will", "withdraw", "from", "government", "attacked", "rebels", "met",
      "officials", "Niger", "army", "talks", "is", "by", "it", "they", "not"};
  std::mt19937 rng(seed);
  std::string s;
  s.reserve(bytes + 16);
  while (s.size() < bytes) {
    if (!s.empty()) s += ' ';
    s += kWords[rng() % (sizeof kWords / sizeof kWords[0])];
  }
  s.resize(bytes);
  if (end_with_period) s += '.';
  return s;
}

inline std::string jsonl_record(const std::string& id, const std::string& text) {
  // The generated texts need no JSON escaping (ASCII letters, spaces, '.').
  return "{\"id\":\"" + id + "\",\"date\":\"2022-02-17\",\"text\":\"" + text + "\"}\n";
}

// `tokens` tokens in all: tokens - 1 words (one token each) and a full stop.
inline std::string long_sentence(size_t tokens) {
  std::string words = english_words(tokens * 12, false);
  size_t count = 0, i = 0;
  for (; i < words.size(); ++i)
    if (words[i] == ' ' && ++count == tokens - 1) break;
  return words.substr(0, i) + ".";
}

inline std::string compound_sentences(size_t bytes) {
  static const char* const kCountries[] = {"France", "Germany", "Italy", "Spain", "Mali",
                                           "Chad", "Niger", "Russia", "China", "Japan",
                                           "India", "Egypt", "Kenya", "Ghana", "Nigeria"};
  std::string list;
  for (const char* c : kCountries) list += (list.empty() ? "" : " and ") + std::string(c);
  const std::string sentence = "The officials said " + list + " attacked " + list +
                               " and met with " + list + " on Tuesday. ";
  std::string s;
  while (s.size() + sentence.size() <= bytes) s += sentence;
  return s;
}

// One compound sentence ("France and ... attacked Mali and ...") with 900 KB of blanks inside:
// every event copies its sentence, so without max_event_text_bytes this one article costs
// hundreds of megabytes.
inline std::string padded_compound_sentence() {
  static const char* const kCountries[] = {
      "France", "Germany", "Italy",  "Spain",  "Mali",    "Chad",   "Niger",  "Russia",
      "China",  "Japan",   "India",  "Egypt",  "Kenya",   "Ghana",  "Nigeria", "Israel",
      "Syria",  "Iran",    "Iraq",   "Cuba",   "Peru",    "Chile",  "Canada", "Mexico",
      "Poland", "Greece",  "Libya",  "Sudan",  "Jordan",  "Brazil"};
  std::string list;
  for (const char* c : kCountries) list += (list.empty() ? "" : " and ") + std::string(c);
  return "It is the one that they were in. " + list + " attacked" +
         std::string(900u << 10, ' ') + list + ".";
}

inline std::vector<LimitInput> limit_inputs() {
  std::vector<LimitInput> v;
  v.push_back({"random-20MB.bin", "auto", random_bytes(20u << 20)});
  v.push_back({"one-line-10MB.jsonl", "jsonl",
               jsonl_record("one-line-10MB", english_words(10u << 20, false))});
  v.push_back({"sentence-5000-tokens.jsonl", "jsonl",
               jsonl_record("sentence-5000-tokens", long_sentence(5000))});
  v.push_back({"compound-actors-1MB.jsonl", "jsonl",
               jsonl_record("compound-actors-1MB", compound_sentences(1u << 20))});
  v.push_back({"long-word-512KB.jsonl", "jsonl",
               jsonl_record("long-word-512KB", english_words(2000, true) + " The " +
                                                 std::string(512u << 10, 'x') + " " +
                                                 english_words(2000, true, 12))});
  v.push_back({"padded-compound-900KB.jsonl", "jsonl",
               jsonl_record("padded-compound-900KB", padded_compound_sentence())});
  return v;
}

}  // namespace dyad::limits
