// Writing a result Table as aligned text, CSV (RFC 4180) or JSON.
#include <charconv>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "dyad/io.h"
#include "dyad/query.h"

namespace dyad {

namespace {

// Code points, not bytes: the width a terminal gives a UTF-8 cell (East Asian wide
// characters aside).
size_t display_width(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

// Cuts a cell to `max` code points for the text table (CSV and JSON keep everything).
std::string clip(const std::string& s, size_t max) {
  if (display_width(s) <= max) return s;
  size_t n = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (n == max - 3) break;
      ++n;
    }
  }
  return s.substr(0, i) + "...";
}

// Readable numbers for people: at most four decimals, trailing zeros dropped.
std::string text_number(double v) {
  if (!std::isfinite(v)) return "";
  char buf[64];
  std::snprintf(buf, sizeof buf, std::fabs(v) < 1e15 ? "%.4f" : "%.6g", v);
  std::string s = buf;
  if (s.find('.') != std::string::npos && s.find('e') == std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  return s == "-0" ? "0" : s;
}

std::string text_cell(const Value& v) {
  if (auto* d = std::get_if<double>(&v)) return text_number(*d);
  std::string s = value_text(v);
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return clip(s, 80);
}

bool is_number(const Value& v) {
  return std::holds_alternative<int64_t>(v) || std::holds_alternative<double>(v);
}

void put_csv_field(std::ostream& out, const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) {
    out << s;
    return;
  }
  out << '"';
  for (char c : s) {
    if (c == '"') out << '"';
    out << c;
  }
  out << '"';
}

}  // namespace

std::string value_text(const Value& v) {
  if (auto* n = std::get_if<int64_t>(&v)) return std::to_string(*n);
  if (auto* d = std::get_if<double>(&v)) {
    if (!std::isfinite(*d)) return "";
    char buf[32];
    auto r = std::to_chars(buf, buf + sizeof buf, *d);
    return std::string(buf, r.ptr);
  }
  if (auto* s = std::get_if<std::string>(&v)) return *s;
  return "";
}

void write_table_text(std::ostream& out, const Table& t) {
  size_t n = t.columns.size();
  std::vector<std::vector<std::string>> cells;
  cells.reserve(t.rows.size());
  std::vector<size_t> width(n);
  std::vector<bool> numeric(n, true);
  for (size_t c = 0; c < n; ++c) width[c] = display_width(t.columns[c]);
  for (const auto& row : t.rows) {
    std::vector<std::string> line(n);
    for (size_t c = 0; c < n && c < row.size(); ++c) {
      line[c] = text_cell(row[c]);
      width[c] = std::max(width[c], display_width(line[c]));
      if (!is_number(row[c]) && !std::holds_alternative<std::monostate>(row[c]))
        numeric[c] = false;
    }
    cells.push_back(std::move(line));
  }
  auto put_row = [&](const std::vector<std::string>& line) {
    std::string s;
    for (size_t c = 0; c < n; ++c) {
      std::string pad(width[c] - display_width(line[c]), ' ');
      if (c) s += "  ";
      s += numeric[c] ? pad + line[c] : line[c] + (c + 1 < n ? pad : "");
    }
    while (!s.empty() && s.back() == ' ') s.pop_back();
    out << s << '\n';
  };
  put_row(t.columns);
  std::vector<std::string> rule(n);
  for (size_t c = 0; c < n; ++c) rule[c] = std::string(width[c], '-');
  put_row(rule);
  for (const auto& line : cells) put_row(line);
  if (t.total >= 0 && t.total != static_cast<int64_t>(t.rows.size()))
    out << "(" << t.rows.size() << " of " << t.total << " rows)\n";
  else
    out << "(" << t.rows.size() << (t.rows.size() == 1 ? " row)\n" : " rows)\n");
}

void write_csv_row(std::ostream& out, const std::vector<Value>& row) {
  for (size_t c = 0; c < row.size(); ++c) {
    if (c) out << ',';
    put_csv_field(out, value_text(row[c]));
  }
  out << "\r\n";
}

void write_table_csv(std::ostream& out, const Table& t) {
  std::vector<Value> header(t.columns.begin(), t.columns.end());
  write_csv_row(out, header);
  for (const auto& row : t.rows) write_csv_row(out, row);
}

void write_table_json(std::ostream& out, const Table& t) {
  out << '[';
  for (size_t r = 0; r < t.rows.size(); ++r) {
    out << (r ? ",\n " : "\n ") << '{';
    const auto& row = t.rows[r];
    for (size_t c = 0; c < t.columns.size(); ++c) {
      if (c) out << ',';
      out << '"' << json_escape(t.columns[c]) << "\":";
      const Value& v = c < row.size() ? row[c] : Value{};
      if (auto* s = std::get_if<std::string>(&v))
        out << '"' << json_escape(*s) << '"';
      else if (std::holds_alternative<std::monostate>(v))
        out << "null";
      else if (auto* d = std::get_if<double>(&v); d && !std::isfinite(*d))
        out << "null";
      else
        out << value_text(v);
    }
    out << '}';
  }
  out << (t.rows.empty() ? "]\n" : "\n]\n");
}

}  // namespace dyad
