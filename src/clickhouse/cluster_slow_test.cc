// The ClickHouse backend against two real clickhouse-server processes (started by the test
// on free loopback ports, stopped at the end): ingest through both shards, queries over the
// Distributed tables, re-ingest, hostile filter values, and articles coded by dyad's coder.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "clickhouse/connection.h"
#include "clickhouse/rows.h"
#include "clickhouse/test_cluster.h"
#include "dyad/clickhouse.h"
#include "dyad/dictionary.h"
#include "dyad/tagger.h"

namespace dyad {
namespace {

using ch::TestCluster;

// One coded event of a synthetic article.
struct Spec {
  std::string date, source, target, code;
  int quad = 1;
  double goldstein = 1.0;
  std::string place = "", country = "";
  std::string sentence = "Something happened.";
};

Event make_event(const std::string& article, int sentence, const Spec& s) {
  Event e;
  e.id = article + "-s" + std::to_string(sentence) + "-" + s.source + s.target + s.code;
  e.article = article;
  e.sentence = sentence;
  e.text = s.sentence;
  e.date = s.date;
  e.article_date = s.date;
  e.source = s.source;
  e.target = s.target;
  e.code = s.code;
  e.root = s.code.substr(0, 2);
  e.quad = s.quad;
  e.goldstein = s.goldstein;
  e.coder = "test";
  if (!s.place.empty()) {
    e.location.name = s.place;
    e.location.country = s.country;
    e.location.precision = "city";
    e.location.lat = 16.27;
    e.location.lon = -0.04;
  }
  return e;
}

CodedArticle make_article(const std::string& id, const std::string& outlet,
                          const std::vector<Spec>& specs) {
  CodedArticle a;
  a.article.id = id;
  a.article.date = specs.empty() ? "2022-01-01" : specs.front().date;
  a.article.source = outlet;
  a.article.url = "https://example.org/" + id;
  a.article.title = "Title of " + id;
  for (size_t i = 0; i < specs.size(); ++i) {
    a.article.text += specs[i].sentence + " ";
    a.result.events.push_back(make_event(id, int(i), specs[i]));
  }
  a.result.sentences = int(specs.size());
  return a;
}

// 60 articles over 3 outlets, 2 months and a handful of dyads; the same (date, dyad, code)
// recurs across articles so that merged events gather mentions from both shards.
std::vector<CodedArticle> corpus() {
  const char* sources[] = {"FRA", "FRAGOV", "MLI", "USA"};
  const char* targets[] = {"MLI", "MLIREB", "FRA"};
  const char* codes[] = {"0874", "190", "042"};
  const char* outlets[] = {"NPR", "BBC", "AFP"};
  std::vector<CodedArticle> out;
  for (int i = 0; i < 60; ++i) {
    std::vector<Spec> specs;
    for (int j = 0; j < 1 + i % 3; ++j) {
      Spec s;
      s.date = (i + j) % 2 ? "2022-02-1" + std::to_string(i % 5) : "2022-03-0" + std::to_string(1 + i % 4);
      s.source = sources[(i + j) % 4];
      s.target = targets[(i * 7 + j) % 3];
      s.code = codes[(i + 2 * j) % 3];
      s.quad = s.code == "190" ? 4 : s.code == "042" ? 1 : 3;
      s.goldstein = s.code == "190" ? -10.0 : s.code == "042" ? 1.9 : -2.5;
      if (i % 4 == 0) {
        s.place = "Gao";
        s.country = "ML";
      }
      s.sentence = "Sentence " + std::to_string(j) + " of article " + std::to_string(i) +
                   (s.code == "0874" ? ": France will withdraw its troops from Mali." : ".");
      specs.push_back(s);
    }
    out.push_back(make_article("art-" + std::to_string(i), outlets[i % 3], specs));
  }
  return out;
}

// What the store should hold: merged events keyed by (date, source, target, code).
struct Expected {
  struct Merged {
    int mentions = 0;
    std::set<std::string> articles, outlets;
    int quad = 0;
    double goldstein = 0;
  };
  std::map<std::tuple<std::string, std::string, std::string, std::string>, Merged> events;
  int mentions = 0;
};

Expected expect(const std::vector<CodedArticle>& articles) {
  Expected x;
  std::map<std::string, const CodedArticle*> last;
  for (const auto& a : articles) last[a.article.id] = &a;
  for (const auto& [id, a] : last) {
    for (const Event& e : a->result.events) {
      auto& m = x.events[{e.date, e.source, e.target, e.code}];
      ++m.mentions;
      m.articles.insert(id);
      m.outlets.insert(a->article.source);
      m.quad = *e.quad;
      m.goldstein = *e.goldstein;
      ++x.mentions;
    }
  }
  return x;
}

int64_t integer(const Value& v) { return std::get<int64_t>(v); }

int column(const Table& t, const std::string& name) {
  for (size_t i = 0; i < t.columns.size(); ++i)
    if (t.columns[i] == name) return int(i);
  ADD_FAILURE() << "no column " << name;
  return 0;
}

class ClickHouseCluster : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (TestCluster::server_path().empty()) return;
    auto c = TestCluster::start();
    if (!c) {
      start_error_ = new std::string(c.error());
      return;
    }
    cluster_ = c->release();
  }
  static void TearDownTestSuite() {
    delete cluster_;  // stops the servers
    cluster_ = nullptr;
    delete start_error_;
    start_error_ = nullptr;
  }

