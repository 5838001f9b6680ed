// The GDELT 2.0 Event table: one row per merged event, no header, 61 tab-separated columns
// in the order of the GDELT Event Codebook V2.0 (2/19/2015,
// http://data.gdeltproject.org/documentation/GDELT-Event_Codebook-V2.0.pdf):
//   1 GlobalEventID  2 Day  3 MonthYear  4 Year  5 FractionDate
//   6-15  Actor1: Code Name CountryCode KnownGroupCode EthnicCode Religion1Code
//         Religion2Code Type1Code Type2Code Type3Code
//   16-25 Actor2: the same ten
//   26 IsRootEvent 27 EventCode 28 EventBaseCode 29 EventRootCode 30 QuadClass
//   31 GoldsteinScale 32 NumMentions 33 NumSources 34 NumArticles 35 AvgTone
//   36-43 Actor1Geo: Type FullName CountryCode ADM1Code ADM2Code Lat Long FeatureID
//   44-51 Actor2Geo, 52-59 ActionGeo: the same eight
//   60 DATEADDED 61 SOURCEURL
#include <nlohmann/json.hpp>

#include "dyad/export.h"
#include "export/export_internal.h"

namespace dyad::export_detail {

namespace {

// Columns of the SELECT below.
enum Col {
  kId, kDate, kSource, kTarget, kSourceCountry, kTargetCountry, kCode, kRoot, kQuad,
  kGoldstein, kMentions, kSources, kArticles, kPlace, kCountry, kAdmin1, kLat, kLon,
  kPrecision, kUrl, kFirstArticle, kAdded, kFirstSentence, kExtra
};

const char* const kSelect =
    "SELECT e.id, e.date, e.source, e.target, e.source_country, e.target_country, e.code, "
    "e.root, e.quad, e.goldstein, e.num_mentions, e.num_sources, e.num_articles, e.place, "
    "e.country, e.admin1, e.lat, e.lon, e.precision, e.source_url, e.first_article, "
    "(SELECT a.ingested_at FROM articles a WHERE a.id = e.first_article), "
    "(SELECT min(mm.sentence_idx) FROM mentions mm WHERE mm.event_id = e.id), "
    // From its earliest stored mention: the actors' places and the dictionary phrases that
    // named them, as a small JSON array.
    "(SELECT CASE WHEN json_valid(mm.event_json) THEN json_array("
    "json_extract(mm.event_json, '$.actor_locations.source'), "
    "json_extract(mm.event_json, '$.actor_locations.target'), "
    "json_extract(mm.event_json, '$.evidence.source.entries[0].phrase'), "
    "json_extract(mm.event_json, '$.evidence.target.entries[0].phrase')) END "
    "FROM mentions mm WHERE mm.event_id = e.id "
    "ORDER BY mm.rowid LIMIT 1) "
    "FROM events e WHERE ";

GeoPoint geo_from_json(const nlohmann::json& j) {
  GeoPoint g;
  if (!j.is_object()) return g;
  auto str = [&](const char* k) {
    auto it = j.find(k);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  g.name = str("name");
  g.country = str("country");
  g.admin1 = str("admin1");
  g.precision = str("precision");
  auto lat = j.find("lat"), lon = j.find("lon");
  if (lat != j.end() && lon != j.end() && lat->is_number() && lon->is_number()) {
    g.has_point = true;
    g.lat = lat->get<double>();
    g.lon = lon->get<double>();
  }
  return g;
}

void append_actor(std::vector<std::string>& row, const std::string& code,
                  const std::string& country, const std::string& phrase,
                  const CountryCodes& countries) {
  ActorFields a = split_actor_code(code, country, &countries);
  std::string name = a.code.empty() ? "" : upper(actor_name(code, a.country, phrase, countries));
  for (std::string* s : {&a.code, &name, &a.country, &a.known_group, &a.ethnic, &a.religion1,
                         &a.religion2, &a.type1, &a.type2, &a.type3})
    row.push_back(std::move(*s));
}

}  // namespace

Result<int64_t> write_gdelt_events(const Store& store, const EventFilter& f,
                                   const CountryCodes& countries, std::ostream& out) {
  SqlCondition cond = filter_condition(f, Level::Events);
  auto c = RowCursor::open(store, kSelect + cond.sql + " ORDER BY e.id", cond.params);
  if (!c) return Error{c.error()};
  int64_t rows = 0;
  std::vector<std::string> row;
  row.reserve(61);
  while (c->next()) {
    row.clear();
    std::string date(c->text(kDate));
    nlohmann::json extra = nlohmann::json::parse(c->text(kExtra), nullptr, false);
    auto extra_at = [&](size_t i) -> const nlohmann::json& {
      static const nlohmann::json kNull;
      return extra.is_array() && i < extra.size() ? extra[i] : kNull;
    };
    auto phrase = [&](size_t i) {
      const nlohmann::json& j = extra_at(i);
      return j.is_string() ? j.get<std::string>() : std::string();
    };
    row.push_back(cell(*c, kId));                       // 1 GlobalEventID
    row.push_back(gdelt_day(date));                     // 2 Day YYYYMMDD
    row.push_back(gdelt_day(date).substr(0, 6));        // 3 MonthYear YYYYMM
    row.push_back(date.substr(0, 4));                   // 4 Year
    row.push_back(gdelt_fraction_date(date));           // 5 FractionDate
    append_actor(row, std::string(c->text(kSource)), std::string(c->text(kSourceCountry)),
                 phrase(2), countries);                 // 6-15
    append_actor(row, std::string(c->text(kTarget)), std::string(c->text(kTargetCountry)),
                 phrase(3), countries);                 // 16-25
    // 26 IsRootEvent: GDELT marks events from the lead paragraph; dyad, from the first
    // sentence.
    row.push_back(!c->is_null(kFirstSentence) && c->integer(kFirstSentence) == 0 ? "1" : "0");
    std::string code(c->text(kCode));
    row.push_back(code);                                // 27 EventCode, leading zero kept
    row.push_back(code.size() > 3 ? code.substr(0, 3) : code);  // 28 EventBaseCode
    row.push_back(std::string(c->text(kRoot)));  // 29 EventRootCode ("" outside CAMEO)
    row.push_back(cell(*c, kQuad));                     // 30 QuadClass
    row.push_back(cell(*c, kGoldstein));                // 31 GoldsteinScale
    row.push_back(cell(*c, kMentions));                 // 32 NumMentions
    row.push_back(cell(*c, kSources));                  // 33 NumSources
    row.push_back(cell(*c, kArticles));                 // 34 NumArticles
    row.push_back("");                                  // 35 AvgTone: dyad measures no tone
    GeoPoint action;
    action.name = c->text(kPlace);
    action.country = c->text(kCountry);
    action.admin1 = c->text(kAdmin1);
    action.precision = c->text(kPrecision);
    if (!c->is_null(kLat) && !c->is_null(kLon)) {
      action.has_point = true;
      action.lat = c->real(kLat);
      action.lon = c->real(kLon);
    }
    for (const GeoPoint& g : {geo_from_json(extra_at(0)), geo_from_json(extra_at(1)), action})
      for (std::string& s : gdelt_geo_fields(g, countries)) row.push_back(std::move(s));  // 36-59
    std::string added = gdelt_timestamp(std::string(c->text(kAdded)));
    row.push_back(added.empty() ? gdelt_day(date) + "000000" : added);  // 60 DATEADDED
    std::string url(c->text(kUrl));
    row.push_back(url.empty() ? std::string(c->text(kFirstArticle)) : url);  // 61 SOURCEURL
    put_tsv_row(out, row);
    ++rows;
  }
  if (!c->error().empty()) return Error{c->error()};
  return rows;
}

}  // namespace dyad::export_detail
