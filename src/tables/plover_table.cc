#include <array>

#include "dyad/file_text.h"
#include "dyad/paths.h"
#include "dyad/plover.h"

namespace dyad {

namespace {

constexpr std::array<std::string_view, 16> kEventTypes = {
    "AGREE",   "CONSULT", "SUPPORT", "CONCEDE",  "COOPERATE", "AID",     "RETREAT", "REQUEST",
    "ACCUSE",  "REJECT",  "THREATEN", "PROTEST", "SANCTION",  "MOBILIZE", "COERCE", "ASSAULT"};

constexpr std::string_view kHeader = "code\tevent\tmode\tcontext";

// A CAMEO event code: two to four ASCII digits whose first two (the root) are 01..20.
bool is_cameo_code(std::string_view code) {
  if (code.size() < 2 || code.size() > 4) return false;
  for (char c : code)
    if (c < '0' || c > '9') return false;
  int root = (code[0] - '0') * 10 + (code[1] - '0');
  return root >= 1 && root <= 20;
}

// Modes and contexts are PLOVER's lower-case identifiers: "heavy-weapons", "rights_freedoms".
bool is_plover_word(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

// Splits one line into exactly `n` tab-separated fields; false when the count differs.
bool split_tabs(std::string_view line, size_t n, std::vector<std::string_view>& out) {
  out.clear();
  size_t pos = 0;
  while (true) {
    size_t tab = line.find('\t', pos);
    out.push_back(line.substr(pos, tab == std::string_view::npos ? tab : tab - pos));
    if (tab == std::string_view::npos) break;
    pos = tab + 1;
  }
  return out.size() == n;
}

}  // namespace

bool PloverTable::is_event_type(std::string_view event) {
  for (std::string_view t : kEventTypes)
    if (t == event) return true;
  return false;
}

Result<PloverTable> PloverTable::parse(std::string_view tsv, const std::string& name) {
  PloverTable table;
  bool header_seen = false;
  int line_no = 0;
  size_t pos = 0;
  std::vector<std::string_view> f;
  while (pos < tsv.size()) {
    size_t end = tsv.find('\n', pos);
    if (end == std::string_view::npos) end = tsv.size();
    std::string_view line = tsv.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);  // tolerate CRLF files
    if (line.empty() || line.front() == '#') continue;
    const std::string where = name + ":" + std::to_string(line_no) + ": ";
    if (!header_seen) {
      if (line != kHeader) return Error{where + "expected the header \"code\\tevent\\tmode\\tcontext\""};
      header_seen = true;
      continue;
    }
    if (!split_tabs(line, 4, f))
      return Error{where + "expected four tab-separated columns (code, event, mode, context), got " +
                   std::to_string(f.size())};
    std::string code(f[0]);
    if (!is_cameo_code(code)) return Error{where + "\"" + code + "\" is not a CAMEO code"};
    PloverInfo info;
    info.event = std::string(f[1]);
    if (!is_event_type(info.event))
      return Error{where + "\"" + info.event + "\" is not a PLOVER event type"};
    if (!f[2].empty() && !is_plover_word(f[2]))
      return Error{where + "bad mode \"" + std::string(f[2]) + "\""};
    info.mode = std::string(f[2]);
    std::string_view ctx = f[3];
    while (!ctx.empty()) {
      size_t semi = ctx.find(';');
      std::string_view item = ctx.substr(0, semi);
      if (!is_plover_word(item))
        return Error{where + "bad context \"" + std::string(f[3]) + "\" (want words joined by ';')"};
      info.context.emplace_back(item);
      if (semi == std::string_view::npos) break;
      ctx.remove_prefix(semi + 1);
      if (ctx.empty())
        return Error{where + "bad context \"" + std::string(f[3]) + "\" (trailing ';')"};
    }
    auto [it, added] = table.rows_.try_emplace(code, std::move(info));
    if (!added) return Error{where + "duplicate code " + it->first};
  }
  if (!header_seen) return Error{name + ": empty table (no header line)"};
  return table;
}

Result<PloverTable> PloverTable::load(const std::string& dir) {
  std::string path = (dir.empty() ? data_path("tables") : dir) + "/cameo_plover.tsv";
  auto text = read_file_text(path);
  if (!text) return Error{text.error()};
  return parse(*text, path);
}

const PloverInfo* PloverTable::find_exact(std::string_view code) const {
  auto it = rows_.find(std::string(code));
  return it == rows_.end() ? nullptr : &it->second;
}

const PloverInfo* PloverTable::find(std::string_view code) const {
  if (!is_cameo_code(code)) return nullptr;
  // The code itself, then its three-digit parent, then its root.
  for (size_t len = code.size(); len >= 2; --len)
    if (const PloverInfo* info = find_exact(code.substr(0, len))) return info;
  return nullptr;
}

}  // namespace dyad
