#include "clickhouse/connection.h"

#include <httplib.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "clickhouse/sql_text.h"

namespace dyad::ch {

namespace {

// A client per request: httplib::Client is not safe to share between threads, and the
// backend may be used by the HTTP server's threads at once.
httplib::Client make_client(const std::string& url) {
  httplib::Client client(url);
  client.set_connection_timeout(5, 0);
  client.set_read_timeout(600, 0);  // big aggregations and inserts
  client.set_write_timeout(600, 0);
  return client;
}

std::string shorten(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  if (s.size() > 2000) s = s.substr(0, 2000) + "...";
  return s;
}

}  // namespace

std::string url_encode(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

Result<std::string> Connection::post(const std::string& path, const std::string& body,
                                     const std::string& what) const {
  auto client = make_client(url_);
  auto t0 = std::chrono::steady_clock::now();
  auto res = client.Post(path, body, "text/plain; charset=utf-8");
  if (std::getenv("DYAD_CH_TRACE"))
    std::fprintf(stderr, "%.3f s %zu bytes %s\n",
                 std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(),
                 body.size(), what.c_str());
  if (!res)
    return Error{"ClickHouse " + url_ + ": " + httplib::to_string(res.error()) + " (" + what +
                 ")"};
  if (res->status != 200)
    return Error{"ClickHouse " + url_ + ": HTTP " + std::to_string(res->status) + ": " +
                 shorten(res->body)};
  return std::move(res->body);
}

Result<std::string> Connection::execute(const std::string& sql) const {
  return post("/", sql, sql.substr(0, 60));
}

Result<std::string> Connection::insert(const std::string& insert_sql,
                                       const std::string& rows) const {
  return post("/?query=" + url_encode(insert_sql), rows, insert_sql.substr(0, 60));
}

Result<Table> Connection::select(const std::string& sql, const std::string& settings) const {
  std::string full = sql + "\nFORMAT TSVWithNamesAndTypes";
  auto body = post(settings.empty() ? "/" : "/?" + settings, full, sql.substr(0, 60));
  if (!body) return Error{body.error()};
  auto table = parse_tsv_table(*body);
  if (!table) return Error{"ClickHouse " + url_ + ": " + table.error()};
  return table;
}

Result<Table> Connection::select_with_table(const std::string& sql, const std::string& name,
                                            const std::string& structure,
                                            const std::string& rows) const {
  std::string full = sql + "\nFORMAT TSVWithNamesAndTypes";
  std::string path = "/?query=" + url_encode(full) + "&" + name + "_structure=" +
                     url_encode(structure) + "&" + name + "_format=TabSeparated";
  httplib::MultipartFormDataItems items = {{name, rows, name + ".tsv", "text/tab-separated-values"}};
  auto client = make_client(url_);
  auto t0 = std::chrono::steady_clock::now();
  auto res = client.Post(path, items);
  if (std::getenv("DYAD_CH_TRACE"))
    std::fprintf(stderr, "%.3f s %zu bytes (table %s) %s\n",
                 std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(),
                 rows.size(), name.c_str(), sql.substr(0, 60).c_str());
  if (!res)
    return Error{"ClickHouse " + url_ + ": " + httplib::to_string(res.error()) + " (" +
                 sql.substr(0, 60) + ")"};
  if (res->status != 200)
    return Error{"ClickHouse " + url_ + ": HTTP " + std::to_string(res->status) + ": " +
                 shorten(res->body)};
  auto table = parse_tsv_table(res->body);
  if (!table) return Error{"ClickHouse " + url_ + ": " + table.error()};
  return table;
}

bool Connection::ping() const {
  auto client = make_client(url_);
  client.set_connection_timeout(1, 0);
  client.set_read_timeout(2, 0);
  auto res = client.Get("/ping");
  return res && res->status == 200 && res->body.starts_with("Ok.");
}

}  // namespace dyad::ch
