#include "io/xml_support.h"

#include <algorithm>

#include "io/utf8.h"

namespace dyad::io_detail {

LineIndex::LineIndex(std::string_view doc) {
  starts_.push_back(0);
  for (size_t i = 0; i < doc.size(); ++i)
    if (doc[i] == '\n') starts_.push_back(i + 1);
}

int LineIndex::line_of(ptrdiff_t offset) const {
  if (offset < 0) return 0;
  auto it = std::upper_bound(starts_.begin(), starts_.end(), static_cast<size_t>(offset));
  return static_cast<int>(it - starts_.begin());
}

namespace {

void collect_text(const pugi::xml_node& node, std::string& out) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      out += child.value();
      out += ' ';
    } else if (child.type() == pugi::node_element) {
      collect_text(child, out);
    }
  }
}

}  // namespace

std::string normalised_text(const pugi::xml_node& node) {
  std::string raw;
  collect_text(node, raw);
  return normalise_whitespace(raw);
}

std::string child_text(const pugi::xml_node& node, const char* name) {
  pugi::xml_node child = node.child(name);
  return child ? normalised_text(child) : std::string();
}

std::string describe_parse_error(const pugi::xml_parse_result& result, const LineIndex& lines) {
  return std::string("malformed XML: ") + result.description() + " at byte " +
         std::to_string(result.offset) + " (line " + std::to_string(lines.line_of(result.offset)) +
         ")";
}

}  // namespace dyad::io_detail
