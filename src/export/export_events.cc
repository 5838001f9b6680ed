// export_events: picks the writer of a format, and the helpers the writers share.
#include <cctype>

#include "dyad/export.h"
#include "dyad/store.h"
#include "export/export_internal.h"

namespace dyad {

namespace export_detail {

void put_tsv_row(std::ostream& out, const std::vector<std::string>& fields) {
  std::string line;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) line += '\t';
    for (char c : fields[i]) line += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
  }
  line += '\n';
  out << line;
}

std::string cell(const RowCursor& c, int i) { return value_text(c.value(i)); }

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::string actor_name(const std::string& code, const std::string& country,
                       const std::string& phrase, const CountryCodes& countries) {
  if (!country.empty() && code == country) {
    if (const CountryCode* c = countries.by_cameo(country)) return c->name;
  }
  return phrase;
}

}  // namespace export_detail

using namespace export_detail;

Result<ExportFormat> parse_export_format(const std::string& s) {
  if (s == "gdelt") return ExportFormat::Gdelt;
  if (s == "mentions") return ExportFormat::Mentions;
  if (s == "icews") return ExportFormat::Icews;
  if (s == "plover") return ExportFormat::Plover;
  if (s == "csv") return ExportFormat::Csv;
  if (s == "jsonl") return ExportFormat::Jsonl;
  return Error{"format: '" + s + "' is not one of gdelt, mentions, icews, plover, csv, jsonl"};
}

Level export_level(ExportFormat f) {
  return f == ExportFormat::Gdelt || f == ExportFormat::Csv ? Level::Events : Level::Mentions;
}

Result<int64_t> export_events(const Store& store, const ExportOptions& opts, std::ostream& out) {
  if (auto problem = validate(opts.filter)) return Error{*problem};
  Result<int64_t> rows = int64_t{0};
  if (opts.format == ExportFormat::Gdelt || opts.format == ExportFormat::Icews) {
    auto countries = CountryCodes::load(opts.tables_dir);
    if (!countries) return Error{countries.error()};
    rows = opts.format == ExportFormat::Gdelt
               ? write_gdelt_events(store, opts.filter, *countries, out)
               : write_icews(store, opts.filter, *countries, opts.tables_dir, out);
  } else if (opts.format == ExportFormat::Mentions) {
    rows = write_gdelt_mentions(store, opts.filter, out);
  } else if (opts.format == ExportFormat::Plover) {
    rows = write_plover(store, opts.filter, out);
  } else if (opts.format == ExportFormat::Jsonl) {
    rows = write_event_json(store, opts.filter, out);
  } else {
    rows = write_events_csv(store, opts.filter, out);
  }
  if (!rows) {
    const std::string& m = rows.error();
    if (!opts.filter.text.empty() &&
        (m.find("fts5") != std::string::npos || m.find("syntax error") != std::string::npos))
      return Error{"text: bad full-text query '" + opts.filter.text + "': " + m};
    return rows;
  }
  out.flush();
  if (!out) return Error{"cannot write the export (disk full or closed pipe?)"};
  return rows;
}

}  // namespace dyad
