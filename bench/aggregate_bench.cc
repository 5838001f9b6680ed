// Aggregations over a large store: fills a fresh SQLite store with synthetic merged events
// (and the matching rollup_dyad_month rows), then times aggregate_events by month and dyad
// through the rollup fast path and, for comparison, through the events table.
//
//   build/bench/dyad_bench_aggregate [--events N] [--db PATH] [--keep] [--reuse]
//
// Defaults: 10,000,000 events in $TMPDIR/dyad_aggregate_bench.db, deleted afterwards
// (--keep leaves it; --reuse times an existing file without filling it). Target: the rollup
// path under 2 s for 10M events.
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <map>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <unordered_set>
#include <vector>

#include "dyad/query.h"
#include "dyad/store.h"

using namespace dyad;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

bool exec(sqlite3* db, const char* sql) {
  char* msg = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &msg) == SQLITE_OK) return true;
  std::fprintf(stderr, "sqlite: %s\n  in: %s\n", msg ? msg : "?", sql);
  sqlite3_free(msg);
  return false;
}

struct CodeInfo {
  const char* code;
  int quad;  // 0 = outside the CAMEO table (no quad, no Goldstein)
  double goldstein;
  int weight;
};

// A plausible mix: statements and consultations dominate, force is rarer.
const CodeInfo kCodes[] = {
    {"010", 1, 0.0, 30},  {"020", 1, 3.0, 6},   {"036", 1, 4.0, 10},  {"040", 1, 1.0, 14},
    {"042", 1, 1.9, 8},   {"043", 1, 2.8, 8},   {"051", 1, 3.4, 6},   {"057", 1, 8.0, 3},
    {"061", 2, 6.4, 3},   {"071", 2, 7.4, 3},   {"0874", 2, 10.0, 1}, {"111", 3, -2.0, 6},
    {"112", 3, -2.0, 6},  {"120", 3, -4.0, 3},  {"130", 3, -4.4, 3},  {"138", 3, -7.0, 1},
    {"141", 4, -6.5, 2},  {"145", 4, -7.5, 1},  {"173", 4, -5.0, 3},  {"180", 4, -9.0, 2},
    {"190", 4, -10.0, 3}, {"193", 4, -10.0, 1}, {"195", 4, -10.0, 1}, {"903", 0, 0.0, 1},
};

struct RollupCell {
  int64_t events = 0, mentions = 0, goldstein_n = 0;
  double goldstein_sum = 0;
};

struct Synthetic {
  std::vector<std::string> actors;
  std::vector<std::pair<int, int>> dyads;  // indexes into actors
  std::discrete_distribution<int> dyad_pick, code_pick;
};

Synthetic make_world(std::mt19937_64& rng) {
  Synthetic w;
  const char* countries[] = {
      "USA", "RUS", "CHN", "UKR", "FRA", "DEU", "GBR", "ISR", "PSE", "IRN", "IRQ", "SYR", "TUR",
      "SAU", "EGY", "LBY", "MLI", "NER", "BFA", "NGA", "ETH", "SOM", "KEN", "SDN", "COD", "ZAF",
      "IND", "PAK", "AFG", "JPN", "KOR", "PRK", "TWN", "PHL", "IDN", "MMR", "BRA", "MEX", "COL",
      "VEN", "ARG", "CAN", "AUS", "ITA", "ESP", "POL", "BLR", "GEO", "ARM", "AZE"};
  const char* roles[] = {"", "GOV", "MIL", "REB"};
  for (const char* c : countries)
    for (const char* r : roles) w.actors.push_back(std::string(c) + r);  // 200 actors
  // ~3000 dyads with Zipf-like popularity: news covers a few pairs a lot.
  std::set<std::pair<int, int>> seen;
  std::uniform_int_distribution<int> actor(0, static_cast<int>(w.actors.size()) - 1);
  while (w.dyads.size() < 3000) {
    int a = actor(rng), b = actor(rng);
    // Mostly international dyads; a quarter of same-country pairs (government vs rebels) kept.
    bool same_country = w.actors[a].compare(0, 3, w.actors[b], 0, 3) == 0;
    if (a == b || (same_country && rng() % 4 != 0)) continue;
    if (seen.insert({a, b}).second) w.dyads.emplace_back(a, b);
  }
  std::vector<double> weights;
  for (size_t i = 0; i < w.dyads.size(); ++i) weights.push_back(1.0 / std::pow(i + 1.0, 1.05));
  w.dyad_pick = std::discrete_distribution<int>(weights.begin(), weights.end());
  std::vector<double> cw;
  for (const CodeInfo& c : kCodes) cw.push_back(c.weight);
  w.code_pick = std::discrete_distribution<int>(cw.begin(), cw.end());
  return w;
}

std::string iso_date(int64_t days_since_epoch) {
  // Civil-from-days (proleptic Gregorian).
  int64_t z = days_since_epoch + 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = yoe + era * 400;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int64_t d = doy - (153 * mp + 2) / 5 + 1;
  int64_t m = mp < 10 ? mp + 3 : mp - 9;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lld", static_cast<long long>(y + (m <= 2)),
                static_cast<long long>(m), static_cast<long long>(d));
  return buf;
}

