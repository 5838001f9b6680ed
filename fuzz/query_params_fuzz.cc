// libFuzzer target: the HTTP API's query-string parsing (parse_query_string and the parsers of
// /api/events, /api/aggregate and /api/actors) on arbitrary bytes. Checks: every error names a
// parameter in quotes, and every accepted query is within the documented ranges.
#include <algorithm>
#include <string>

#include "dyad/server.h"
#include "fuzz_check.h"

namespace {

bool upper_code(const std::string& s) {
  return std::none_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

void check_filter(const dyad::EventFilter& f) {
  DYAD_FUZZ_CHECK(upper_code(f.source) && upper_code(f.target) && upper_code(f.actor));
  DYAD_FUZZ_CHECK(!f.quad || (*f.quad >= 1 && *f.quad <= 4));
  DYAD_FUZZ_CHECK(!f.event_id || *f.event_id >= 1);
  DYAD_FUZZ_CHECK(f.date_from.empty() || f.date_from.size() == 10);
  DYAD_FUZZ_CHECK(f.date_to.empty() || f.date_to.size() == 10);
  DYAD_FUZZ_CHECK(!dyad::validate(f));  // what the API accepts, the query module accepts
}

template <typename T>
void check_error(const dyad::Result<T>& r) {
  if (r) return;
  DYAD_FUZZ_CHECK(!r.error().empty());
  DYAD_FUZZ_CHECK(r.error().find('\'') != std::string::npos);  // names the parameter
  DYAD_FUZZ_CHECK(r.error().size() < 2000);  // echoes the caller's text only cut short
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto params = dyad::parse_query_string(dyad::fuzz::as_text(data, size));
  DYAD_FUZZ_CHECK(params.size() <= size + 1);

  auto list = dyad::parse_list_query(params);
  check_error(list);
  if (list) {
    check_filter(list->filter);
    DYAD_FUZZ_CHECK(list->limit >= 1 && list->limit <= 10000);
    DYAD_FUZZ_CHECK(list->offset >= 0);
  }
  auto agg = dyad::parse_aggregate_query(params);
  check_error(agg);
  if (agg) {
    check_filter(agg->filter);
    DYAD_FUZZ_CHECK(!agg->by.empty() && agg->by.size() <= 4);
    DYAD_FUZZ_CHECK(agg->limit >= 1 && agg->limit <= 100000);
    DYAD_FUZZ_CHECK(agg->level != dyad::Level::Stories);
  }
  auto actors = dyad::parse_actor_query(params);
  check_error(actors);
  if (actors) DYAD_FUZZ_CHECK(actors->limit >= 1 && actors->limit <= 1000);
  return 0;
}
