// ClickHouse backend benchmark: starts a throw-away cluster (src/clickhouse/test_cluster.h),
// fills it with synthetic merged events generated server-side (fixed formulas, no RNG state:
// the same rows on every run), times dyad-by-month aggregations over them through
// ClickHouseBackend::aggregate, then times ClickHouseBackend::put of synthetic coded
// articles. Prints the figures.
//
//   dyad_bench_clickhouse [--shards N] [--events N] [--articles N] [--batch N] [--spec S]
//
// --spec http://h1:8123?cluster=c,http://h2:8123 measures an existing cluster instead, in a
// new database bench_<unix time> that it leaves behind (DROP DATABASE of a filled bench
// database once hung ClickHouse 18.16 here).
//
// The events: 200 actor codes, 4,000 dyads drawn with a heavy head (dyad rank ~ u^3, as
// news concentrates on a few dyads), 200 event codes over the 20 CAMEO roots, 10 years of
// days. Every (date, source, target, code) is distinct: within a dyad its events take
// consecutive slots of the 3,652 x 200 (day, code) grid, scrambled by a bijection.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <random>
#include <string>
#include <vector>

#include "clickhouse/connection.h"
#include "clickhouse/rows.h"
#include "clickhouse/test_cluster.h"
#include "dyad/clickhouse.h"

using namespace dyad;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

std::string actor_code(int i) {
  // 200 codes: 3-letter "countries", a third of them with a GOV/MIL agent suffix.
  std::string c;
  c += char('A' + i % 26);
  c += char('A' + (i / 26) % 26);
  c += char('A' + (i * 7) % 26);
  if (i % 3 == 1) c += "GOV";
  if (i % 3 == 2) c += "MIL";
  return c;
}

// Dyad rank d (0..3999) -> source and target actor indexes.
int dyad_source(int d) { return d % 200; }
int dyad_target(int d) { return (d % 200 + 1 + (d / 200) * 7) % 200; }

std::string events_insert(const std::string& db, int64_t n_events, int shards, int shard) {
  std::string actors = "[";
  for (int i = 0; i < 200; ++i) actors += (i ? ",'" : "'") + actor_code(i) + "'";
  actors += "]";
  // Each shard keeps the dyads the backend places on it (ch::dyad_shard).
  std::string shard_of = "[";
  for (int d = 0; d < 4000; ++d)
    shard_of += (d ? "," : "") +
                std::to_string(ch::dyad_shard(actor_code(dyad_source(d)),
                                              actor_code(dyad_target(d)), size_t(shards)));
  shard_of += "]";
  const std::string N = std::to_string(n_events);
  // d: dyad rank (0..3999), monotone in n; slot: n's place among its dyad's events.
  std::string d = "toUInt32(least(3999, floor(4000 * pow(n / " + N + ", 3))))";
  std::string first = "toUInt64(ceil(" + N + " * pow(d / 4000, 1 / 3)))";
  return "INSERT INTO " + db + ".events_local (id, date, source, target, code, source_country, "
         "target_country, root, quad, goldstein, place, country, admin1, lat, lon, precision, "
         "num_mentions, num_sources, num_articles, first_article, source_url, sign, version) "
         "SELECT toInt64(n + 1), toDate('2013-01-01') + (x % 3652), arrayElement(" + actors +
         ", s + 1), arrayElement(" + actors + ", t + 1), concat(leftPadRoot, toString(c % 10)), "
         "substring(arrayElement(" + actors + ", s + 1), 1, 3), substring(arrayElement(" +
         actors + ", t + 1), 1, 3), leftPadRoot, toUInt8(multiIf(root <= 5, 1, root <= 8, 2, "
         "root <= 13, 3, 4)), round((10 - root) * 0.9 + (c % 10) * 0.1 - 0.5, 1), '', '', '', "
         "NULL, NULL, '', toUInt32(1 + n % 5), toUInt32(1 + n % 3), toUInt32(1 + n % 4), "
         "concat('a', toString(n)), '', 1, 1 FROM (SELECT n, d, s, t, x, intDiv(x, 3652) AS c, "
         "1 + intDiv(c, 10) AS root, if(root < 10, concat('0', toString(root)), toString(root)) "
         "AS leftPadRoot FROM (SELECT number AS n, " + d + " AS d, d % 200 AS s, "
         "(s + 1 + intDiv(d, 200) * 7) % 200 AS t, ((n - least(n, " + first + ")) * 7919) % "
         "730400 AS x FROM numbers(" + N + ") WHERE arrayElement(" + shard_of + ", d + 1) = " +
         std::to_string(shard) + "))";
}

