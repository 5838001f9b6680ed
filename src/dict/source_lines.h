// Dictionary text as a sequence of meaningful lines: comments and blank lines removed.
#pragma once
#include <string>
#include <string_view>

namespace dyad::dict {

struct SourceLine {
  std::string_view text;  // trimmed, comment-free, never empty; valid until the next call
  int number = 0;         // 1-based line number in the source
};

// Comments, as the TABARI / PETRARCH files use them:
//  - '#' to the end of the line, except inside "[...]" (codes such as "[###]"); also ';',
//    TABARI's old comment mark ("SCRAP {SCRAPS SCRAPPED};shan 8/30/93");
//  - "<!-- ... -->", also in the middle of a line or spanning lines (the closing "-->" is
//    found even on a line starting with '#');
//  - a line starting with "<!" ("<! -- note -->" and the like) is skipped whole.
// A UTF-8 byte-order mark at the start and '\r' line ends are ignored.
class LineReader {
 public:
  explicit LineReader(std::string_view text);
  bool next(SourceLine& out);  // false at the end of the text

 private:
  std::string_view text_;
  size_t pos_ = 0;
  int number_ = 0;
  bool in_comment_ = false;  // inside "<!-- ..." awaiting "-->"
  std::string buf_;
};

}  // namespace dyad::dict
