// Shared pieces of the export writers (not part of the public API).
#pragma once
#include <ostream>
#include <string>
#include <vector>

#include "dyad/export.h"
#include "dyad/store.h"

namespace dyad::export_detail {

// One tab-separated line; tabs and line breaks inside a field become spaces.
void put_tsv_row(std::ostream& out, const std::vector<std::string>& fields);
// Integers as written, reals in shortest round-trip form, NULL as "".
std::string cell(const RowCursor& c, int i);
std::string upper(std::string s);
// The display name of an actor: the country's name for a bare country code ("FRA" ->
// "France"), else the first dictionary phrase that matched it, else "".
std::string actor_name(const std::string& code, const std::string& country,
                       const std::string& phrase, const CountryCodes& countries);

// SQL "ORDER BY" for mention-level exports: article by article, so that each article's text
// is fetched once.
inline const char* kMentionOrder = " ORDER BY m.article_id, m.sentence_idx, m.rowid";

Result<int64_t> write_gdelt_events(const Store& store, const EventFilter& f,
                                   const CountryCodes& countries, std::ostream& out);
Result<int64_t> write_gdelt_mentions(const Store& store, const EventFilter& f, std::ostream& out);
Result<int64_t> write_icews(const Store& store, const EventFilter& f,
                            const CountryCodes& countries, const std::string& tables_dir,
                            std::ostream& out);
Result<int64_t> write_plover(const Store& store, const EventFilter& f, std::ostream& out);
Result<int64_t> write_event_json(const Store& store, const EventFilter& f, std::ostream& out);
Result<int64_t> write_events_csv(const Store& store, const EventFilter& f, std::ostream& out);

}  // namespace dyad::export_detail
