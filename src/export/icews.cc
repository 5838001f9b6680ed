// ICEWS-style event rows: the columns of the ICEWS Coded Event Data files (Boschee et al.,
// Harvard Dataverse doi:10.7910/DVN/28075), with a header, tab-separated, one row per
// mention (ICEWS codes sentences, as dyad's mentions are).
#include "dyad/cameo.h"
#include "dyad/export.h"
#include "export/export_internal.h"

namespace dyad::export_detail {

namespace {

enum Col {
  kId, kDate, kSource, kTarget, kSourceCountry, kTargetCountry, kCode, kGoldstein, kArticle,
  kSentence, kOutlet, kPlace, kCountry, kAdmin1, kPrecision, kLat, kLon, kSourcePhrase,
  kTargetPhrase
};

const char* const kSelect =
    "SELECT m.id, m.date, m.source, m.target, m.source_country, m.target_country, m.code, "
    "m.goldstein, m.article_id, m.sentence_idx, m.outlet, m.place, m.country, m.admin1, "
    "m.precision, m.lat, m.lon, "
    "CASE WHEN json_valid(m.event_json) THEN "
    "json_extract(m.event_json, '$.evidence.source.entries[0].phrase') END, "
    "CASE WHEN json_valid(m.event_json) THEN "
    "json_extract(m.event_json, '$.evidence.target.entries[0].phrase') END "
    "FROM mentions m WHERE ";

const char* const kHeader[] = {
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude",
    "Longitude"};

std::string sectors(const ActorFields& a) {
  std::string out;
  for (const std::string* t : {&a.type1, &a.type2, &a.type3}) {
    std::string name = actor_type_name(*t);
    if (name.empty()) continue;
    out += (out.empty() ? "" : ",") + name;
  }
  return out;
}

std::string country_name(const std::string& cameo, const CountryCodes& countries) {
  const CountryCode* c = countries.by_cameo(cameo);
  return c ? c->name : cameo;
}

}  // namespace

Result<int64_t> write_icews(const Store& store, const EventFilter& f,
                            const CountryCodes& countries, const std::string& tables_dir,
                            std::ostream& out) {
  auto cameo = CameoTable::load(tables_dir);
  if (!cameo) return Error{cameo.error()};
  SqlCondition cond = filter_condition(f, Level::Mentions);
  auto c = RowCursor::open(store, kSelect + cond.sql + kMentionOrder, cond.params);
  if (!c) return Error{c.error()};
  put_tsv_row(out, std::vector<std::string>(std::begin(kHeader), std::end(kHeader)));
  int64_t rows = 0;
  std::vector<std::string> row;
  while (c->next()) {
    std::string source(c->text(kSource)), target(c->text(kTarget)), code(c->text(kCode));
    ActorFields s = split_actor_code(source, std::string(c->text(kSourceCountry)), &countries);
    ActorFields t = split_actor_code(target, std::string(c->text(kTargetCountry)), &countries);
    const CameoInfo* info = cameo->find(code);
    std::string precision(c->text(kPrecision)), place(c->text(kPlace));
    std::string iso2(c->text(kCountry));
    const CountryCode* where = countries.by_iso2(iso2);
    row = {
        std::string(c->text(kId)),
        std::string(c->text(kDate)),
        actor_name(source, s.country, std::string(c->text(kSourcePhrase)), countries),
        sectors(s),
        s.country.empty() ? "" : country_name(s.country, countries),
        info ? info->label : "",
        code,
        cell(*c, kGoldstein),
        actor_name(target, t.country, std::string(c->text(kTargetPhrase)), countries),
        sectors(t),
        t.country.empty() ? "" : country_name(t.country, countries),
        std::string(c->text(kArticle)),
        std::to_string(c->integer(kSentence) + 1),
        std::string(c->text(kOutlet)),
        precision == "city" || precision == "admin2" ? place : "",
        "",  // District: dyad does not name second-level divisions
        precision == "admin1" ? place : std::string(c->text(kAdmin1)),
        where ? where->name : iso2,
        cell(*c, kLat),
        cell(*c, kLon),
    };
    put_tsv_row(out, row);
    ++rows;
  }
  if (!c->error().empty()) return Error{c->error()};
  return rows;
}

}  // namespace dyad::export_detail
