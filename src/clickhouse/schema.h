// The ClickHouse tables, mirroring the SQLite store (src/store/schema.cc), and their DDL.
//
// On every shard (the local tables):
//  - articles_local  ReplacingMergeTree(version): one row per ingest of an article, with the
//    keys of the merged events it touched (event_keys) so that a re-ingest knows which events
//    to recompute.
//  - mentions_local  ReplacingMergeTree(version): one row per coded event in a sentence, with
//    the sentence text (ClickHouse 18 has no full-text index: text search scans it). A mention
//    is live unless its (article_key, version) is listed in replaced_local.
//  - replaced_local  the article versions a later ingest superseded.
//  - events_local    VersionedCollapsingMergeTree(sign, version): the merged events (one per
//    date, source, target, code), kept exact at insert by cancel (-1) and state (+1) rows,
//    sharded by a hash of the event key, so aggregations are plain sums with no FINAL.
//  - rollup_local    SummingMergeTree: merged events per month and dyad (counts, mentions,
//    Goldstein sum, quad classes), filled from events_local by a materialized view, so the
//    signs carry through and dyad/month aggregations read it instead of the events.
// With a cluster: Distributed tables articles, mentions, events, rollup over them.
#pragma once
#include <string>
#include <vector>

namespace dyad::ch {

struct Column {
  const char* name;
  const char* type;
};

const std::vector<Column>& article_columns();
const std::vector<Column>& mention_columns();
const std::vector<Column>& event_columns();
const std::vector<Column>& replaced_columns();
const std::vector<Column>& rollup_columns();

// "a, b, c" in declaration order (the order rows are written in).
std::string column_list(const std::vector<Column>& cols);

// CREATE DATABASE and the local tables, idempotent.
std::vector<std::string> local_ddl(const std::string& database);
// The Distributed tables over the local ones, idempotent.
std::vector<std::string> distributed_ddl(const std::string& database, const std::string& cluster);

// Where queries read: the Distributed tables with a cluster, else the local ones.
struct TableNames {
  std::string articles, mentions, events, rollup;
  std::string replaced_local;  // always local: liveness is checked on the mention's own shard
  bool distributed = false;
};
TableNames table_names(const std::string& database, const std::string& cluster);

}  // namespace dyad::ch
