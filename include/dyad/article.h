// One news article as it enters the pipeline.
#pragma once
#include <string>

namespace dyad {

struct Article {
  std::string id;      // caller's identifier (required)
  std::string date;    // YYYY-MM-DD (required for coding: dated actor roles)
  std::string source;  // outlet, optional
  std::string url;     // optional
  std::string title;   // optional
  std::string text;    // UTF-8 body
  // Where the record came from, for error messages: "file.jsonl:12".
  std::string origin;
};

// Parses "YYYY-MM-DD", "YYYYMMDD" or "YYMMDD" into an integer yyyymmdd; 0 when invalid.
int parse_date(const std::string& s);
// Formats yyyymmdd as YYYY-MM-DD.
std::string format_date(int yyyymmdd);

}  // namespace dyad