  void SetUp() override {
    if (TestCluster::server_path().empty())
      GTEST_SKIP() << "clickhouse-server is not installed (Debian: apt-get install "
                      "clickhouse-server); the ClickHouse backend is not tested";
    ASSERT_EQ(start_error_, nullptr) << *start_error_;
    ASSERT_NE(cluster_, nullptr);
  }

  // A backend on its own database, so tests do not see each other's rows.
  std::unique_ptr<ClickHouseBackend> open(const std::string& database) {
    auto cfg = parse_clickhouse_spec(cluster_->spec(database));
    EXPECT_TRUE(cfg.ok()) << cfg.error();
    if (!cfg) return nullptr;
    auto b = ClickHouseBackend::open(*cfg);
    EXPECT_TRUE(b.ok()) << b.error();
    return b ? std::move(*b) : nullptr;
  }

  int64_t count_on_shard(size_t shard, const std::string& sql) {
    auto t = ch::Connection(cluster_->urls()[shard]).select(sql);
    EXPECT_TRUE(t.ok()) << t.error();
    return t && !t->rows.empty() ? integer(t->rows[0][0]) : -1;
  }

  static TestCluster* cluster_;
  static std::string* start_error_;
};

TestCluster* ClickHouseCluster::cluster_ = nullptr;
std::string* ClickHouseCluster::start_error_ = nullptr;

TEST_F(ClickHouseCluster, IngestLandsOnBothShardsAndQueriesSeeAll) {
  auto b = open("t_ingest");
  ASSERT_TRUE(b);
  auto articles = corpus();
  auto stats = b->put(articles);
  ASSERT_TRUE(stats.ok()) << stats.error();
  Expected x = expect(articles);
  EXPECT_EQ(stats->articles, articles.size());
  EXPECT_EQ(stats->replaced, 0u);
  EXPECT_EQ(stats->mentions, size_t(x.mentions));
  EXPECT_EQ(stats->events_created, x.events.size());

  // Both shards hold articles and mentions, and together exactly the corpus.
  int64_t a1 = count_on_shard(0, "SELECT count() FROM t_ingest.articles_local");
  int64_t a2 = count_on_shard(1, "SELECT count() FROM t_ingest.articles_local");
  EXPECT_GT(a1, 0);
  EXPECT_GT(a2, 0);
  EXPECT_EQ(a1 + a2, int64_t(articles.size()));
  int64_t m1 = count_on_shard(0, "SELECT count() FROM t_ingest.mentions_local");
  int64_t m2 = count_on_shard(1, "SELECT count() FROM t_ingest.mentions_local");
  EXPECT_GT(m1, 0);
  EXPECT_GT(m2, 0);
  EXPECT_EQ(m1 + m2, x.mentions);
  EXPECT_GT(count_on_shard(0, "SELECT sum(sign) FROM t_ingest.events_local"), 0);
  EXPECT_GT(count_on_shard(1, "SELECT sum(sign) FROM t_ingest.events_local"), 0);
  // Merged events live on their dyad's shard: no dyad on both.
  std::set<std::string> dyads[2];
  for (size_t s = 0; s < 2; ++s) {
    auto t = ch::Connection(cluster_->urls()[s])
                 .select("SELECT DISTINCT concat(source, '-', target) FROM t_ingest.events_local");
    ASSERT_TRUE(t.ok()) << t.error();
    for (const auto& row : t->rows) dyads[s].insert(std::get<std::string>(row[0]));
  }
  for (const auto& d : dyads[0]) EXPECT_FALSE(dyads[1].count(d)) << d;

  ListQuery lq;
  lq.limit = 1000;
  auto events = b->list(lq);
  ASSERT_TRUE(events.ok()) << events.error();
  EXPECT_EQ(events->total, int64_t(x.events.size()));
  ASSERT_EQ(events->rows.size(), x.events.size());
  EXPECT_EQ(events->columns,
            (std::vector<std::string>{"id", "date", "source", "target", "code", "root", "quad",
                                      "goldstein", "place", "country", "lat", "lon",
                                      "num_mentions", "num_sources", "num_articles", "story_id",
                                      "source_url"}));
  // Every merged event carries the counts of all its mentions, whichever shard holds them.
  std::string previous_date = "9999";
  for (const auto& row : events->rows) {
    auto key = std::make_tuple(std::get<std::string>(row[1]), std::get<std::string>(row[2]),
                               std::get<std::string>(row[3]), std::get<std::string>(row[4]));
    ASSERT_TRUE(x.events.count(key)) << std::get<1>(key) << " " << std::get<2>(key);
    const auto& m = x.events.at(key);
    EXPECT_EQ(integer(row[12]), m.mentions);
    EXPECT_EQ(integer(row[13]), int64_t(m.outlets.size()));
    EXPECT_EQ(integer(row[14]), int64_t(m.articles.size()));
    EXPECT_EQ(integer(row[6]), m.quad);
    EXPECT_LE(std::get<std::string>(row[1]), previous_date);  // newest first
    previous_date = std::get<std::string>(row[1]);
  }

  lq.level = Level::Mentions;
  auto mentions = b->list(lq);
  ASSERT_TRUE(mentions.ok()) << mentions.error();
  EXPECT_EQ(mentions->total, x.mentions);
  EXPECT_EQ(mentions->columns.size(), 23u);
  EXPECT_EQ(mentions->columns[column(*mentions, "sentence")], "sentence");
}

