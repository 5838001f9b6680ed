// The SQL of the store's write path, prepared once per connection.
#include "store/store_impl.h"

namespace dyad::store {

namespace {

constexpr const char* kUpsertArticle = R"SQL(
INSERT INTO articles(id, date, source, url, title, text, text_hash, coder, sentences, events,
                     skipped, ingested_at)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
ON CONFLICT(id) DO UPDATE SET date=excluded.date, source=excluded.source, url=excluded.url,
  title=excluded.title, text=excluded.text, text_hash=excluded.text_hash,
  coder=excluded.coder, sentences=excluded.sentences, events=excluded.events,
  skipped=excluded.skipped, ingested_at=excluded.ingested_at)SQL";

// The sentence is found by (article, index): write_sentences() has stored it just before.
constexpr const char* kInsertMention = R"SQL(
INSERT INTO mentions(id, article_id, sentence_id, sentence_idx, date, article_date, outlet,
  source, target, source_country, target_country, code, root, quad, goldstein, status,
  attributed_to, historical, place, country, admin1, lat, lon, precision, source_begin,
  source_end, target_begin, target_end, verb_begin, verb_end, confidence, plover_event,
  plover_mode, event_json)
VALUES (?1, ?2, (SELECT id FROM sentences WHERE article_id=?2 AND idx=?3), ?3, ?4, ?5, ?6, ?7,
  ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26,
  ?27, ?28, ?29, ?30, ?31, ?32, ?33))SQL";

// A batch's sentences wait in temporary tables and reach `sentences` (and, through its
// triggers, the full-text index) in one statement each way. Row by row, FTS5 would flush its
// pending terms at every following statement's savepoint: a new index segment per sentence,
// several times slower.
constexpr const char* kStagingTables = R"SQL(
PRAGMA temp_store=MEMORY;
CREATE TEMP TABLE IF NOT EXISTS batch_sentences(
  article_id TEXT, idx INTEGER, begin INTEGER, end INTEGER, text TEXT);
CREATE TEMP TABLE IF NOT EXISTS batch_replaced(article_id TEXT PRIMARY KEY);
DELETE FROM temp.batch_sentences;
DELETE FROM temp.batch_replaced;)SQL";

constexpr const char* kKeyMentions = R"SQL(
SELECT article_id, outlet, source_country, target_country, root, quad, goldstein, place,
       country, admin1, lat, lon, precision
FROM mentions WHERE date=?1 AND source=?2 AND target=?3 AND code=?4
ORDER BY article_date, article_id, sentence_idx)SQL";

constexpr const char* kInsertEvent = R"SQL(
INSERT INTO events(date, source, target, code, source_country, target_country, root, quad,
  goldstein, place, country, admin1, lat, lon, precision, num_mentions, num_sources,
  num_articles, first_article, source_url)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19,
  ?20))SQL";

// Same parameter numbers as kInsertEvent; ?21 is the id.
constexpr const char* kUpdateEvent = R"SQL(
UPDATE events SET source_country=?5, target_country=?6, root=?7, quad=?8, goldstein=?9,
  place=?10, country=?11, admin1=?12, lat=?13, lon=?14, precision=?15, num_mentions=?16,
  num_sources=?17, num_articles=?18, first_article=?19, source_url=?20
WHERE id=?21)SQL";

constexpr const char* kStoryCandidates = R"SQL(
SELECT id, country FROM stories
WHERE source=?1 AND target=?2 AND root=?3
  AND date_last >= date(?4, '-1 day') AND date_first <= date(?4, '+1 day')
ORDER BY date_last DESC, id)SQL";

// Outlets are sources; an article without an outlet counts as a source of its own.
constexpr const char* kStoryDistinct = R"SQL(
SELECT count(DISTINCT m.article_id),
       count(DISTINCT CASE WHEN m.outlet <> '' THEN m.outlet END) +
       count(DISTINCT CASE WHEN m.outlet = '' THEN m.article_id END)
FROM events e JOIN mentions m ON m.event_id = e.id WHERE e.story_id=?1)SQL";

// Month bounds as strings: 'YYYY-MM-01' <= date <= 'YYYY-MM-31' holds every day of the month.
constexpr const char* kRollupSum = R"SQL(
SELECT count(*), coalesce(sum(num_mentions), 0), coalesce(sum(goldstein), 0.0),
       count(goldstein)
FROM events
WHERE source=?1 AND target=?2 AND date >= ?3 || '-01' AND date <= ?3 || '-31'
  AND coalesce(quad, 0)=?4)SQL";

}  // namespace

bool Statements::prepare_reads(sqlite3* db, std::string& e) {
  return has_article.prepare(
             db, "SELECT 1 FROM articles WHERE id=?1 AND text_hash=?2 AND coder=?3", e) &&
         load_article.prepare(
             db, "SELECT date, source, url, title, text FROM articles WHERE id=?1", e);
}