CodedArticle synthetic_article(int64_t i, std::mt19937_64& rng) {
  static const char* outlets[] = {"NPR", "BBC", "AFP", "Reuters", "AP"};
  CodedArticle a;
  a.article.id = "bench-" + std::to_string(i);
  int day = int(rng() % 28) + 1;
  a.article.date = "2022-02-" + std::string(day < 10 ? "0" : "") + std::to_string(day);
  a.article.source = outlets[rng() % 5];
  a.article.url = "https://example.org/news/" + std::to_string(i);
  a.article.title = "Synthetic article " + std::to_string(i);
  int n = 1 + int(rng() % 8);
  for (int j = 0; j < n; ++j) {
    std::string sentence = "Officials of " + actor_code(int(rng() % 200)) +
                           " said on Tuesday that the talks with their neighbours would "
                           "resume next week in the capital, sentence " + std::to_string(j) + ".";
    uint32_t begin = uint32_t(a.article.text.size());
    a.article.text += sentence + " ";
    a.result.sentence_spans.push_back({j, begin, begin + uint32_t(sentence.size())});
    Event e;
    e.id = a.article.id + "-" + std::to_string(j);
    e.article = a.article.id;
    e.sentence = j;
    e.text = sentence;
    e.date = a.article.date;
    e.article_date = a.article.date;
    int s = int(rng() % 40), t = int(rng() % 40);
    e.source = actor_code(s);
    e.target = actor_code(t == s ? (t + 1) % 40 : t);
    int root = 1 + int(rng() % 20);
    e.code = (root < 10 ? "0" : "") + std::to_string(root) + std::to_string(rng() % 3);
    e.root = e.code.substr(0, 2);
    e.quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    e.goldstein = (10 - root) * 0.9;
    e.coder = "bench";
    a.result.events.push_back(std::move(e));
  }
  a.result.sentences = n;
  return a;
}

}  // namespace

