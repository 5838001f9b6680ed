// "--clickhouse http://h1:8123?database=dyad&cluster=c,http://h2:8123" -> ClickHouseConfig.
#include <algorithm>
#include <cctype>
#include <optional>
#include <sstream>

#include "clickhouse/identifiers.h"
#include "dyad/clickhouse.h"

namespace dyad {

namespace {

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in(s);
  while (std::getline(in, part, sep)) parts.push_back(part);
  if (!s.empty() && s.back() == sep) parts.emplace_back();
  return parts;
}

// http://HOST:PORT with nothing after the port (a trailing '/' is dropped).
std::optional<std::string> check_url(std::string url, std::string& normalized) {
  while (!url.empty() && url.back() == '/') url.pop_back();
  size_t scheme_end = url.find("://");
  if (scheme_end == std::string::npos) return "expected http://HOST:PORT, got '" + url + "'";
  std::string scheme = url.substr(0, scheme_end);
  if (scheme != "http" && scheme != "https")
    return "unsupported scheme '" + scheme + "' in '" + url + "' (http or https)";
  std::string rest = url.substr(scheme_end + 3);
  size_t colon = rest.rfind(':');
  if (rest.empty() || rest.find('/') != std::string::npos)
    return "expected http://HOST:PORT, got '" + url + "'";
  if (colon != std::string::npos) {
    std::string port = rest.substr(colon + 1);
    if (port.empty() || port.size() > 5 ||
        !std::all_of(port.begin(), port.end(), [](unsigned char c) { return std::isdigit(c); }))
      return "bad port in '" + url + "'";
    if (colon == 0) return "missing host in '" + url + "'";
  }
  normalized = url;
  return std::nullopt;
}

}  // namespace

Result<ClickHouseConfig> parse_clickhouse_spec(const std::string& spec) {
  if (spec.empty()) return Error{"--clickhouse: empty; expected http://HOST:PORT[,...]"};
  ClickHouseConfig cfg;
  auto urls = split(spec, ',');
  for (size_t i = 0; i < urls.size(); ++i) {
    std::string url = urls[i];
    size_t q = url.find('?');
    if (q != std::string::npos) {
      if (i != 0)
        return Error{"--clickhouse: options (?database=, ?cluster=) belong on the first URL"};
      for (const auto& kv : split(url.substr(q + 1), '&')) {
        size_t eq = kv.find('=');
        std::string key = kv.substr(0, eq);
        std::string value = eq == std::string::npos ? "" : kv.substr(eq + 1);
        if (key == "database" || key == "cluster") {
          if (!ch::is_identifier(value))
            return Error{"--clickhouse: " + key + " must be a name of letters, digits and _ (got '" +
                         value + "')"};
          (key == "database" ? cfg.database : cfg.cluster) = value;
        } else {
          return Error{"--clickhouse: unknown option '" + key + "' (database, cluster)"};
        }
      }
      url = url.substr(0, q);
    }
    std::string normalized;
    if (auto bad = check_url(url, normalized)) return Error{"--clickhouse: " + *bad};
    cfg.shards.push_back(normalized);
  }
  if (cfg.shards.size() > 1 && cfg.cluster.empty())
    return Error{"--clickhouse: several shards need ?cluster=NAME (the <remote_servers> "
                 "cluster that spans them)"};
  return cfg;
}

Result<std::unique_ptr<ClickHouseBackend>> open_clickhouse(const std::string& spec) {
  auto cfg = parse_clickhouse_spec(spec);
  if (!cfg) return Error{cfg.error()};
  return ClickHouseBackend::open(*cfg);
}

}  // namespace dyad
