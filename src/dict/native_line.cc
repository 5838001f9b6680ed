#include "dict/native_line.h"

#include "dict/parse_util.h"
#include "dyad/text.h"

namespace dyad::dict {

NativeLines::NativeLines(std::string_view text) : text_(text) {
  if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
}

bool NativeLines::next(NativeLine& out) {
  if (pos_ >= text_.size()) return false;
  size_t nl = text_.find('\n', pos_);
  if (nl == std::string_view::npos) nl = text_.size();
  std::string_view line = text_.substr(pos_, nl - pos_);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  pos_ = nl + 1;
  out.text = line;
  out.number = ++number_;
  return true;
}

std::vector<std::string_view> native_fields(std::string_view line) {
  size_t hash = line.find('#');
  if (hash != std::string_view::npos) line = line.substr(0, hash);
  std::vector<std::string_view> fields;
  size_t i = 0;
  while (i <= line.size()) {
    size_t tab = line.find('\t', i);
    if (tab == std::string_view::npos) tab = line.size();
    std::string_view f = trim(line.substr(i, tab - i));
    if (!f.empty()) fields.push_back(f);
    i = tab + 1;
  }
  return fields;
}

std::string unreadable_line(std::string_view line) {
  if (line.size() > kMaxNativeLineBytes)
    return "line longer than " + std::to_string(kMaxNativeLineBytes) + " bytes";
  for (char ch : line) {
    auto c = static_cast<unsigned char>(ch);
    if ((c < 0x20 && c != '\t') || c == 0x7F) return "control character in the line";
  }
  if (!valid_utf8(line)) return "line is not valid UTF-8";
  return "";
}

std::vector<std::string_view> split_list(std::string_view field) {
  std::vector<std::string_view> items;
  int depth = 0;
  size_t b = 0;
  for (size_t i = 0; i <= field.size(); ++i) {
    if (i < field.size()) {
      char c = field[i];
      if (c == '{') ++depth;
      if (c == '}' && depth > 0) --depth;
      if (c != ';' || depth > 0) continue;
    }
    std::string_view item = trim(field.substr(b, i - b));
    if (!item.empty()) items.push_back(item);
    b = i + 1;
  }
  return items;
}

}  // namespace dyad::dict
