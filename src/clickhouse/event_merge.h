// Keeping the merged events exact at insert. A put names the event keys it touched (its new
// mentions' and its articles' earlier ones); for those keys this reads their live mentions
// from every shard, merges them as the SQLite store does (src/store/merge_events.cc), reads
// the state stored now, and writes the difference to events_local on the dyad's shard: a
// cancel row (-1, the old state and version) and a state row (+1, the new state, a newer
// version). Sums over sign are therefore exact at any moment, before or after merges.
//
// Every read is a local query on one shard with the keys sent as an external table: through
// a Distributed table ClickHouse 18 ignores the primary key for GLOBAL IN and would scan
// every event.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "clickhouse/connection.h"
#include "clickhouse/rows.h"
#include "clickhouse/schema.h"
#include "dyad/query.h"

namespace dyad::ch {

// One merged event's state: the values of event_columns() from "date" to "source_url".
struct EventState {
  int64_t id = 0;
  std::vector<Value> values;
  // Stored states only: the version of the +1 row that holds the state (its cancel row must
  // carry the same), and the newest version of any row of the key.
  uint64_t version = 0;
  uint64_t newest_version = 0;
};

// SQL over the external table "keys" (source, target, date, code) on one shard: the live
// mentions of those keys, the columns merge_mentions() reads.
std::string key_mentions_sql(const std::string& database);
// SQL over "keys" on one shard: their stored state (id, the state values, its version, the
// newest version).
std::string stored_events_sql(const std::string& database);

// Merges the mention rows of key_mentions_sql() (from all shards) into one state per event.
Result<std::vector<EventState>> merge_mentions(const std::vector<Table>& mention_tables);

struct EventChanges {
  size_t touched = 0, created = 0, deleted = 0;
};

// Recomputes and rewrites the events of `keys`; `version` is the put's version (state rows
// get at least it, and always more than the row they replace).
Result<EventChanges> update_events(const std::vector<Connection>& shards,
                                   const std::string& database, const std::vector<EventKey>& keys,
                                   uint64_t version);

// TabSeparated row of an event state with a sign.
void append_event_row(std::string& out, const EventState& s, int sign, uint64_t version);

}  // namespace dyad::ch
