// The line and field syntax of dyad's native dictionary format (docs/dictionary-format.md):
// one record per line, fields separated by TABs, '#' comments, ';' lists. Private to src/dict.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace dyad::dict {

// Lines longer than this are refused (a sign of a binary or corrupt file, not a dictionary).
inline constexpr size_t kMaxNativeLineBytes = 64 * 1024;

struct NativeLine {
  std::string_view text;  // the line without its end ('\n', "\r\n"); valid as long as the text
  int number = 0;         // 1-based
};

// Splits text into lines; a UTF-8 byte-order mark at the start is skipped.
class NativeLines {
 public:
  explicit NativeLines(std::string_view text);
  bool next(NativeLine& out);  // false at the end

 private:
  std::string_view text_;
  size_t pos_ = 0;
  int number_ = 0;
};

// The fields of one line: the comment ('#' to the end) cut off, split at TABs (a run of
// TABs counts as one separator, so columns may be aligned), each field trimmed of spaces.
// Empty for a blank or comment-only line.
std::vector<std::string_view> native_fields(std::string_view line);

// Why a line cannot be read at all (too long, not UTF-8, control characters), or "".
std::string unreadable_line(std::string_view line);

// The items of a ';'-list, trimmed; empty items ("a; ; b", a trailing ';') are dropped.
// A ';' inside "{...}" does not split ("man{men; menfolk}").
std::vector<std::string_view> split_list(std::string_view field);

}  // namespace dyad::dict
