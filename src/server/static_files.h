// The dashboard's files: request path -> file under the static folder, refusing every way out
// of it ("..", encoded dots, absolute paths, symbolic links that lead outside).
#pragma once
#include <string>

namespace dyad::server {

enum class StaticStatus { Found, NotFound, Refused };

struct StaticFile {
  StaticStatus status = StaticStatus::NotFound;
  std::string path;  // the file, when found
};

// `request_path` is the decoded URL path ("/assets/index-1a2b.js"). A folder gives its
// index.html. Refused: no leading '/', a "." or ".." segment, a backslash, '%' (a second
// round of decoding must not reveal dots), control characters, or a file whose real path is
// outside `root`.
StaticFile resolve_static(const std::string& root, const std::string& request_path);

// The Content-Type for a file name, by extension ("text/html; charset=utf-8" ...);
// "application/octet-stream" for unknown ones.
const char* content_type_for(const std::string& path);

// The page GET / shows when the dashboard is not built.
std::string dashboard_missing_page(const std::string& static_dir);

}  // namespace dyad::server
