// The SQLite schema of an event store (docs/store.md documents every column). It is the
// contract shared by ingest, deduplication, query, export, the HTTP API and the ClickHouse
// mirror: change it only together with meta.schema_version and a migration.
#include "dyad/store.h"

namespace dyad {

const char* store_schema_sql() {
  return R"SQL(
CREATE TABLE IF NOT EXISTS meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- One row per input article. The text is kept so that `dyad recode` can code it again.
CREATE TABLE IF NOT EXISTS articles (
  id          TEXT PRIMARY KEY,           -- the caller's article id
  date        TEXT NOT NULL,              -- YYYY-MM-DD publication date
  source      TEXT NOT NULL DEFAULT '',   -- outlet ("NPR"); '' when unknown
  url         TEXT NOT NULL DEFAULT '',
  title       TEXT NOT NULL DEFAULT '',
  text        TEXT NOT NULL,
  text_hash   TEXT NOT NULL,              -- 16 hex digits of a 64-bit hash of the text
  coder       TEXT NOT NULL,              -- Event::coder of the run that coded it
  sentences   INTEGER NOT NULL,           -- sentences coded (boilerplate excluded)
  events      INTEGER NOT NULL,           -- mentions stored for it
  skipped     TEXT NOT NULL DEFAULT '',   -- why it was not coded ('' = coded)
  ingested_at TEXT NOT NULL               -- UTC, YYYY-MM-DDTHH:MM:SSZ
);

-- Every coded sentence (boilerplate excluded), the evidence behind mentions.
CREATE TABLE IF NOT EXISTS sentences (
  id         INTEGER PRIMARY KEY,         -- GDELT Mentions: SentenceID is idx + 1
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL,            -- sentence index in the article (0-based)
  begin      INTEGER NOT NULL,            -- byte offsets into articles.text
  end        INTEGER NOT NULL,
  text       TEXT NOT NULL,
  UNIQUE (article_id, idx)
);
-- Full-text index over sentences (external content: no second copy of the text).
CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5(
  text, content='sentences', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER IF NOT EXISTS sentences_ai AFTER INSERT ON sentences BEGIN
  INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS sentences_ad AFTER DELETE ON sentences BEGIN
  INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

-- One row per event the coder found in one sentence (GDELT's "mention").
CREATE TABLE IF NOT EXISTS mentions (
  id             TEXT PRIMARY KEY,        -- Event::id (stable hash)
  article_id     TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  sentence_id    INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
  sentence_idx   INTEGER NOT NULL,
  event_id       INTEGER,                 -- events.id of the merged event
  date           TEXT NOT NULL,           -- the event's own date, YYYY-MM-DD
  article_date   TEXT NOT NULL,
  outlet         TEXT NOT NULL DEFAULT '',-- articles.source, copied for dedup counts
  source         TEXT NOT NULL,           -- actor codes ('---' = none)
  target         TEXT NOT NULL,
  source_country TEXT NOT NULL DEFAULT '',-- CAMEO country part of the actor code ("FRA"), ''
  target_country TEXT NOT NULL DEFAULT '',
  code           TEXT NOT NULL,           -- event code, leading zeros kept ("0874")
  root           TEXT NOT NULL DEFAULT '',
  quad           INTEGER,                 -- 1..4; NULL for codes outside the CAMEO table
  goldstein      REAL,
  status         TEXT NOT NULL DEFAULT 'happened',
  attributed_to  TEXT NOT NULL DEFAULT '',
  historical     INTEGER NOT NULL DEFAULT 0,
  place          TEXT NOT NULL DEFAULT '',-- location name ("Gao"); '' when unknown
  country        TEXT NOT NULL DEFAULT '',-- ISO 3166-1 alpha-2 of the location
  admin1         TEXT NOT NULL DEFAULT '',
  lat            REAL,
  lon            REAL,
  precision      TEXT NOT NULL DEFAULT '',-- city, admin2, admin1, country, region, ''
  source_begin   INTEGER, source_end INTEGER,  -- byte offsets into articles.text
  target_begin   INTEGER, target_end INTEGER,
  verb_begin     INTEGER, verb_end INTEGER,
  confidence     REAL NOT NULL,           -- 0..1, see docs/store.md
  plover_event   TEXT NOT NULL DEFAULT '',
  plover_mode    TEXT NOT NULL DEFAULT '',
  event_json     TEXT NOT NULL            -- the whole Event as `dyad code` writes it
);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
-- For the foreign key: deleting a replaced article's sentences looks up their mentions.
CREATE INDEX IF NOT EXISTS mentions_sentence ON mentions(sentence_id);
CREATE INDEX IF NOT EXISTS mentions_event ON mentions(event_id);
-- The merge key (events' UNIQUE key) first by date: ingest recounts one event from it, and
-- date-range queries use its prefix.
CREATE INDEX IF NOT EXISTS mentions_key ON mentions(date, source, target, code);
CREATE INDEX IF NOT EXISTS mentions_dyad ON mentions(source, target);
CREATE INDEX IF NOT EXISTS mentions_target ON mentions(target);

-- Mentions merged one-a-day: same date, source, target and code (GDELT-style counts).
CREATE TABLE IF NOT EXISTS events (
  id             INTEGER PRIMARY KEY,     -- GDELT GlobalEventID
  date           TEXT NOT NULL,
  source         TEXT NOT NULL,
  target         TEXT NOT NULL,
  code           TEXT NOT NULL,
  source_country TEXT NOT NULL DEFAULT '',
  target_country TEXT NOT NULL DEFAULT '',
  root           TEXT NOT NULL DEFAULT '',
  quad           INTEGER,
  goldstein      REAL,
  place          TEXT NOT NULL DEFAULT '',-- the most precise location among its mentions
  country        TEXT NOT NULL DEFAULT '',
  admin1         TEXT NOT NULL DEFAULT '',
  lat            REAL,
  lon            REAL,
  precision      TEXT NOT NULL DEFAULT '',
  num_mentions   INTEGER NOT NULL,        -- mentions (sentences) merged into it
  num_sources    INTEGER NOT NULL,        -- distinct outlets
  num_articles   INTEGER NOT NULL,        -- distinct articles
  first_article  TEXT NOT NULL,           -- article id of its earliest mention
  source_url     TEXT NOT NULL DEFAULT '',-- url of that article
  story_id       INTEGER,                 -- stories.id
  UNIQUE (date, source, target, code)
);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
-- Listings newest first filtered by actors: read in date order with the actors at hand
-- (list_events picks it when the filter matches many events).
CREATE INDEX IF NOT EXISTS events_recent ON events(date, id, source, target);
CREATE INDEX IF NOT EXISTS events_dyad ON events(source, target, date);
CREATE INDEX IF NOT EXISTS events_target ON events(target, date);
CREATE INDEX IF NOT EXISTS events_story ON events(story_id);

-- Story clusters across articles: same dyad and root code, dates within a day of each other,
-- compatible places (same country, or one of them unplaced).
CREATE TABLE IF NOT EXISTS stories (
  id           INTEGER PRIMARY KEY,
  source       TEXT NOT NULL,
  target       TEXT NOT NULL,
  root         TEXT NOT NULL,
  country      TEXT NOT NULL DEFAULT '',
  date_first   TEXT NOT NULL,
  date_last    TEXT NOT NULL,
  num_events   INTEGER NOT NULL,
  num_mentions INTEGER NOT NULL,
  num_sources  INTEGER NOT NULL,
  num_articles INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS stories_dyad ON stories(source, target, root, date_last);

-- Rollup maintained at ingest: merged events and mentions per month, dyad and quad class,
-- so that dyad-by-month aggregations need not scan the events table.
CREATE TABLE IF NOT EXISTS rollup_dyad_month (
  month          TEXT NOT NULL,           -- YYYY-MM
  source         TEXT NOT NULL,
  target         TEXT NOT NULL,
  quad           INTEGER NOT NULL,        -- 0 for codes outside the table
  events         INTEGER NOT NULL,
  mentions       INTEGER NOT NULL,
  goldstein_sum  REAL NOT NULL,           -- over events with a Goldstein score
  goldstein_n    INTEGER NOT NULL,
  PRIMARY KEY (month, source, target, quad)
) WITHOUT ROWID;
)SQL";
}

}  // namespace dyad
