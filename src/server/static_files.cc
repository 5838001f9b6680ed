#include "server/static_files.h"

#include <filesystem>
#include <string_view>

namespace dyad::server {

namespace fs = std::filesystem;

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// True when `inner` is `outer` or lies inside it (both canonical).
bool inside(const fs::path& outer, const fs::path& inner) {
  auto o = outer.begin(), i = inner.begin();
  for (; o != outer.end(); ++o, ++i)
    if (i == inner.end() || *o != *i) return false;
  return true;
}

std::string html_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '&':
        out += "&amp;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace

StaticFile resolve_static(const std::string& root, const std::string& request_path) {
  StaticFile out;
  if (request_path.empty() || request_path[0] != '/') {
    out.status = StaticStatus::Refused;
    return out;
  }
  for (char c : request_path) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f || c == '\\' || c == '%') {
      out.status = StaticStatus::Refused;
      return out;
    }
  }
  // Built segment by segment: joining an absolute piece ("//etc") would replace the root.
  fs::path file = fs::path(root);
  size_t pos = 1;
  while (pos <= request_path.size()) {
    size_t slash = request_path.find('/', pos);
    if (slash == std::string::npos) slash = request_path.size();
    std::string_view seg(request_path.data() + pos, slash - pos);
    pos = slash + 1;
    if (seg.empty()) continue;
    if (seg == "." || seg == "..") {
      out.status = StaticStatus::Refused;
      return out;
    }
    file /= std::string(seg);
  }
  std::error_code ec;
  if (fs::is_directory(file, ec)) file /= "index.html";
  if (!fs::is_regular_file(file, ec)) return out;  // NotFound
  fs::path real_root = fs::canonical(root, ec);
  if (ec) return out;
  fs::path real_file = fs::canonical(file, ec);
  if (ec) return out;
  if (!inside(real_root, real_file)) {
    out.status = StaticStatus::Refused;
    return out;
  }
  out.status = StaticStatus::Found;
  out.path = real_file.string();
  return out;
}

const char* content_type_for(const std::string& path) {
  static const std::pair<const char*, const char*> kTypes[] = {
      {".html", "text/html; charset=utf-8"},
      {".htm", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".map", "application/json"},
      {".webmanifest", "application/manifest+json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},
      {".webp", "image/webp"},
      {".ico", "image/x-icon"},
      {".woff", "font/woff"},
      {".woff2", "font/woff2"},
      {".ttf", "font/ttf"},
      {".otf", "font/otf"},
      {".wasm", "application/wasm"},
      {".txt", "text/plain; charset=utf-8"},
      {".csv", "text/csv; charset=utf-8"},
      {".xml", "application/xml"},
      {".pbf", "application/x-protobuf"},
      {".geojson", "application/geo+json"},
  };
  std::string lower;
  lower.reserve(path.size());
  for (char c : path) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  for (const auto& [ext, type] : kTypes)
    if (ends_with(lower, ext)) return type;
  return "application/octet-stream";
}

std::string dashboard_missing_page(const std::string& static_dir) {
  return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
         "<title>dyad</title></head>\n<body style=\"font-family:sans-serif;max-width:40em;"
         "margin:3em auto\">\n<h1>dyad</h1>\n<p>The dashboard is not built: there is no "
         "<code>index.html</code> in <code>" +
         html_escape(static_dir) +
         "</code>.</p>\n<p>Build it with <code>cd web &amp;&amp; npm ci &amp;&amp; npm run "
         "build</code> (or point <code>dyad serve --static DIR</code> at a built copy).</p>\n"
         "<p>The API works without it: <a href=\"/api/health\">/api/health</a>, "
         "<a href=\"/api/openapi.json\">/api/openapi.json</a>, "
         "<a href=\"/api/events\">/api/events</a>.</p>\n</body></html>\n";
}

}  // namespace dyad::server
