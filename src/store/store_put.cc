// Store::put and the store's small reads: one transaction per batch of articles.
#include <ctime>
#include <unordered_map>

#include "store/store_impl.h"

namespace dyad {

namespace {

std::string utc_now() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// Statements are prepared on first use: opening a store for queries costs nothing, and a
// read-only store never prepares (or creates staging tables for) writes.
bool prepare_reads(sqlite3* db, bool& done, store::Statements& st, std::string& error) {
  if (!done) done = st.prepare_reads(db, error);
  return done;
}

bool prepare_writes(sqlite3* db, bool& done, store::Statements& st, std::string& error) {
  if (!done) done = st.prepare_writes(db, error);
  return done;
}

// After an error some statement may be half-stepped; a reset releases it before ROLLBACK.
void reset_all(sqlite3* db) {
  for (sqlite3_stmt* s = sqlite3_next_stmt(db, nullptr); s; s = sqlite3_next_stmt(db, s))
    sqlite3_reset(s);
}

}  // namespace

PutStats& PutStats::operator+=(const PutStats& o) {
  articles += o.articles;
  replaced += o.replaced;
  mentions += o.mentions;
  events_touched += o.events_touched;
  articles_changed += o.articles_changed;
  mentions_added += o.mentions_added;
  mentions_removed += o.mentions_removed;
  events_created += o.events_created;
  events_deleted += o.events_deleted;
  for (const auto& [code, c] : o.code_changes) {
    code_changes[code].added += c.added;
    code_changes[code].removed += c.removed;
  }
  return *this;
}

Result<PutStats> Store::put(const std::vector<CodedArticle>& batch) {
  std::lock_guard lock(impl_->mu);
  std::string error;
  if (!prepare_writes(db_, impl_->writes_prepared, impl_->st, error))
    return Error{path_ + ": " + error};
  using store::SqlError;
  try {
    // IMMEDIATE: take the write lock now, not halfway through the batch.
    store::exec(db_, "BEGIN IMMEDIATE");
  } catch (const SqlError& e) {
    return Error{path_ + ": " + e.what()};
  }
  try {
    // An article given twice in one batch: its last version wins, as if put one by one.
    std::unordered_map<std::string_view, size_t> last;
    for (size_t i = 0; i < batch.size(); ++i) last[batch[i].article.id] = i;

    PutStats stats;
    store::Touched touched;
    const std::string now = utc_now();
    std::vector<store::StagedArticle> staged;
    staged.reserve(batch.size());
    auto named = [](const CodedArticle& ca, const SqlError& e) {
      return SqlError("article " + ca.article.id + ": " + e.what());
    };
    for (size_t i = 0; i < batch.size(); ++i) {
      if (last[batch[i].article.id] != i) continue;
      try {
        staged.push_back(store::stage_article(impl_->st, batch[i], now, touched));
      } catch (const SqlError& e) {
        throw named(batch[i], e);
      }
    }
    store::write_sentences(impl_->st);
    for (store::StagedArticle& a : staged) {
      try {
        store::write_mentions(impl_->st, a, touched, stats);
      } catch (const SqlError& e) {
        throw named(*a.ca, e);
      }
    }
    std::vector<store::LiveEvent> live = store::merge_events(impl_->st, touched, stats);
    store::cluster_stories(impl_->st, live, touched);
    store::update_rollups(impl_->st, touched.rollups);
    store::exec(db_, "COMMIT");
    return stats;
  } catch (const SqlError& e) {
    reset_all(db_);
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    return Error{e.what()};
  }
}

bool Store::has_article(const std::string& id, const std::string& hash,
                        const std::string& coder) const {
  std::lock_guard lock(impl_->mu);
  std::string error;
  if (!prepare_reads(db_, impl_->reads_prepared, impl_->st, error)) return false;
  auto& q = impl_->st.has_article;
  try {
    q.bind(1, id).bind(2, hash).bind(3, coder);
    bool found = q.next();
    q.reset();
    return found;
  } catch (const store::SqlError&) {
    return false;  // unreadable: code it again, put() will report the real problem
  }
}

Result<Article> Store::load_article(const std::string& id) const {
  std::lock_guard lock(impl_->mu);
  std::string error;
  if (!prepare_reads(db_, impl_->reads_prepared, impl_->st, error))
    return Error{path_ + ": " + error};
  auto& q = impl_->st.load_article;
  try {
    q.bind(1, id);
    if (!q.next()) return Error{path_ + ": no article " + id};
    Article a;
    a.id = id;
    a.date = q.text(0);
    a.source = q.text(1);
    a.url = q.text(2);
    a.title = q.text(3);
    a.text = q.text(4);
    a.origin = path_ + " (id=" + id + ")";
    q.reset();
    return a;
  } catch (const store::SqlError& e) {
    return Error{path_ + ": " + e.what()};
  }
}

Result<std::vector<std::string>> Store::article_ids() const {
  std::lock_guard lock(impl_->mu);
  store::Statement q;
  std::string error;
  if (!q.prepare(db_, "SELECT id FROM articles ORDER BY rowid", error))
    return Error{path_ + ": " + error};
  std::vector<std::string> ids;
  try {
    while (q.next()) ids.push_back(q.text(0));
  } catch (const store::SqlError& e) {
    return Error{path_ + ": " + e.what()};
  }
  return ids;
}

Result<StoreCounts> Store::counts() const {
  std::lock_guard lock(impl_->mu);
  store::Statement q;
  std::string error;
  if (!q.prepare(db_,
                 "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM sentences), "
                 "(SELECT count(*) FROM mentions), (SELECT count(*) FROM events), "
                 "(SELECT count(*) FROM stories)",
                 error))
    return Error{path_ + ": " + error};
  StoreCounts c;
  try {
    if (q.next()) {
      c.articles = q.integer(0);
      c.sentences = q.integer(1);
      c.mentions = q.integer(2);
      c.events = q.integer(3);
      c.stories = q.integer(4);
      q.reset();
    }
  } catch (const store::SqlError& e) {
    return Error{path_ + ": " + e.what()};
  }
  return c;
}

}  // namespace dyad
