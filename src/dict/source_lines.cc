#include "dict/source_lines.h"

#include "dict/parse_util.h"

namespace dyad::dict {

LineReader::LineReader(std::string_view text) : text_(text) {
  if (starts_with(text_, "\xEF\xBB\xBF")) pos_ = 3;
}

bool LineReader::next(SourceLine& out) {
  while (pos_ < text_.size()) {
    size_t end = text_.find('\n', pos_);
    if (end == std::string_view::npos) end = text_.size();
    std::string_view raw = text_.substr(pos_, end - pos_);
    pos_ = end + 1;
    ++number_;

    buf_.clear();
    int depth = 0;  // inside "[...]", where '#' is part of a code
    size_t i = 0;
    while (i < raw.size()) {
      if (in_comment_) {
        size_t close = raw.find("-->", i);
        if (close == std::string_view::npos) break;
        in_comment_ = false;
        i = close + 3;
        continue;
      }
      char c = raw[i];
      if ((c == '#' || c == ';') && depth == 0) break;
      if (c == '<' && raw.substr(i, 4) == "<!--") {
        in_comment_ = true;
        i += 4;
        continue;
      }
      if (c == '[') ++depth;
      if (c == ']' && depth > 0) --depth;
      buf_.push_back(c);
      ++i;
    }
    std::string_view line = trim(buf_);
    if (line.empty() || starts_with(line, "<!")) continue;
    out.text = line;
    out.number = number_;
    return true;
  }
  return false;
}

}  // namespace dyad::dict
