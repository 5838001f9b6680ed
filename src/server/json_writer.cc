#include "server/json_writer.h"

#include <charconv>
#include <cmath>

#include "dyad/io.h"

namespace dyad::server {

void append_json_string(std::string& out, std::string_view s) {
  // Plain ASCII without quotes, backslashes or controls (nearly every code, date and name) is
  // copied as is; anything else goes through the full escaper with its UTF-8 repair.
  bool plain = true;
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u >= 0x80 || c == '"' || c == '\\') {
      plain = false;
      break;
    }
  }
  out += '"';
  if (plain)
    out.append(s);
  else
    out += json_escape(std::string(s));
  out += '"';
}

void append_json_value(std::string& out, const Value& v) {
  char buf[32];
  switch (v.index()) {
    case 1: {
      auto r = std::to_chars(buf, buf + sizeof buf, std::get<int64_t>(v));
      out.append(buf, r.ptr);
      return;
    }
    case 2: {
      double d = std::get<double>(v);
      if (!std::isfinite(d)) {
        out += "null";
        return;
      }
      auto r = std::to_chars(buf, buf + sizeof buf, d);
      out.append(buf, r.ptr);
      return;
    }
    case 3:
      append_json_string(out, std::get<std::string>(v));
      return;
    default:
      out += "null";
  }
}

void append_table_rows(std::string& out, const Table& t, const ExtraMembers& extra) {
  // The keys are the same on every row: escaped once.
  std::vector<std::string> keys;
  keys.reserve(t.columns.size());
  for (const auto& c : t.columns) {
    std::string k;
    append_json_string(k, c);
    k += ':';
    keys.push_back(std::move(k));
  }
  out += '[';
  for (size_t r = 0; r < t.rows.size(); ++r) {
    if (r) out += ',';
    out += '{';
    const auto& row = t.rows[r];
    for (size_t c = 0; c < keys.size() && c < row.size(); ++c) {
      if (c) out += ',';
      out += keys[c];
      append_json_value(out, row[c]);
      if (extra) extra(out, t.columns[c], row[c]);
    }
    out += '}';
  }
  out += ']';
}

}  // namespace dyad::server
