// JSON responses and errors ({"error": "..."}), shared by every route.
#include <cmath>

#include "server/api_state.h"

namespace dyad::server {

std::string dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

void send_json(httplib::Response& res, int status, const Json& body) {
  res.status = status;
  res.set_content(dump(body), "application/json");
}

void send_error(httplib::Response& res, int status, const std::string& message) {
  Json body = Json::object();
  body["error"] = message;
  send_json(res, status, body);
}

Json value_json(const Value& v) {
  switch (v.index()) {
    case 1:
      return std::get<int64_t>(v);
    case 2: {
      double d = std::get<double>(v);
      return std::isfinite(d) ? Json(d) : Json(nullptr);
    }
    case 3:
      return std::get<std::string>(v);
    default:
      return nullptr;
  }
}

QueryParams request_params(const httplib::Request& req) {
  size_t q = req.target.find('?');
  if (q == std::string::npos) return {};
  return parse_query_string(std::string_view(req.target).substr(q + 1));
}

}  // namespace dyad::server