TEST_F(ClickHouseCluster, PrefixFilterAndMonthlyAggregationMatchTheCorpus) {
  auto b = open("t_aggregate");
  ASSERT_TRUE(b);
  auto articles = corpus();
  ASSERT_TRUE(b->put(articles).ok());
  Expected x = expect(articles);

  int fra_events = 0;
  std::map<std::string, std::pair<int, int>> by_month;  // month -> events, mentions
  std::map<std::string, double> goldstein_sum;
  for (const auto& [key, m] : x.events) {
    if (std::get<1>(key).rfind("FRA", 0) == 0) ++fra_events;
    auto& mm = by_month[std::get<0>(key).substr(0, 7)];
    ++mm.first;
    mm.second += m.mentions;
    goldstein_sum[std::get<0>(key).substr(0, 7)] += m.goldstein;
  }
  ASSERT_GT(fra_events, 0);

  ListQuery lq;
  lq.filter.source = "fra*";  // prefix, case-insensitive like the SQLite store
  auto fra = b->list(lq);
  ASSERT_TRUE(fra.ok()) << fra.error();
  EXPECT_EQ(fra->total, fra_events);
  for (const auto& row : fra->rows) EXPECT_EQ(std::get<std::string>(row[2]).substr(0, 3), "FRA");

  AggregateQuery aq;
  aq.by = {"month"};
  auto months = b->aggregate(aq);
  ASSERT_TRUE(months.ok()) << months.error();
  EXPECT_EQ(months->columns,
            (std::vector<std::string>{"month", "count", "mentions", "goldstein_mean",
                                      "goldstein_sum", "quad1_share", "quad2_share",
                                      "quad3_share", "quad4_share"}));
  ASSERT_EQ(months->rows.size(), by_month.size());
  size_t i = 0;
  for (const auto& [month, counts] : by_month) {
    const auto& row = months->rows[i++];
    EXPECT_EQ(std::get<std::string>(row[0]), month);
    EXPECT_EQ(integer(row[1]), counts.first) << month;
    EXPECT_EQ(integer(row[2]), counts.second) << month;
    EXPECT_NEAR(std::get<double>(row[4]), goldstein_sum[month], 1e-9);
    EXPECT_NEAR(std::get<double>(row[3]), goldstein_sum[month] / counts.first, 1e-9);
  }

  // The rollup (the default for these keys) and the events table agree.
  for (auto by : {std::vector<std::string>{"month"}, std::vector<std::string>{"dyad", "year"}}) {
    AggregateQuery fast, slow;
    fast.by = slow.by = by;
    fast.filter.actor = slow.filter.actor = "MLI";
    slow.use_rollup = false;
    auto f = b->aggregate(fast);
    auto s = b->aggregate(slow);
    ASSERT_TRUE(f.ok()) << f.error();
    ASSERT_TRUE(s.ok()) << s.error();
    ASSERT_EQ(f->columns, s->columns);
    ASSERT_EQ(f->rows.size(), s->rows.size());
    for (size_t r = 0; r < f->rows.size(); ++r)
      for (size_t c = 0; c < f->columns.size(); ++c) {
        if (auto d = std::get_if<double>(&f->rows[r][c]))
          EXPECT_NEAR(*d, std::get<double>(s->rows[r][c]), 1e-9) << f->columns[c];
        else
          EXPECT_EQ(f->rows[r][c], s->rows[r][c]) << f->columns[c];
      }
  }

  // Dyad by month, mentions level, and the other keys run and agree on the totals.
  int64_t total_events = 0;
  aq.by = {"dyad", "month"};
  auto dyads = b->aggregate(aq);
  ASSERT_TRUE(dyads.ok()) << dyads.error();
  for (const auto& row : dyads->rows) total_events += integer(row[3]);
  EXPECT_EQ(total_events, int64_t(x.events.size()));
  aq.level = Level::Mentions;
  aq.by = {"week", "quad", "place", "source_country"};
  auto weeks = b->aggregate(aq);
  ASSERT_TRUE(weeks.ok()) << weeks.error();
  int64_t total_mentions = 0;
  for (const auto& row : weeks->rows) total_mentions += integer(row[column(*weeks, "count")]);
  EXPECT_EQ(total_mentions, x.mentions);
  EXPECT_EQ(std::get<std::string>(weeks->rows.front()[0]).substr(4, 2), "-W");
}

