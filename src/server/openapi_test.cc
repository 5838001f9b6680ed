// data/openapi.json (served at /api/openapi.json) stays a complete, self-consistent description.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "dyad/paths.h"

namespace dyad {
namespace {

using nlohmann::json;

json load_doc() {
  std::ifstream in(data_path("openapi.json"));
  return json::parse(in, nullptr, false);
}

// Every {"$ref": "#/a/b"} anywhere in `node`.
void collect_refs(const json& node, std::vector<std::string>& out) {
  if (node.is_object()) {
    for (auto it = node.begin(); it != node.end(); ++it) {
      if (it.key() == "$ref" && it->is_string()) out.push_back(it->get<std::string>());
      collect_refs(*it, out);
    }
  } else if (node.is_array()) {
    for (const auto& v : node) collect_refs(v, out);
  }
}

TEST(OpenApi, IsOpenApi3) {
  json doc = load_doc();
  ASSERT_FALSE(doc.is_discarded()) << "data/openapi.json does not parse";
  EXPECT_EQ(doc["openapi"].get<std::string>().substr(0, 2), "3.");
  EXPECT_EQ(doc["info"]["version"], version());
}

TEST(OpenApi, EveryReferenceResolves) {
  json doc = load_doc();
  std::vector<std::string> refs;
  collect_refs(doc, refs);
  ASSERT_FALSE(refs.empty());
  for (const std::string& r : refs) {
    ASSERT_EQ(r.rfind("#/", 0), 0u) << r;
    EXPECT_TRUE(doc.contains(json::json_pointer(r.substr(1)))) << "unresolved " << r;
  }
}

TEST(OpenApi, DescribesEveryEndpointParameterAndError) {
  json doc = load_doc();
  const json& paths = doc["paths"];
  for (const char* get :
       {"/api/health", "/api/openapi.json", "/api/events", "/api/aggregate", "/api/actors", "/"})
    EXPECT_TRUE(paths[get].contains("get")) << get;
  for (const char* post : {"/api/explain", "/api/code"})
    EXPECT_TRUE(paths[post].contains("post")) << post;
  auto param_names = [&](const json& op) {
    std::set<std::string> names;
    for (const json& p : op["parameters"]) {
      const json& def =
          p.contains("$ref") ? doc[json::json_pointer(p["$ref"].get<std::string>().substr(1))] : p;
      names.insert(def["name"].get<std::string>());
    }
    return names;
  };
  auto events = param_names(paths["/api/events"]["get"]);
  for (const char* p :
       {"source", "target", "actor", "country", "code", "root", "quad", "date_from", "date_to",
        "place", "q", "article", "event", "level", "limit", "offset", "sort"})
    EXPECT_TRUE(events.count(p)) << "/api/events " << p;
  auto aggregate = param_names(paths["/api/aggregate"]["get"]);
  for (const char* p : {"source", "quad", "q", "by", "level", "limit"})
    EXPECT_TRUE(aggregate.count(p)) << "/api/aggregate " << p;
  const json& code = paths["/api/code"]["post"]["responses"];
  for (const char* status : {"200", "400", "401", "403", "405", "413", "500"})
    EXPECT_TRUE(code.contains(status)) << "/api/code " << status;
  EXPECT_TRUE(paths["/api/{unknown}"]["get"]["responses"].contains("404"));
}

}  // namespace
}  // namespace dyad
