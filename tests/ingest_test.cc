// `dyad ingest` and `dyad recode` end to end: the seed article from two outlets merges into
// one event per real event, reruns change nothing, a new text replaces, bad records are named
// and skipped, stdout stays empty, recode reports changes.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "dyad/store.h"
#include "store_support.h"

namespace dyad::e2e {
namespace {

const char* kRepeated =
    R"({"id":"rep","date":"2022-02-17","source":"NPR","text":"France withdrew its troops from )"
    R"(Mali on Thursday. Officials said the talks failed. France withdrew its troops from )"
    R"(Mali on Thursday."})";

TEST(Ingest, SeedArticleFromTwoOutletsMergesIntoOneEventPerRealEvent) {
  std::string seed = shared("acceptance/seed-article.jsonl");
  if (!std::filesystem::exists(seed)) GTEST_SKIP() << seed << " is absent";
  auto article = nlohmann::json::parse(read_file(seed));
  auto copy = article;
  copy["id"] = article["id"].get<std::string>() + "-copy";
  copy["source"] = "Reuters";
  std::string both = temp_path("seed-two-outlets.jsonl");
  write_file(both, article.dump() + "\n" + copy.dump() + "\n");

  std::string single_db = fresh_db("seed-single"), db = fresh_db("seed-both");
  auto single = run_dyad("ingest -q " + seed + " --db " + single_db);
  ASSERT_EQ(single.status, 0) << single.err;
  auto r = run_dyad("ingest " + both + " --db " + db);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "");  // stdout stays empty
  EXPECT_NE(r.err.find("2 articles new, 0 replaced, 0 unchanged"), std::string::npos) << r.err;

  // The same merged events as one copy alone, each seen in both articles from both outlets.
  const char* keys = "SELECT date, source, target, code FROM events ORDER BY 1, 2, 3, 4";
  auto single_keys = rows(single_db, keys);
  ASSERT_FALSE(single_keys.empty());
  EXPECT_EQ(rows(db, keys), single_keys);
  EXPECT_EQ(one(db, "SELECT count(*) FROM events WHERE num_articles <> 2 OR num_sources <> 2"),
            "0");
  EXPECT_EQ(one(db, "SELECT sum(num_mentions) FROM events"),
            std::to_string(2 * std::stoi(one(single_db, "SELECT sum(num_mentions) FROM events"))));
  auto withdrawal = one(db, "SELECT num_mentions, num_articles, num_sources, first_article "
                            "FROM events WHERE source='FRA' AND target='MLI' AND code='0874'");
  ASSERT_NE(withdrawal, "") << "no FRA->MLI 0874 event";
  EXPECT_GE(std::stoi(withdrawal), 2);
  EXPECT_NE(withdrawal.find("|2|2|npr-mali-withdrawal"), std::string::npos) << withdrawal;
  // Mentions keep the evidence: outlet, sentence text, the exact JSON line.
  EXPECT_EQ(one(db, "SELECT count(DISTINCT outlet) FROM mentions"), "2");
  EXPECT_EQ(one(db, "SELECT count(*) FROM mentions m JOIN sentences s ON s.id=m.sentence_id "
                    "WHERE json_extract(m.event_json, '$.text') <> s.text"),
            "0");
  EXPECT_EQ(one(db, "SELECT count(*) FROM mentions WHERE event_id IS NULL"), "0");
  EXPECT_EQ(one(db, "SELECT count(*) FROM stories WHERE num_articles = 2"),
            one(db, "SELECT count(*) FROM stories"));
}

TEST(Ingest, ASentenceTwiceInOneArticleCountsOneArticle) {
  std::string f = temp_path("repeated.jsonl"), db = fresh_db("repeated");
  write_file(f, std::string(kRepeated) + "\n");
  auto r = run_dyad("ingest -q " + f + " --db " + db);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(one(db, "SELECT num_mentions, num_articles, num_sources FROM events "
                    "WHERE source='FRA' AND target='MLI' AND code='0874'"),
            "2|1|1");
  // Ingesting the same article again changes nothing and codes nothing.
  auto again = run_dyad("ingest " + f + " --db " + db);
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_NE(again.err.find("0 articles new, 0 replaced, 1 unchanged"), std::string::npos)
      << again.err;
  EXPECT_EQ(one(db, "SELECT num_mentions, num_articles FROM events WHERE code='0874'"), "2|1");
  EXPECT_EQ(one(db, "SELECT count(*) FROM articles"), "1");
}