int main(int argc, char** argv) {
  int shards = 2;
  int64_t n_events = 10'000'000, n_articles = 20'000, batch = 1000;
  std::string spec;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--spec")) spec = argv[i + 1];
    if (!std::strcmp(argv[i], "--shards")) shards = std::atoi(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--events")) n_events = std::atoll(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--articles")) n_articles = std::atoll(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--batch")) batch = std::atoll(argv[i + 1]);
  }
  std::unique_ptr<ch::TestCluster> cluster;
  if (spec.empty()) {
    if (ch::TestCluster::server_path().empty()) {
      std::printf("clickhouse-server is not installed: nothing to measure\n");
      return 0;
    }
    ch::TestClusterOptions opts;
    opts.shards = shards;
    auto started = Clock::now();
    auto c = ch::TestCluster::start(opts);
    if (!c) {
      std::fprintf(stderr, "cannot start ClickHouse: %s\n", c.error().c_str());
      return 1;
    }
    cluster = std::move(*c);
    std::printf("cluster: %d shard(s) up in %.1f s\n", shards, seconds_since(started));
    spec = cluster->spec("bench");
  }
  auto cfg = parse_clickhouse_spec(spec);
  if (!cfg) {
    std::fprintf(stderr, "%s\n", cfg.error().c_str());
    return 1;
  }
  cfg->database = cluster ? "bench" : "bench_" + std::to_string(std::time(nullptr));
  const std::string db = cfg->database;
  shards = int(cfg->shards.size());
  auto backend = ClickHouseBackend::open(*cfg);
  if (!backend) {
    std::fprintf(stderr, "%s\n", backend.error().c_str());
    return 1;
  }
  ClickHouseBackend& b = **backend;

  // 1. Merged events, generated by each shard for its share.
  auto t0 = Clock::now();
  for (int s = 0; s < shards; ++s) {
    auto r = ch::Connection(cfg->shards[s]).execute(events_insert(db, n_events, shards, s));
    if (!r) {
      std::fprintf(stderr, "%s\n", r.error().c_str());
      return 1;
    }
  }
  std::printf("events: %lld synthetic merged events inserted in %.1f s\n",
              static_cast<long long>(n_events), seconds_since(t0));
  // Let the background merges settle (as they do within minutes of a bulk load): a freshly
  // filled table has many small parts, and the rollup one row per month, dyad and block.
  auto t_merge = Clock::now();
  for (int s = 0; s < shards; ++s)
    for (const char* t : {"events_local", "rollup_local"})
      (void)ch::Connection(cfg->shards[s]).execute("OPTIMIZE TABLE " + db + "." + t + " FINAL");
  std::printf("merges (OPTIMIZE FINAL) in %.1f s\n", seconds_since(t_merge));

  auto time_aggregate = [&](const char* what, const AggregateQuery& q) {
    double best = 1e9;
    size_t rows = 0;
    int64_t events = 0;
    for (int run = 0; run < 3; ++run) {
      auto t = Clock::now();
      auto r = b.aggregate(q);
      double dt = seconds_since(t);
      if (!r) {
        std::fprintf(stderr, "%s: %s\n", what, r.error().c_str());
        return;
      }
      best = std::min(best, dt);
      rows = r->rows.size();
      events = 0;
      for (const auto& row : r->rows) events += std::get<int64_t>(row[q.by[0] == "dyad" ? 3 : 1]);
    }
    std::printf("aggregate %-44s %8.3f s  (%zu rows, %lld events; best of 3)\n", what, best, rows,
                static_cast<long long>(events));
  };
  for (bool rollup : {true, false}) {
    std::printf("-- %s\n", rollup ? "rollup_local (the default for these queries)"
                                   : "events_local (use_rollup = false)");
    AggregateQuery q;
    q.use_rollup = rollup;
    q.by = {"dyad", "month"};
    q.limit = 1'000'000;
    time_aggregate("by dyad,month (every row)", q);
    q.limit = 10'000;
    time_aggregate("by dyad,month (limit 10000)", q);
    q.by = {"month"};
    time_aggregate("by month", q);
    q.by = {"dyad", "month"};
    q.filter.source = actor_code(0);
    time_aggregate(("by dyad,month, source=" + actor_code(0)).c_str(), q);
  }

  // 2. Ingest of coded articles through put().
  std::mt19937_64 rng(20240229);
  std::vector<CodedArticle> articles;
  articles.reserve(n_articles);
  size_t mentions = 0;
  for (int64_t i = 0; i < n_articles; ++i) {
    articles.push_back(synthetic_article(i, rng));
    mentions += articles.back().result.events.size();
  }
  auto t1 = Clock::now();
  PutStats total;
  for (int64_t i = 0; i < n_articles; i += batch) {
    std::vector<CodedArticle> part(articles.begin() + i,
                                   articles.begin() + std::min<int64_t>(n_articles, i + batch));
    auto st = b.put(part);
    if (!st) {
      std::fprintf(stderr, "put: %s\n", st.error().c_str());
      return 1;
    }
    total.articles += st->articles;
    total.mentions += st->mentions;
    total.events_touched += st->events_touched;
  }
  double dt = seconds_since(t1);
  std::printf("ingest: %zu articles, %zu mentions, %zu merged events touched in %.2f s: "
              "%.0f articles/s, %.0f mentions/s (batches of %lld)\n",
              total.articles, total.mentions, total.events_touched, dt, total.articles / dt,
              total.mentions / dt, static_cast<long long>(batch));
  // Re-ingesting the same articles replaces them.
  auto t2 = Clock::now();
  for (int64_t i = 0; i < n_articles; i += batch) {
    std::vector<CodedArticle> part(articles.begin() + i,
                                   articles.begin() + std::min<int64_t>(n_articles, i + batch));
    if (auto st = b.put(part); !st) {
      std::fprintf(stderr, "put: %s\n", st.error().c_str());
      return 1;
    }
  }
  dt = seconds_since(t2);
  std::printf("re-ingest (unchanged): %.2f s: %.0f articles/s\n", dt, n_articles / dt);
  ListQuery lq;
  lq.level = Level::Mentions;
  lq.filter.date_from = "2022-02-01";
  lq.filter.date_to = "2022-02-28";
  auto t3 = Clock::now();
  auto listed = b.list(lq);
  if (listed)
    std::printf("list mentions of Feb 2022: total %lld (expected %zu) in %.3f s\n",
                static_cast<long long>(listed->total), mentions, seconds_since(t3));
  return 0;
}