TEST_F(ClickHouseCluster, ReingestReplacesInsteadOfDuplicating) {
  auto b = open("t_reingest");
  ASSERT_TRUE(b);
  auto articles = corpus();
  ASSERT_TRUE(b->put(articles).ok());
  Expected x = expect(articles);

  auto again = b->put(articles);
  ASSERT_TRUE(again.ok()) << again.error();
  EXPECT_EQ(again->replaced, articles.size());
  EXPECT_EQ(again->articles_changed, 0u);
  EXPECT_EQ(again->events_touched, 0u);  // nothing changed
  ListQuery lq;
  auto events = b->list(lq);
  ASSERT_TRUE(events.ok()) << events.error();
  EXPECT_EQ(events->total, int64_t(x.events.size()));
  lq.level = Level::Mentions;
  auto mentions = b->list(lq);
  ASSERT_TRUE(mentions.ok()) << mentions.error();
  EXPECT_EQ(mentions->total, x.mentions);

  // A new version of art-5 with another code, and art-7 left without events.
  std::vector<CodedArticle> changed = {
      make_article("art-5", "NPR", {{"2022-04-01", "RUS", "UKR", "190", 4, -10.0}}),
      make_article("art-7", "NPR", {})};
  auto st = b->put(changed);
  ASSERT_TRUE(st.ok()) << st.error();
  EXPECT_EQ(st->replaced, 2u);
  EXPECT_EQ(st->articles_changed, 2u);
  EXPECT_EQ(st->code_changes["190"].added, 1u);
  for (auto& a : articles)
    if (a.article.id == "art-5" || a.article.id == "art-7") a = changed[a.article.id == "art-7"];
  Expected y = expect(articles);
  lq.level = Level::Events;
  events = b->list(lq);
  ASSERT_TRUE(events.ok());
  EXPECT_EQ(events->total, int64_t(y.events.size()));
  lq.level = Level::Mentions;
  mentions = b->list(lq);
  ASSERT_TRUE(mentions.ok());
  EXPECT_EQ(mentions->total, y.mentions);
  AggregateQuery aq;
  aq.by = {"month"};
  auto months = b->aggregate(aq);
  ASSERT_TRUE(months.ok());
  int64_t total = 0, april = 0;
  for (const auto& row : months->rows) {
    total += integer(row[1]);
    if (std::get<std::string>(row[0]) == "2022-04") april = integer(row[1]);
  }
  EXPECT_EQ(total, int64_t(y.events.size()));
  EXPECT_EQ(april, 1);
  aq.use_rollup = false;  // the events table says the same
  auto slow = b->aggregate(aq);
  ASSERT_TRUE(slow.ok()) << slow.error();
  ASSERT_EQ(slow->rows.size(), months->rows.size());
  for (size_t r = 0; r < slow->rows.size(); ++r) EXPECT_EQ(slow->rows[r][1], months->rows[r][1]);
  lq.filter.article = "art-7";
  mentions = b->list(lq);
  ASSERT_TRUE(mentions.ok());
  EXPECT_EQ(mentions->total, 0);

  // Merges do not change what queries see.
  for (const auto& url : cluster_->urls())
    for (const char* t : {"articles_local", "mentions_local", "events_local"})
      ASSERT_TRUE(ch::Connection(url).execute(std::string("OPTIMIZE TABLE t_reingest.") + t + " FINAL").ok());
  lq.filter.article.clear();
  mentions = b->list(lq);
  ASSERT_TRUE(mentions.ok());
  EXPECT_EQ(mentions->total, y.mentions);
  lq.level = Level::Events;
  events = b->list(lq);
  ASSERT_TRUE(events.ok());
  EXPECT_EQ(events->total, int64_t(y.events.size()));
}