TEST(Ingest, ANewTextForAStoredIdReplacesIt) {
  std::string f = temp_path("replace.jsonl"), db = fresh_db("replace");
  write_file(f, std::string(kRepeated) + "\n");
  ASSERT_EQ(run_dyad("ingest -q " + f + " --db " + db).status, 0);
  write_file(f, R"({"id":"rep","date":"2022-02-17","source":"NPR","text":"Russia sent troops )"
                R"(to Mali on Thursday."})" "\n");
  auto r = run_dyad("ingest " + f + " --db " + db);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("0 articles new, 1 replaced, 0 unchanged"), std::string::npos) << r.err;
  EXPECT_EQ(one(db, "SELECT count(*) FROM articles"), "1");
  EXPECT_EQ(one(db, "SELECT count(*) FROM events WHERE source='FRA'"), "0");
  EXPECT_EQ(one(db, "SELECT count(*) FROM sentences"), "1");
  EXPECT_EQ(one(db, "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'France'"), "0");
  EXPECT_EQ(one(db, "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'Russia'"), "1");
  EXPECT_EQ(one(db, "SELECT sum(num_mentions) FROM events"),
            one(db, "SELECT count(*) FROM mentions"));
}

TEST(Ingest, BadRecordsAreNamedAndSkipped) {
  std::string f = temp_path("ingest-bad.jsonl"), db = fresh_db("bad");
  write_file(f, std::string(kRepeated) + "\n{not json\n" +
                    R"({"id":"ok2","date":"2022-02-18","text":"Mali expelled the French )"
                    R"(ambassador."})" + "\n");
  auto r = run_dyad("ingest " + f + " --db " + db);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("ingest-bad.jsonl:2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("1 bad records"), std::string::npos) << r.err;
  EXPECT_EQ(one(db, "SELECT count(*) FROM articles"), "2");
  auto strict = run_dyad("ingest --strict " + f + " --db " + db);
  EXPECT_EQ(strict.status, 1);
  // Usage errors: no --db, an unreadable store.
  EXPECT_NE(run_dyad("ingest " + f).status, 0);
  std::string not_a_store = temp_path("not-a-store.db");
  write_file(not_a_store, "plain text, not SQLite");
  EXPECT_EQ(run_dyad("ingest " + f + " --db " + not_a_store).status, 2);
}

TEST(Ingest, ThreadsGiveTheSameStore) {
  std::string seed = shared("acceptance/seed-article.jsonl");
  if (!std::filesystem::exists(seed)) GTEST_SKIP() << seed << " is absent";
  std::string f = temp_path("threads.jsonl");
  write_file(f, read_file(seed) + "\n" + kRepeated + "\n");
  std::string one_db = fresh_db("j1"), two_db = fresh_db("j2");
  ASSERT_EQ(run_dyad("ingest -q --batch 1 " + f + " --db " + one_db).status, 0);
  ASSERT_EQ(run_dyad("ingest -q -j 2 " + f + " --db " + two_db).status, 0);
  const char* all = "SELECT date, source, target, code, num_mentions, num_articles, num_sources "
                    "FROM events ORDER BY 1, 2, 3, 4";
  EXPECT_EQ(rows(one_db, all), rows(two_db, all));
  EXPECT_EQ(rows(one_db, "SELECT id, event_json FROM mentions ORDER BY id"),
            rows(two_db, "SELECT id, event_json FROM mentions ORDER BY id"));
}

TEST(Recode, ReportsWhatTheCurrentDictionariesChange) {
  std::string f = temp_path("recode.jsonl"), db = fresh_db("recode");
  write_file(f, std::string(kRepeated) + "\n");
  ASSERT_EQ(run_dyad("ingest -q " + f + " --db " + db).status, 0);
  auto same = run_dyad("recode --db " + db);
  ASSERT_EQ(same.status, 0) << same.err;
  EXPECT_NE(same.out.find("articles changed   0"), std::string::npos) << same.out;
  // Without any dictionary nothing is coded: both mentions and the event go.
  auto none = run_dyad("recode --json --no-default-dicts -q --db " + db);
  ASSERT_EQ(none.status, 0) << none.err;
  auto j = nlohmann::json::parse(none.out);
  EXPECT_EQ(j["articles"], 1);
  EXPECT_EQ(j["articles_changed"], 1);
  EXPECT_EQ(j["mentions_removed"], 2);
  EXPECT_EQ(j["events_removed"], 1);
  ASSERT_FALSE(j["top_codes"].empty());
  EXPECT_EQ(j["top_codes"][0]["code"], "0874");
  EXPECT_EQ(one(db, "SELECT count(*) FROM events"), "0");
  EXPECT_EQ(one(db, "SELECT count(*) FROM articles"), "1");  // the text stays for the next try
  // And back.
  auto back = run_dyad("recode --json --db " + db);
  ASSERT_EQ(back.status, 0) << back.err;
  EXPECT_EQ(nlohmann::json::parse(back.out)["mentions_added"], 2);
  EXPECT_EQ(one(db, "SELECT num_mentions FROM events WHERE code='0874'"), "2");
  EXPECT_NE(run_dyad("recode --db " + temp_path("no-such.db")).status, 0);
}

}  // namespace
}  // namespace dyad::e2e
