#include <charconv>
#include <vector>

#include "dyad/file_text.h"
#include "dyad/cameo.h"
#include "dyad/paths.h"

namespace dyad {

namespace {

// One data line of a two-column TSV file, with its line number for error messages.
struct Row {
  std::string_view key;
  std::string_view value;
  int line = 0;
};

// Splits a table into rows, skipping comments and blank lines and checking the header.
// Returns an error message ("name:line: ...") or "" when every line was well formed.
std::string split_rows(std::string_view text, const std::string& name,
                       std::string_view header_value, std::vector<Row>& rows) {
  bool header_seen = false;
  int line_no = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);  // tolerate CRLF files
    if (line.empty() || line.front() == '#') continue;
    auto where = [&] { return name + ":" + std::to_string(line_no) + ": "; };
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos || line.find('\t', tab + 1) != std::string_view::npos)
      return where() + "expected two tab-separated columns, got \"" + std::string(line) + "\"";
    Row row{line.substr(0, tab), line.substr(tab + 1), line_no};
    if (!header_seen) {
      if (row.key != "code" || row.value != header_value)
        return where() + "expected the header \"code\\t" + std::string(header_value) + "\"";
      header_seen = true;
      continue;
    }
    rows.push_back(row);
  }
  if (!header_seen) return name + ": empty table (no header line)";
  return "";
}

// A CAMEO event code: two to four ASCII digits whose first two (the root) are 01..20.
bool is_cameo_code(std::string_view code) {
  if (code.size() < 2 || code.size() > 4) return false;
  for (char c : code)
    if (c < '0' || c > '9') return false;
  int root = (code[0] - '0') * 10 + (code[1] - '0');
  return root >= 1 && root <= 20;
}

}  // namespace

Result<CameoTable> CameoTable::parse(std::string_view codes_tsv, std::string_view goldstein_tsv,
                                     const std::string& codes_name,
                                     const std::string& goldstein_name) {
  CameoTable table;
  std::vector<Row> rows;
  if (std::string e = split_rows(codes_tsv, codes_name, "label", rows); !e.empty())
    return Error{e};
  for (const Row& r : rows) {
    std::string where = codes_name + ":" + std::to_string(r.line) + ": ";
    if (!is_cameo_code(r.key))
      return Error{where + "\"" + std::string(r.key) + "\" is not a CAMEO code"};
    if (r.value.empty()) return Error{where + "empty label for " + std::string(r.key)};
    auto [it, added] =
        table.codes_.try_emplace(std::string(r.key), CameoInfo{std::string(r.value), {}});
    if (!added) return Error{where + "duplicate code " + it->first};
  }
  // A code's root must itself be listed, so that root() and quad() stay consistent.
  for (const auto& [code, info] : table.codes_)
    if (!table.codes_.count(code.substr(0, 2)))
      return Error{codes_name + ": code " + code + " has no root entry " + code.substr(0, 2)};

  rows.clear();
  if (std::string e = split_rows(goldstein_tsv, goldstein_name, "score", rows); !e.empty())
    return Error{e};
  for (const Row& r : rows) {
    std::string where = goldstein_name + ":" + std::to_string(r.line) + ": ";
    auto it = table.codes_.find(std::string(r.key));
    if (it == table.codes_.end())
      return Error{where + "\"" + std::string(r.key) + "\" is not in " + codes_name};
    if (it->second.goldstein) return Error{where + "duplicate score for " + it->first};
    double score = 0;
    const char* first = r.value.data();
    const char* last = first + r.value.size();
    auto [ptr, ec] = std::from_chars(first, last, score);
    if (ec != std::errc() || ptr != last || score < -10.0 || score > 10.0)
      return Error{where + "score \"" + std::string(r.value) + "\" is not a number in -10..10"};
    it->second.goldstein = score;
  }
  return table;
}

Result<CameoTable> CameoTable::load(const std::string& dir) {
  std::string base = dir.empty() ? data_path("tables") : dir;
  std::string codes_path = base + "/cameo_codes.tsv";
  std::string goldstein_path = base + "/goldstein.tsv";
  auto codes = read_file_text(codes_path);
  if (!codes) return Error{codes.error()};
  auto goldstein = read_file_text(goldstein_path);
  if (!goldstein) return Error{goldstein.error()};
  return parse(*codes, *goldstein, codes_path, goldstein_path);
}

const CameoInfo* CameoTable::find(const std::string& code) const {
  auto it = codes_.find(code);
  return it == codes_.end() ? nullptr : &it->second;
}

std::string CameoTable::root(const std::string& code) const {
  if (!find(code)) return "";
  return code.substr(0, 2);
}

std::optional<int> CameoTable::quad(const std::string& code) const {
  if (!find(code)) return std::nullopt;
  int root = (code[0] - '0') * 10 + (code[1] - '0');
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}

}  // namespace dyad