TEST_F(ClickHouseCluster, QuoteLadenValuesAreDataNotSql) {
  auto b = open("t_quotes");
  ASSERT_TRUE(b);
  const std::string nasty = "o'brien\\'); DROP TABLE t_quotes.mentions_local; --\t\"x\"\n";
  Spec s{"2022-05-01", "FRA", "MLI", "0874", 3, -2.5, "O'Brien\\", "IE",
         "It's \"quoted\"\ttab\\backslash and withdraw."};
  auto a = make_article(nasty, "Outlet's", {s});
  ASSERT_TRUE(b->put({a, make_article("plain", "NPR", {{"2022-05-01", "FRA", "MLI", "042"}})}).ok());

  ListQuery lq;
  lq.level = Level::Mentions;
  lq.filter.article = nasty;
  auto r = b->list(lq);
  ASSERT_TRUE(r.ok()) << r.error();
  ASSERT_EQ(r->total, 1);
  EXPECT_EQ(std::get<std::string>(r->rows[0][column(*r, "article_id")]), nasty);
  EXPECT_EQ(std::get<std::string>(r->rows[0][column(*r, "sentence")]), s.sentence);
  EXPECT_EQ(std::get<std::string>(r->rows[0][column(*r, "place")]), "O'Brien\\");
  EXPECT_EQ(std::get<std::string>(r->rows[0][column(*r, "outlet")]), "Outlet's");

  // Injection attempts through every free-text field match nothing and break nothing.
  lq.filter = {};
  lq.filter.article = "x' OR '1'='1";
  r = b->list(lq);
  ASSERT_TRUE(r.ok()) << r.error();
  EXPECT_EQ(r->total, 0);
  lq.filter = {};
  lq.filter.place = "' OR 1=1 OR place='";
  r = b->list(lq);
  ASSERT_TRUE(r.ok()) << r.error();
  EXPECT_EQ(r->total, 0);
  lq.filter = {};
  lq.filter.place = "o'brien\\";
  r = b->list(lq);
  ASSERT_TRUE(r.ok()) << r.error();
  EXPECT_EQ(r->total, 1);
  lq.filter = {};
  lq.filter.text = "\"it's\"";
  r = b->list(lq);
  ASSERT_TRUE(r.ok()) << r.error();
  EXPECT_EQ(r->total, 1);
  lq.level = Level::Events;
  lq.filter.text = "\"withdraw\" OR \"') OR 1=1 --\"";
  r = b->list(lq);
  ASSERT_TRUE(r.ok()) << r.error();
  EXPECT_EQ(r->total, 1);
  lq.filter = {};
  r = b->list(lq);
  ASSERT_TRUE(r.ok()) << r.error();
  EXPECT_EQ(r->total, 2);  // the table is still there
}