bool fill(sqlite3* db, int64_t n_events) {
  std::mt19937_64 rng(20220217);
  Synthetic w = make_world(rng);
  // Bulk-load settings: the file is a throwaway, so no journal and no fsync.
  if (!exec(db, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-1000000;"
                "PRAGMA temp_store=MEMORY;"))
    return false;
  // Secondary indexes are built once at the end (a sort) rather than maintained row by row;
  // the schema's own DDL puts them back.
  if (!exec(db, "BEGIN; DROP INDEX events_date; DROP INDEX events_dyad; "
                "DROP INDEX events_target; DROP INDEX events_story;"))
    return false;
  sqlite3_stmt* ins = nullptr;
  const char* sql =
      "INSERT INTO events(id, date, source, target, code, source_country, target_country, root,"
      " quad, goldstein, num_mentions, num_sources, num_articles, first_article)"
      " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
  if (sqlite3_prepare_v2(db, sql, -1, &ins, nullptr) != SQLITE_OK) {
    std::fprintf(stderr, "sqlite: %s\n", sqlite3_errmsg(db));
    return false;
  }
  const int64_t first_day = 16436;  // 2015-01-01
  const int64_t days = 3653;        // ten years, to 2024-12-31
  // month -> (dyad, quad) -> cell; months are sorted, dyads sorted below.
  std::map<std::tuple<std::string, int, int>, RollupCell> rollup;
  std::geometric_distribution<int> extra_mentions(0.6);
  std::unordered_set<uint64_t> today;
  int64_t id = 0;
  for (int64_t d = 0; d < days && id < n_events; ++d) {
    std::string date = iso_date(first_day + d);
    std::string month = date.substr(0, 7);
    int64_t quota = (n_events * (d + 1)) / days - id;
    today.clear();
    for (int64_t k = 0; k < quota;) {
      int dyad = w.dyad_pick(rng), code = w.code_pick(rng);
      // One merged event per (date, source, target, code): draw again on a repeat.
      if (!today.insert(static_cast<uint64_t>(dyad) * 64 + code).second) continue;
      const CodeInfo& c = kCodes[code];
      const std::string& src = w.actors[w.dyads[dyad].first];
      const std::string& tgt = w.actors[w.dyads[dyad].second];
      int mentions = 1 + std::min(extra_mentions(rng), 20);
      int sources = 1 + static_cast<int>(rng() % mentions);
      ++id;
      sqlite3_bind_int64(ins, 1, id);
      sqlite3_bind_text(ins, 2, date.data(), 10, SQLITE_STATIC);
      sqlite3_bind_text(ins, 3, src.data(), static_cast<int>(src.size()), SQLITE_STATIC);
      sqlite3_bind_text(ins, 4, tgt.data(), static_cast<int>(tgt.size()), SQLITE_STATIC);
      sqlite3_bind_text(ins, 5, c.code, -1, SQLITE_STATIC);
      sqlite3_bind_text(ins, 6, src.data(), 3, SQLITE_STATIC);
      sqlite3_bind_text(ins, 7, tgt.data(), 3, SQLITE_STATIC);
      if (c.quad) {
        sqlite3_bind_text(ins, 8, c.code, 2, SQLITE_STATIC);
        sqlite3_bind_int(ins, 9, c.quad);
        sqlite3_bind_double(ins, 10, c.goldstein);
      } else {
        sqlite3_bind_text(ins, 8, "", 0, SQLITE_STATIC);
        sqlite3_bind_null(ins, 9);
        sqlite3_bind_null(ins, 10);
      }
      sqlite3_bind_int(ins, 11, mentions);
      sqlite3_bind_int(ins, 12, sources);
      sqlite3_bind_int(ins, 13, sources);
      char article[24];
      int len = std::snprintf(article, sizeof article, "b%lld", static_cast<long long>(id));
      sqlite3_bind_text(ins, 14, article, len, SQLITE_TRANSIENT);
      if (sqlite3_step(ins) != SQLITE_DONE) {
        std::fprintf(stderr, "sqlite: %s\n", sqlite3_errmsg(db));
        sqlite3_finalize(ins);
        return false;
      }
      sqlite3_reset(ins);
      RollupCell& cell = rollup[{month, dyad, c.quad}];
      ++cell.events;
      cell.mentions += mentions;
      if (c.quad) {
        cell.goldstein_sum += c.goldstein;
        ++cell.goldstein_n;
      }
      ++k;
    }
  }
  sqlite3_finalize(ins);
  // Rollup rows in primary-key order (month, source, target, quad): appends to the b-tree.
  struct Row {
    const std::string* month;
    const std::string *source, *target;
    int quad;
    const RollupCell* cell;
  };
  std::vector<Row> rows;
  rows.reserve(rollup.size());
  for (const auto& [key, cell] : rollup)
    rows.push_back({&std::get<0>(key), &w.actors[w.dyads[std::get<1>(key)].first],
                    &w.actors[w.dyads[std::get<1>(key)].second], std::get<2>(key), &cell});
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    return std::tie(*a.month, *a.source, *a.target, a.quad) <
           std::tie(*b.month, *b.source, *b.target, b.quad);
  });
  sqlite3_stmt* roll = nullptr;
  sqlite3_prepare_v2(db,
                     "INSERT INTO rollup_dyad_month(month, source, target, quad, events, "
                     "mentions, goldstein_sum, goldstein_n) VALUES (?,?,?,?,?,?,?,?)",
                     -1, &roll, nullptr);
  for (const Row& r : rows) {
    sqlite3_bind_text(roll, 1, r.month->data(), 7, SQLITE_STATIC);
    sqlite3_bind_text(roll, 2, r.source->data(), static_cast<int>(r.source->size()), SQLITE_STATIC);
    sqlite3_bind_text(roll, 3, r.target->data(), static_cast<int>(r.target->size()), SQLITE_STATIC);
    sqlite3_bind_int(roll, 4, r.quad);
    sqlite3_bind_int64(roll, 5, r.cell->events);
    sqlite3_bind_int64(roll, 6, r.cell->mentions);
    sqlite3_bind_double(roll, 7, r.cell->goldstein_sum);
    sqlite3_bind_int64(roll, 8, r.cell->goldstein_n);
    if (sqlite3_step(roll) != SQLITE_DONE) {
      std::fprintf(stderr, "sqlite: %s\n", sqlite3_errmsg(db));
      sqlite3_finalize(roll);
      return false;
    }
    sqlite3_reset(roll);
  }
  sqlite3_finalize(roll);
  auto t_index = Clock::now();
  if (!exec(db, store_schema_sql()) || !exec(db, "COMMIT")) return false;
  std::printf("indexes rebuilt in %.1f s\n", seconds_since(t_index));
  std::printf("filled %lld events, %zu rollup rows\n", static_cast<long long>(id), rows.size());
  return exec(db, "PRAGMA journal_mode=WAL;");
}

