// Debian iso-codes (ISO 3166-1 and 3166-2 JSON) and the world-countries package's JSON.
#include <fstream>
#include <nlohmann/json.hpp>

#include "geo/sources.h"

namespace dyad::geo {

namespace {

Result<nlohmann::json> read_json(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Error{"cannot open " + path};
  auto j = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return Error{path + ": not valid JSON"};
  return j;
}

std::string text_of(const nlohmann::json& obj, const char* key) {
  auto it = obj.find(key);
  return it != obj.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

Result<std::vector<IsoCountry>> read_iso_countries(const std::string& path) {
  auto j = read_json(path);
  if (!j) return Error{j.error()};
  auto list = j->find("3166-1");
  if (list == j->end() || !list->is_array()) return Error{path + ": no \"3166-1\" list"};
  std::vector<IsoCountry> out;
  for (const auto& c : *list) {
    if (!c.is_object()) continue;
    IsoCountry ic{text_of(c, "alpha_2"), text_of(c, "name"), text_of(c, "official_name"),
                  text_of(c, "common_name")};
    if (ic.alpha2.size() == 2 && !ic.name.empty()) out.push_back(std::move(ic));
  }
  if (out.empty()) return Error{path + ": no countries"};
  return out;
}

Result<std::vector<IsoDivision>> read_iso_divisions(const std::string& path) {
  auto j = read_json(path);
  if (!j) return Error{j.error()};
  auto list = j->find("3166-2");
  if (list == j->end() || !list->is_array()) return Error{path + ": no \"3166-2\" list"};
  std::vector<IsoDivision> out;
  for (const auto& d : *list) {
    if (!d.is_object()) continue;
    IsoDivision div{text_of(d, "code"), text_of(d, "name"), text_of(d, "type"),
                    text_of(d, "parent")};
    // "Isle of Anglesey [Sir Ynys Môn GB-YNM]": the bracket gives a second-language form.
    if (auto br = div.name.find(" ["); br != std::string::npos) div.name.resize(br);
    if (div.code.size() > 3 && div.code[2] == '-' && !div.name.empty()) out.push_back(std::move(div));
  }
  if (out.empty()) return Error{path + ": no divisions"};
  return out;
}

Result<std::unordered_map<std::string, CountryFacts>> read_world_countries(const std::string& path) {
  auto j = read_json(path);
  if (!j) return Error{j.error()};
  if (!j->is_array()) return Error{path + ": expected a JSON array of countries"};
  std::unordered_map<std::string, CountryFacts> out;
  for (const auto& c : *j) {
    if (!c.is_object()) continue;
    std::string cca2 = text_of(c, "cca2");
    if (cca2.size() != 2) continue;
    CountryFacts f;
    auto ll = c.find("latlng");
    if (ll != c.end() && ll->is_array() && ll->size() == 2 && (*ll)[0].is_number() &&
        (*ll)[1].is_number()) {
      f.lat = (*ll)[0].get<double>();
      f.lon = (*ll)[1].get<double>();
      f.has_point = true;
    }
    if (auto n = c.find("name"); n != c.end() && n->is_object()) {
      for (const char* k : {"common", "official"})
        if (auto s = text_of(*n, k); !s.empty()) f.names.push_back(s);
    }
    if (auto d = c.find("demonyms"); d != c.end() && d->is_object()) {
      if (auto e = d->find("eng"); e != d->end() && e->is_object())
        for (const char* k : {"m", "f"})
          if (auto s = text_of(*e, k); !s.empty()) f.demonyms.push_back(s);
    }
    out[cca2] = std::move(f);
  }
  return out;
}

}  // namespace dyad::geo
