// GET and HEAD of every non-API path: the dashboard's files.
#include <fstream>
#include <sstream>

#include "server/api_state.h"
#include "server/static_files.h"

namespace dyad::server {

void handle_static(ApiState& st, const httplib::Request& req, httplib::Response& res) {
  const std::string& dir = st.opts.static_dir;
  StaticFile f = resolve_static(dir, req.path);
  if (f.status == StaticStatus::Refused) return send_error(res, 400, "path not allowed");
  if (f.status == StaticStatus::NotFound) {
    if (req.path == "/" || req.path == "/index.html") {
      res.status = 200;
      res.set_header("Cache-Control", "no-cache");
      res.set_content(dashboard_missing_page(dir), "text/html; charset=utf-8");
      return;
    }
    return send_error(res, 404, "not found: " + req.path.substr(0, 200));
  }
  std::ifstream in(f.path, std::ios::binary);
  std::ostringstream data;
  data << in.rdbuf();
  if (!in) return send_error(res, 500, "cannot read " + req.path.substr(0, 200));
  // Vite names the files under assets/ by content hash: they never change.
  if (req.path.rfind("/assets/", 0) == 0)
    res.set_header("Cache-Control", "public, max-age=31536000, immutable");
  else
    res.set_header("Cache-Control", "no-cache");
  res.status = 200;
  res.set_content(data.str(), content_type_for(f.path));
}

}  // namespace dyad::server
