#include "clickhouse/schema.h"

namespace dyad::ch {

const std::vector<Column>& article_columns() {
  static const std::vector<Column> cols = {
      {"id", "String"},
      {"article_key", "UInt64"},  // 64-bit hash of id: shard choice and liveness checks
      {"version", "UInt64"},      // microseconds since the epoch at ingest, strictly rising
      {"date", "Date"},
      {"source", "String"},
      {"url", "String"},
      {"title", "String"},
      {"text", "String"},
      {"text_hash", "String"},
      {"coder", "String"},
      {"sentences", "UInt32"},
      {"events", "UInt32"},
      {"skipped", "String"},
      {"ingested_at", "DateTime"},
      // Merged-event keys its mentions touched ("date\x1Fsource\x1Ftarget\x1Fcode"), this
      // version's and earlier ones': a re-ingest recomputes them all.
      {"event_keys", "Array(String)"},
      // Its mention ids and their codes, to count what a re-ingest added and removed.
      {"mention_ids", "Array(String)"},
      {"mention_codes", "Array(String)"},
  };
  return cols;
}

const std::vector<Column>& mention_columns() {
  static const std::vector<Column> cols = {
      {"id", "String"},
      {"article_id", "String"},
      {"article_key", "UInt64"},
      {"version", "UInt64"},
      {"event_id", "Int64"},  // events.id: a hash of the event key (date, source, target, code)
      {"sentence_idx", "UInt32"},
      {"sentence_begin", "UInt32"},  // byte offsets of the sentence in the article text
      {"sentence_end", "UInt32"},
      {"date", "Date"},
      {"article_date", "Date"},
      {"outlet", "String"},
      {"url", "String"},
      {"title", "String"},
      {"source", "String"},
      {"target", "String"},
      {"source_country", "String"},
      {"target_country", "String"},
      {"code", "String"},
      {"root", "String"},
      {"quad", "Nullable(UInt8)"},
      {"goldstein", "Nullable(Float64)"},
      {"status", "String"},
      {"attributed_to", "String"},
      {"historical", "UInt8"},
      {"place", "String"},
      {"country", "String"},
      {"admin1", "String"},
      {"lat", "Nullable(Float64)"},
      {"lon", "Nullable(Float64)"},
      {"precision", "String"},
      {"source_begin", "Nullable(UInt32)"},
      {"source_end", "Nullable(UInt32)"},
      {"target_begin", "Nullable(UInt32)"},
      {"target_end", "Nullable(UInt32)"},
      {"verb_begin", "Nullable(UInt32)"},
      {"verb_end", "Nullable(UInt32)"},
      {"confidence", "Float64"},
      {"plover_event", "String"},
      {"plover_mode", "String"},
      {"sentence", "String"},
      {"event_json", "String"},
  };
  return cols;
}

const std::vector<Column>& event_columns() {
  static const std::vector<Column> cols = {
      {"id", "Int64"},
      {"date", "Date"},
      {"source", "String"},
      {"target", "String"},
      {"code", "String"},
      {"source_country", "String"},
      {"target_country", "String"},
      {"root", "String"},
      {"quad", "Nullable(UInt8)"},
      {"goldstein", "Nullable(Float64)"},
      {"place", "String"},
      {"country", "String"},
      {"admin1", "String"},
      {"lat", "Nullable(Float64)"},
      {"lon", "Nullable(Float64)"},
      {"precision", "String"},
      {"num_mentions", "UInt32"},
      {"num_sources", "UInt32"},
      {"num_articles", "UInt32"},
      {"first_article", "String"},
      {"source_url", "String"},
      {"sign", "Int8"},       // +1 state row, -1 cancels the state row of the same version
      {"version", "UInt64"},
  };
  return cols;
}

const std::vector<Column>& replaced_columns() {
  static const std::vector<Column> cols = {
      {"article_key", "UInt64"},
      {"version", "UInt64"},
      {"article_id", "String"},
      {"replaced_at", "DateTime"},
  };
  return cols;
}

const std::vector<Column>& rollup_columns() {
  static const std::vector<Column> cols = {
      {"month", "Date"},  // first day of the month
      {"source", "String"},
      {"target", "String"},
      {"events", "Int64"},
      {"mentions", "Int64"},
      {"goldstein_sum", "Float64"},
      {"goldstein_n", "Int64"},  // events with a Goldstein score
      {"quad1", "Int64"},        // events of each quad class
      {"quad2", "Int64"},
      {"quad3", "Int64"},
      {"quad4", "Int64"},
  };
  return cols;
}

std::string column_list(const std::vector<Column>& cols) {
  std::string out;
  for (const auto& c : cols) {
    if (!out.empty()) out += ", ";
    out += c.name;
  }
  return out;
}

namespace {

std::string create_table(const std::string& name, const std::vector<Column>& cols,
                         const std::string& engine) {
  std::string sql = "CREATE TABLE IF NOT EXISTS " + name + " (";
  for (size_t i = 0; i < cols.size(); ++i) {
    if (i) sql += ", ";
    sql += std::string(cols[i].name) + " " + cols[i].type;
  }
  return sql + ") ENGINE = " + engine;
}

}  // namespace

std::vector<std::string> local_ddl(const std::string& db) {
  return {
      "CREATE DATABASE IF NOT EXISTS " + db,
      create_table(db + ".articles_local", article_columns(),
                   "ReplacingMergeTree(version) PARTITION BY toYYYYMM(date) ORDER BY id"),
      // The sort key leads with the dyad and the date, the usual filters; it ends with the
      // mention's own id so that only copies of the same mention replace each other.
      create_table(db + ".mentions_local", mention_columns(),
                   "ReplacingMergeTree(version) PARTITION BY toYYYYMM(date) "
                   "ORDER BY (source, target, date, code, article_id, id)"),
      create_table(db + ".events_local", event_columns(),
                   "VersionedCollapsingMergeTree(sign, version) PARTITION BY toYYYYMM(date) "
                   "ORDER BY (source, target, date, code)"),
      create_table(db + ".replaced_local", replaced_columns(),
                   "ReplacingMergeTree ORDER BY (article_key, version)"),
      create_table(db + ".rollup_local", rollup_columns(),
                   "SummingMergeTree PARTITION BY toYYYYMM(month) ORDER BY (source, target, month)"),
      // Every row written to events_local, state (+1) or cancel (-1), adds its signed share,
      // summed per insert block already (SummingMergeTree merges the blocks later).
      "CREATE MATERIALIZED VIEW IF NOT EXISTS " + db + ".rollup_mv TO " + db +
          ".rollup_local AS SELECT toStartOfMonth(date) AS month, source, target, "
          "sum(toInt64(sign)) AS events, sum(toInt64(sign * num_mentions)) AS mentions, "
          "sum(sign * ifNull(goldstein, 0)) AS goldstein_sum, "
          "sum(toInt64(sign * isNotNull(goldstein))) AS goldstein_n, "
          "sum(toInt64(sign * (ifNull(quad, 0) = 1))) AS quad1, "
          "sum(toInt64(sign * (ifNull(quad, 0) = 2))) AS quad2, "
          "sum(toInt64(sign * (ifNull(quad, 0) = 3))) AS quad3, "
          "sum(toInt64(sign * (ifNull(quad, 0) = 4))) AS quad4 FROM " + db +
          ".events_local GROUP BY month, source, target",
  };
}

std::vector<std::string> distributed_ddl(const std::string& db, const std::string& cluster) {
  std::vector<std::string> out;
  for (const char* t : {"articles", "mentions", "events", "rollup"})
    out.push_back("CREATE TABLE IF NOT EXISTS " + db + "." + t + " AS " + db + "." + t +
                  "_local ENGINE = Distributed(" + cluster + ", " + db + ", " + t + "_local)");
  return out;
}

TableNames table_names(const std::string& db, const std::string& cluster) {
  TableNames n;
  n.distributed = !cluster.empty();
  std::string suffix = n.distributed ? "" : "_local";
  n.articles = db + ".articles" + suffix;
  n.mentions = db + ".mentions" + suffix;
  n.events = db + ".events" + suffix;
  n.rollup = db + ".rollup" + suffix;
  n.replaced_local = db + ".replaced_local";
  return n;
}

}  // namespace dyad::ch