TEST_F(ClickHouseCluster, TextSearchAndEventIdFilters) {
  auto b = open("t_text");
  ASSERT_TRUE(b);
  ASSERT_TRUE(b->put(corpus()).ok());
  ListQuery lq;
  lq.level = Level::Mentions;
  lq.limit = 1000;
  lq.filter.text = "withdr*";
  auto r = b->list(lq);
  ASSERT_TRUE(r.ok()) << r.error();
  ASSERT_GT(r->total, 0);
  for (const auto& row : r->rows) EXPECT_EQ(std::get<std::string>(row[column(*r, "code")]), "0874");
  lq.filter.text = "withdr";  // a whole word, not a prefix: no match
  auto none = b->list(lq);
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none->total, 0);
  lq.filter.text = "\"troops from Mali\" NOT article";
  none = b->list(lq);
  ASSERT_TRUE(none.ok()) << none.error();
  EXPECT_EQ(none->total, 0);
  lq.filter.text = "NEAR(a b)";
  EXPECT_FALSE(b->list(lq).ok());

  // An event's mentions through event_id.
  ListQuery eq;
  eq.sort = "-mentions";
  auto top = b->list(eq);
  ASSERT_TRUE(top.ok()) << top.error();
  ASSERT_FALSE(top->rows.empty());
  int64_t id = integer(top->rows[0][0]);
  int64_t n = integer(top->rows[0][12]);
  ListQuery mq;
  mq.level = Level::Mentions;
  mq.filter.event_id = id;
  auto ms = b->list(mq);
  ASSERT_TRUE(ms.ok()) << ms.error();
  EXPECT_EQ(ms->total, n);
  eq.filter.event_id = id;
  auto one = b->list(eq);
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one->total, 1);
}

TEST_F(ClickHouseCluster, ArticlesCodedByTheCoder) {
  auto tagger = Tagger::load();
  auto lemmatizer = Lemmatizer::load();
  if (!tagger || !lemmatizer)
    GTEST_SKIP() << "tagger or lemmatizer data missing (scripts/setup installs them)";
  DictionarySet set;
  parse_actors("FRANCE [FRA]\n+FRENCH\nMALI [MLI]\n+MALIAN\n", "actors", set);
  parse_agents("TROOPS {} [~MIL]\nARMY [~MIL]\n", "agents", set);
  parse_verbs("--- WITHDRAW [087] ---\nWITHDRAW {WITHDRAWS WITHDREW WITHDRAWN WITHDRAWING}\n"
              "--- ATTACK [190] ---\nATTACK {ATTACKS ATTACKED ATTACKING}\n",
              "verbs", set);
  ASSERT_TRUE(set.diagnostics.empty()) << set.diagnostics.front().message;
  Coder coder(compile(std::move(set)), *tagger, *lemmatizer, nullptr);
  std::vector<CodedArticle> batch;
  const char* texts[] = {
      "France withdrew its troops from Mali on Monday. The Malian army attacked France.",
      "Mali attacked France. France will withdraw from Mali.",
      "The weather was fine in Paris."};
  size_t events = 0;
  for (int i = 0; i < 3; ++i) {
    CodedArticle a;
    a.article.id = "coded-" + std::to_string(i);
    a.article.date = "2022-02-17";
    a.article.source = "NPR";
    a.article.text = texts[i];
    a.result = coder.code_article(a.article);
    events += a.result.events.size();
    batch.push_back(std::move(a));
  }
  ASSERT_GT(events, 0u) << "the coder found no event";
  auto b = open("t_coded");
  ASSERT_TRUE(b);
  auto st = b->put(batch);
  ASSERT_TRUE(st.ok()) << st.error();
  EXPECT_EQ(st->mentions, events);
  ListQuery lq;
  lq.level = Level::Mentions;
  auto r = b->list(lq);
  ASSERT_TRUE(r.ok()) << r.error();
  EXPECT_EQ(r->total, int64_t(events));
  for (const auto& row : r->rows) {
    // "on Monday" dates an event before the article: 2022-02-14.
    EXPECT_EQ(std::get<std::string>(row[column(*r, "date")]).substr(0, 8), "2022-02-");
    EXPECT_FALSE(std::get<std::string>(row[column(*r, "sentence")]).empty());
  }
}

TEST_F(ClickHouseCluster, OpenExplainsAWrongClusterName) {
  ClickHouseConfig cfg;
  cfg.shards = cluster_->urls();
  cfg.cluster = "no_such_cluster";
  cfg.database = "t_wrong";
  auto b = ClickHouseBackend::open(cfg);
  ASSERT_FALSE(b.ok());
  EXPECT_NE(b.error().find("no_such_cluster"), std::string::npos) << b.error();
  cfg.cluster = cluster_->cluster();
  cfg.shards = {"http://127.0.0.1:1"};
  b = ClickHouseBackend::open(cfg);
  ASSERT_FALSE(b.ok());
  EXPECT_NE(b.error().find("127.0.0.1:1"), std::string::npos) << b.error();
}

}  // namespace
}  // namespace dyad
