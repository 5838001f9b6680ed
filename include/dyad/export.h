// Exports of an event store in the formats other event-data tools read: the GDELT 2.0 Event
// and Mentions tables, ICEWS event rows, PLOVER JSON Lines, CSV and dyad's own JSON Lines.
// Rows are written as they are read from the store, so exports of millions of rows never sit
// in memory.
#pragma once
#include <cstdint>
#include <ostream>
#include <string>
#include <unordered_map>
#include <vector>

#include "dyad/query.h"
#include "dyad/result.h"

namespace dyad {

enum class ExportFormat {
  Gdelt,     // GDELT 2.0 Event table: one row per merged event, 61 tab-separated columns
  Mentions,  // GDELT 2.0 Mentions table: one row per mention, 16 columns
  Icews,     // ICEWS event columns with a header, tab-separated, one row per mention
  Plover,    // PLOVER JSON Lines, one object per mention whose code PLOVER maps
  Csv,       // merged events with a header (the columns of an events listing)
  Jsonl,     // the mentions as `dyad code` wrote them (event_json)
};

// "gdelt", "mentions", "icews", "plover", "csv", "jsonl"; an error naming the choices else.
Result<ExportFormat> parse_export_format(const std::string& s);
// Which rows a format writes, hence how its filter reads: merged events for gdelt and csv,
// mentions for the others.
Level export_level(ExportFormat f);

struct ExportOptions {
  ExportFormat format = ExportFormat::Gdelt;
  EventFilter filter;
  // Where iso_fips.tsv and the CAMEO tables are; "" = data_path("tables").
  std::string tables_dir;
};

// Writes the matching rows to `out`; returns how many rows were written.
Result<int64_t> export_events(const Store& store, const ExportOptions& opts, std::ostream& out);

// ---- building blocks, public for tests and other writers ------------------------------------

// One country: ISO 3166-1 alpha-2, CAMEO country code (alpha-3), FIPS 10-4, English name.
struct CountryCode {
  std::string iso2, cameo, fips, name;
};

// data/tables/iso_fips.tsv.
class CountryCodes {
 public:
  // A malformed line is an error naming file:line (the table is dyad's own data).
  static Result<CountryCodes> load(const std::string& dir = "");
  static Result<CountryCodes> parse(const std::string& tsv, const std::string& name = "iso_fips.tsv");
  const CountryCode* by_iso2(const std::string& iso2) const;
  const CountryCode* by_cameo(const std::string& cameo) const;
  size_t size() const { return rows_.size(); }

 private:
  std::vector<CountryCode> rows_;
  std::unordered_map<std::string, size_t> iso2_, cameo_;
};

// A CAMEO actor code split the way GDELT's actor fields hold it ("FRAGOV": country FRA,
// type1 GOV; "IGOUNOPKO": type1 IGO, known group UNO, type2 PKO).
struct ActorFields {
  std::string code, country, known_group, ethnic, religion1, religion2, type1, type2, type3;
};
// `country` is the store's CAMEO country of the code ("" when its first three letters are
// not a country); `countries` (may be null) recognises a country inside the code ("NGOFRA").
ActorFields split_actor_code(const std::string& code, const std::string& country,
                             const CountryCodes* countries = nullptr);
// English name of a CAMEO actor type ("GOV" -> "Government"); "" when unknown.
std::string actor_type_name(const std::string& type);

// A place as GDELT's 8 geography columns see it.
struct GeoPoint {
  std::string name, country, admin1, precision;  // country: ISO2; precision as stored
  bool has_point = false;
  double lat = 0, lon = 0;
};
// The 8 fields Type, FullName, CountryCode (FIPS), ADM1Code, ADM2Code, Lat, Long, FeatureID.
std::vector<std::string> gdelt_geo_fields(const GeoPoint& g, const CountryCodes& countries);

// GDELT date forms of a YYYY-MM-DD date: YYYYMMDD, and YYYY.FFFF with FFFF = day of the
// year / 365 as in GDELT's files (the codebook's text says (month * 30 + day) / 365).
std::string gdelt_day(const std::string& iso_date);
std::string gdelt_fraction_date(const std::string& iso_date);
// "2022-02-18T09:15:00Z" -> "20220218091500"; a bare date gets 000000.
std::string gdelt_timestamp(const std::string& iso_time);

}  // namespace dyad
