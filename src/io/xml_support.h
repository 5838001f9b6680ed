// Helpers shared by the PETRARCH XML readers (articles and validation files).
#pragma once
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::io_detail {

// Maps byte offsets in a document to 1-based line numbers.
class LineIndex {
 public:
  explicit LineIndex(std::string_view doc);
  int line_of(ptrdiff_t offset) const;

 private:
  std::vector<size_t> starts_;  // offset at which each line starts
};

// All text (PCDATA and CDATA) inside `node`, whitespace-normalised. Comments are left out.
std::string normalised_text(const pugi::xml_node& node);

// Trimmed text content of the named child ("" when absent).
std::string child_text(const pugi::xml_node& node, const char* name);

// "description at byte N (line L)" for a failed parse.
std::string describe_parse_error(const pugi::xml_parse_result& result, const LineIndex& lines);

}  // namespace dyad::io_detail