void time_aggregate(const Store& store, const char* what, AggregateQuery q) {
  auto t0 = Clock::now();
  std::clock_t cpu0 = std::clock();
  auto r = aggregate_events(store, q);
  double s = seconds_since(t0);
  double cpu = static_cast<double>(std::clock() - cpu0) / CLOCKS_PER_SEC;
  if (!r) {
    std::printf("%-52s error: %s\n", what, r.error().c_str());
    return;
  }
  int64_t total = 0;
  size_t count = 0;
  for (size_t i = 0; i < r->columns.size(); ++i)
    if (r->columns[i] == "count") count = i;
  for (const auto& row : r->rows) total += std::get<int64_t>(row[count]);
  std::printf("%-48s %7.3f s (cpu %6.3f s)  %7zu rows  %9lld events  %s\n", what, s, cpu,
              r->rows.size(), static_cast<long long>(total),
              rollup_applies(q) ? "rollup" : "events table");
}

}  // namespace

int main(int argc, char** argv) {
  int64_t n_events = 10'000'000;
  std::string path = (std::filesystem::temp_directory_path() / "dyad_aggregate_bench.db").string();
  bool keep = false, reuse = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--events" && i + 1 < argc) n_events = std::atoll(argv[++i]);
    else if (a == "--db" && i + 1 < argc) path = argv[++i];
    else if (a == "--keep") keep = true;
    else if (a == "--reuse") reuse = keep = true;
    else {
      std::fprintf(stderr, "usage: %s [--events N] [--db PATH] [--keep] [--reuse]\n", argv[0]);
      return 2;
    }
  }
  if (!reuse)
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  {
    auto store = Store::open(path);
    if (!store) {
      std::fprintf(stderr, "%s\n", store.error().c_str());
      return 1;
    }
    if (!reuse) {
      auto t0 = Clock::now();
      if (!fill((*store)->db(), n_events)) return 1;
      std::printf("fill: %.1f s (one transaction, prepared statements), file %.0f MB\n",
                  seconds_since(t0), std::filesystem::file_size(path) / 1e6);
    }
  }
  auto store = Store::open(path, true);
  if (!store) {
    std::fprintf(stderr, "%s\n", store.error().c_str());
    return 1;
  }
  AggregateQuery all;
  all.by = {"month", "dyad"};
  all.limit = 1'000'000;
  AggregateQuery usa = all;
  usa.filter.source = "USA";
  AggregateQuery year = all;
  year.by = {"year", "quad"};
  time_aggregate(**store, "aggregate by month,dyad", all);
  time_aggregate(**store, "aggregate by month,dyad --source USA", usa);
  time_aggregate(**store, "aggregate by year,quad", year);
  for (AggregateQuery* q : {&all, &usa, &year}) q->use_rollup = false;
  time_aggregate(**store, "aggregate by month,dyad (forced: events table)", all);
  time_aggregate(**store, "aggregate by month,dyad --source USA (forced)", usa);
  time_aggregate(**store, "aggregate by year,quad (forced)", year);
  store->reset();
  if (!keep)
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  return 0;
}