bool Statements::prepare_writes(sqlite3* db, std::string& e) {
  char* msg = nullptr;
  if (sqlite3_exec(db, kStagingTables, nullptr, nullptr, &msg) != SQLITE_OK) {
    e = std::string("cannot create the staging tables: ") + (msg ? msg : "?");
    sqlite3_free(msg);
    return false;
  }
  return article_exists.prepare(db, "SELECT 1 FROM articles WHERE id=?1", e) &&
         upsert_article.prepare(db, kUpsertArticle, e) &&
         article_url.prepare(db, "SELECT url FROM articles WHERE id=?1", e) &&
         old_mentions.prepare(
             db, "SELECT id, date, source, target, code, quad FROM mentions WHERE article_id=?1",
             e) &&
         delete_mentions.prepare(db, "DELETE FROM mentions WHERE article_id=?1", e) &&
         stage_replaced.prepare(db, "INSERT OR IGNORE INTO temp.batch_replaced VALUES (?1)", e) &&
         stage_sentence.prepare(db,
                                "INSERT INTO temp.batch_sentences VALUES (?1, ?2, ?3, ?4, ?5)",
                                e) &&
         delete_replaced_sentences.prepare(db,
                                           "DELETE FROM main.sentences WHERE article_id IN "
                                           "(SELECT article_id FROM temp.batch_replaced)",
                                           e) &&
         insert_staged_sentences.prepare(
             db,
             "INSERT INTO main.sentences(article_id, idx, begin, end, text) "
             "SELECT article_id, idx, begin, end, text FROM temp.batch_sentences ORDER BY rowid",
             e) &&
         clear_staged_sentences.prepare(db, "DELETE FROM temp.batch_sentences", e) &&
         clear_replaced.prepare(db, "DELETE FROM temp.batch_replaced", e) &&
         insert_mention.prepare(db, kInsertMention, e) &&
         key_mentions.prepare(db, kKeyMentions, e) &&
         find_event.prepare(db,
                            "SELECT id, story_id FROM events "
                            "WHERE date=?1 AND source=?2 AND target=?3 AND code=?4",
                            e) &&
         insert_event.prepare(db, kInsertEvent, e) && update_event.prepare(db, kUpdateEvent, e) &&
         delete_event.prepare(db, "DELETE FROM events WHERE id=?1", e) &&
         link_mentions.prepare(db,
                               "UPDATE mentions SET event_id=?1 WHERE date=?2 AND source=?3 "
                               "AND target=?4 AND code=?5 AND event_id IS NOT ?1",
                               e) &&
         story_candidates.prepare(db, kStoryCandidates, e) &&
         insert_story.prepare(db,
                              "INSERT INTO stories(source, target, root, country, date_first, "
                              "date_last, num_events, num_mentions, num_sources, num_articles) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?5, 0, 0, 0, 0)",
                              e) &&
         extend_story.prepare(db,
                              "UPDATE stories SET date_first=min(date_first, ?2), "
                              "date_last=max(date_last, ?2), "
                              "country=CASE WHEN country='' THEN ?3 ELSE country END "
                              "WHERE id=?1",
                              e) &&
         set_event_story.prepare(db, "UPDATE events SET story_id=?2 WHERE id=?1", e) &&
         story_events.prepare(db,
                              "SELECT count(*), coalesce(sum(num_mentions), 0), min(date), "
                              "max(date) FROM events WHERE story_id=?1",
                              e) &&
         story_distinct.prepare(db, kStoryDistinct, e) &&
         story_country.prepare(db,
                               "SELECT country FROM events WHERE story_id=?1 AND country<>'' "
                               "GROUP BY country ORDER BY count(*) DESC, country LIMIT 1",
                               e) &&
         update_story.prepare(db,
                              "UPDATE stories SET country=?2, date_first=?3, date_last=?4, "
                              "num_events=?5, num_mentions=?6, num_sources=?7, num_articles=?8 "
                              "WHERE id=?1",
                              e) &&
         delete_story.prepare(db, "DELETE FROM stories WHERE id=?1", e) &&
         rollup_sum.prepare(db, kRollupSum, e) &&
         rollup_put.prepare(db,
                            "INSERT OR REPLACE INTO rollup_dyad_month(month, source, target, "
                            "quad, events, mentions, goldstein_sum, goldstein_n) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                            e) &&
         rollup_delete.prepare(db,
                               "DELETE FROM rollup_dyad_month WHERE month=?1 AND source=?2 "
                               "AND target=?3 AND quad=?4",
                               e);
}

}  // namespace dyad::store
