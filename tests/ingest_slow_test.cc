// `dyad ingest` on the whole Reuters-21578 corpus: a rerun changes nothing, and an ingest
// killed mid-run (SIGKILL) then rerun stores every article exactly once with all its events,
// exactly as one clean run does.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/wait.h>

#include <chrono>
#include <filesystem>
#include <set>
#include <thread>

#include "dyad/store.h"
#include "store_support.h"

extern char** environ;

namespace dyad::e2e {
namespace {

std::string corpus() { return shared("data/corpora/reuters21578/articles.jsonl"); }

int64_t count(const std::string& db, const std::string& table) {
  auto r = rows(db, "SELECT count(*) FROM " + table);
  return r.size() == 1 && r[0].rfind("ERROR", 0) != 0 ? std::stoll(r[0]) : -1;
}

// Distinct ids of the corpus's records.
size_t corpus_ids() {
  std::set<std::string> ids;
  std::istringstream in(read_file(corpus()));
  std::string line;
  while (std::getline(in, line)) {
    auto k = line.find("\"id\": \"");
    size_t skip = 7;
    if (k == std::string::npos) k = line.find("\"id\":\""), skip = 6;
    if (k == std::string::npos) continue;
    ids.insert(line.substr(k + skip, line.find('"', k + skip) - k - skip));
  }
  return ids.size();
}

// One clean ingest of the corpus, shared by the tests.
class ReutersIngest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!std::filesystem::exists(corpus())) return;
    clean_db_ = fresh_db("reuters-clean");
    auto r = run_dyad("ingest -j 2 " + corpus() + " --db " + clean_db_);
    clean_status_ = r.status;
    clean_err_ = r.err;
  }
  void SetUp() override {
    if (!std::filesystem::exists(corpus())) GTEST_SKIP() << corpus() << " is absent";
    ASSERT_EQ(clean_status_, 0) << clean_err_;
  }
  static std::string clean_db_, clean_err_;
  static int clean_status_;
};
std::string ReutersIngest::clean_db_, ReutersIngest::clean_err_;
int ReutersIngest::clean_status_ = -1;

TEST_F(ReutersIngest, EveryArticleOnceAndARerunChangesNothing) {
  const int64_t articles = count(clean_db_, "articles");
  EXPECT_EQ(static_cast<size_t>(articles), corpus_ids());
  const int64_t mentions = count(clean_db_, "mentions"), events = count(clean_db_, "events"),
                stories = count(clean_db_, "stories");
  EXPECT_GT(mentions, 10000);
  EXPECT_GT(events, 5000);
  auto again = run_dyad("ingest " + corpus() + " --db " + clean_db_);
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_NE(again.err.find("0 articles new, 0 replaced, " + std::to_string(articles) +
                           " unchanged"),
            std::string::npos)
      << again.err;
  EXPECT_EQ(count(clean_db_, "articles"), articles);
  EXPECT_EQ(count(clean_db_, "mentions"), mentions);
  EXPECT_EQ(count(clean_db_, "events"), events);
  EXPECT_EQ(count(clean_db_, "stories"), stories);
  // The derived tables agree with the mentions.
  EXPECT_EQ(rows(clean_db_, "SELECT sum(num_mentions) FROM events"),
            std::vector<std::string>{std::to_string(mentions)});
  EXPECT_EQ(rows(clean_db_, "SELECT sum(mentions) FROM rollup_dyad_month"),
            std::vector<std::string>{std::to_string(mentions)});
  EXPECT_EQ(rows(clean_db_, "SELECT sum(num_events) FROM stories"),
            std::vector<std::string>{std::to_string(events)});
}

TEST_F(ReutersIngest, AKilledIngestResumesWithoutLossOrDuplicates) {
  std::string db = fresh_db("reuters-killed");
  std::vector<std::string> args = {DYAD_BINARY, "ingest", "-q", "-j", "2", corpus(), "--db", db};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  ASSERT_EQ(posix_spawn(&pid, DYAD_BINARY, &actions, nullptr, argv.data(), environ), 0);
  posix_spawn_file_actions_destroy(&actions);

  // Kill it once a few batches are committed.
  const int64_t total = count(clean_db_, "articles");
  int64_t committed = -1;
  bool exited = false;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(3);
  while (std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    if (::waitpid(pid, &status, WNOHANG) == pid) {
      exited = true;
      break;
    }
    if (std::filesystem::exists(db)) committed = count(db, "articles");
    if (committed >= 2000) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  if (!exited) {
    ::kill(pid, SIGKILL);
    ::waitpid(pid, nullptr, 0);
  }
  ASSERT_FALSE(exited) << "the ingest ended before it could be killed";
  committed = count(db, "articles");
  ASSERT_GE(committed, 2000);
  ASSERT_LT(committed, total) << "killed too late to test a resume";

  auto rerun = run_dyad("ingest -j 2 " + corpus() + " --db " + db);
  ASSERT_EQ(rerun.status, 0) << rerun.err;
  EXPECT_NE(rerun.err.find(std::to_string(committed) + " unchanged"), std::string::npos)
      << "committed " << committed << "; " << rerun.err;

  // Same articles, each with the same mentions, and the same merged events as a clean run.
  const char* per_article = "SELECT a.id, a.events, a.text_hash, "
                            "(SELECT count(*) FROM mentions m WHERE m.article_id = a.id) "
                            "FROM articles a ORDER BY a.id";
  EXPECT_EQ(rows(db, per_article), rows(clean_db_, per_article));
  const char* mention_ids = "SELECT id, event_json FROM mentions ORDER BY id";
  EXPECT_EQ(rows(db, mention_ids), rows(clean_db_, mention_ids));
  const char* events = "SELECT date, source, target, code, num_mentions, num_articles, "
                       "num_sources, first_article, place FROM events ORDER BY 1, 2, 3, 4";
  EXPECT_EQ(rows(db, events), rows(clean_db_, events));
  EXPECT_EQ(count(db, "sentences"), count(clean_db_, "sentences"));
  EXPECT_EQ(rows(db, "SELECT sum(num_events) FROM stories"),
            rows(clean_db_, "SELECT count(*) FROM events"));
}

}  // namespace
}  // namespace dyad::e2e
