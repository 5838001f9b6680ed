#include "clickhouse/sql_text.h"

#include <charconv>
#include <cstdlib>
#include <vector>

namespace dyad::ch {

std::string sql_quote(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out += '\'';
  for (char c : text) {
    switch (c) {
      case '\'': out += "\\'"; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\0': out += "\\0"; break;
      default: out += c;
    }
  }
  out += '\'';
  return out;
}

void append_tsv(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\0': out += "\\0"; break;
      default: out += c;
    }
  }
}

std::string unescape_tsv(std::string_view field) {
  std::string out;
  out.reserve(field.size());
  for (size_t i = 0; i < field.size(); ++i) {
    char c = field[i];
    if (c != '\\' || i + 1 == field.size()) {
      out += c;
      continue;
    }
    char e = field[++i];
    switch (e) {
      case 't': out += '\t'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case '0': out += '\0'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      default: out += e;  // \\ \' and anything else stand for themselves
    }
  }
  return out;
}

namespace {

enum class Kind { Integer, Float, Text, Raw };

Kind kind_of(std::string_view type) {
  if (type.starts_with("Nullable(")) type = type.substr(9, type.size() - 10);
  // Arrays and tuples are written in their quoted form, without TabSeparated escaping.
  if (type.starts_with("Array(") || type.starts_with("Tuple(")) return Kind::Raw;
  if (type.starts_with("Int") || type.starts_with("UInt")) return Kind::Integer;
  if (type.starts_with("Float")) return Kind::Float;
  return Kind::Text;
}

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  for (size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == '\t') {
      fields.push_back(line.substr(start, i - start));
      start = i + 1;
    }
  }
  return fields;
}

Value to_value(std::string_view field, Kind kind) {
  if (field == "\\N") return std::monostate{};
  switch (kind) {
    case Kind::Integer: {
      // UInt64 above INT64_MAX does not occur in dyad's columns.
      int64_t v = 0;
      std::from_chars(field.data(), field.data() + field.size(), v);
      return v;
    }
    case Kind::Float: {
      if (field == "nan" || field == "-nan" || field == "inf" || field == "-inf")
        return std::monostate{};
      double v = 0;
      std::from_chars(field.data(), field.data() + field.size(), v);
      return v;
    }
    case Kind::Raw: return std::string(field);
    case Kind::Text: break;
  }
  if (field.find('\\') == std::string_view::npos) return std::string(field);
  return unescape_tsv(field);
}

}  // namespace

Result<Table> parse_tsv_table(std::string_view body) {
  Table t;
  std::vector<Kind> kinds;
  size_t pos = 0;
  int64_t line_no = 0;
  while (pos < body.size()) {
    size_t end = body.find('\n', pos);
    if (end == std::string_view::npos) end = body.size();
    std::string_view line = body.substr(pos, end - pos);
    pos = end + 1;
    if (line_no == 0) {
      for (auto f : split_tabs(line)) t.columns.push_back(unescape_tsv(f));
    } else if (line_no == 1) {
      auto fields = split_tabs(line);
      if (fields.size() != t.columns.size()) return Error{"ClickHouse answer: bad types line"};
      for (auto f : fields) kinds.push_back(kind_of(f));
    } else {
      std::vector<Value> row;
      row.reserve(kinds.size());
      size_t start = 0;
      for (size_t i = 0; i <= line.size(); ++i) {
        if (i < line.size() && line[i] != '\t') continue;
        if (row.size() == kinds.size()) {
          row.emplace_back();  // one too many: reported below
          break;
        }
        row.push_back(to_value(line.substr(start, i - start), kinds[row.size()]));
        start = i + 1;
      }
      if (row.size() != kinds.size())
        return Error{"ClickHouse answer: row " + std::to_string(line_no - 1) + " has " +
                     (row.size() > kinds.size() ? "more" : "fewer") + " fields than the " +
                     std::to_string(kinds.size()) + " columns"};
      t.rows.push_back(std::move(row));
    }
    ++line_no;
  }
  if (line_no < 2) return Error{"ClickHouse answer: missing the names and types lines"};
  return t;
}

Result<std::vector<std::string>> parse_string_array(std::string_view raw) {
  std::vector<std::string> out;
  size_t i = 0;
  auto bad = [&] { return Error{"ClickHouse answer: bad array " + std::string(raw.substr(0, 80))}; };
  if (raw.size() < 2 || raw[0] != '[' || raw.back() != ']') return bad();
  i = 1;
  if (raw[i] == ']') return out;
  for (;;) {
    if (i >= raw.size() || raw[i] != '\'') return bad();
    std::string item;
    ++i;
    for (;;) {
      if (i >= raw.size()) return bad();
      char c = raw[i++];
      if (c == '\'') break;
      if (c != '\\') {
        item += c;
        continue;
      }
      if (i >= raw.size()) return bad();
      char e = raw[i++];
      switch (e) {
        case 't': item += '\t'; break;
        case 'n': item += '\n'; break;
        case 'r': item += '\r'; break;
        case '0': item += '\0'; break;
        case 'b': item += '\b'; break;
        case 'f': item += '\f'; break;
        default: item += e;
      }
    }
    out.push_back(std::move(item));
    if (i >= raw.size()) return bad();
    if (raw[i] == ']') return out;
    if (raw[i] != ',') return bad();
    ++i;
  }
}

}  // namespace dyad::ch
