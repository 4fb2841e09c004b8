-- Articles with their stories and sentences, the full-text index over story text, and the tables
-- later stages fill: actor mentions (`chronicle actors`) and coded events (`chronicle extract`).
-- Offsets are char offsets: blocks and stories into articles.text, everything else into its story's text.

CREATE TABLE articles (
    id            TEXT PRIMARY KEY,
    dedup_key     TEXT NOT NULL UNIQUE,
    title         TEXT,
    url           TEXT,
    date          TEXT,                -- ISO 8601 yyyy-MM-dd, or NULL when the source gives none
    source        TEXT,
    byline        TEXT,
    language      TEXT NOT NULL,       -- ISO 639-1, or 'und'
    annotated     INTEGER NOT NULL CHECK (annotated IN (0, 1)),
    original_text TEXT NOT NULL,
    text          TEXT NOT NULL,       -- normalized; every offset below counts in it or in a story's text
    input         TEXT NOT NULL,       -- where it was read from: path, URL or '-', with ':line' when one applies
    ingested_at   TEXT NOT NULL        -- ISO 8601 UTC
) STRICT;

CREATE INDEX articles_by_ingest ON articles (ingested_at);
CREATE INDEX articles_by_date ON articles (date);

CREATE TABLE blocks (
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('title', 'caption', 'paragraph')),
    start       INTEGER NOT NULL CHECK (start >= 0),
    "end"       INTEGER NOT NULL CHECK ("end" >= start),
    opens_story INTEGER NOT NULL CHECK (opens_story IN (0, 1)),
    PRIMARY KEY (article_id, idx)
) STRICT;

-- id is an INTEGER PRIMARY KEY because the full-text index refers to stories by rowid, and only
-- such an alias keeps its value through VACUUM; (article_id, idx) is the story's real key.
CREATE TABLE stories (
    id         INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL CHECK (idx >= 0),
    start      INTEGER NOT NULL CHECK (start >= 0),
    "end"      INTEGER NOT NULL CHECK ("end" >= start),
    text       TEXT NOT NULL,
    UNIQUE (article_id, idx)
) STRICT;

CREATE TABLE sentences (
    article_id TEXT NOT NULL,
    story      INTEGER NOT NULL,
    idx        INTEGER NOT NULL CHECK (idx >= 0),
    start      INTEGER NOT NULL CHECK (start >= 0),
    "end"      INTEGER NOT NULL CHECK ("end" >= start),
    text       TEXT NOT NULL,
    PRIMARY KEY (article_id, story, idx),
    FOREIGN KEY (article_id, story) REFERENCES stories (article_id, idx) ON DELETE CASCADE
) STRICT;

-- One row per actor mention the pipeline coded, as `chronicle actors` prints it.
CREATE TABLE mentions (
    id          INTEGER PRIMARY KEY,
    article_id  TEXT NOT NULL,
    story       INTEGER NOT NULL,
    sentence    INTEGER NOT NULL,
    start       INTEGER NOT NULL CHECK (start >= 0),
    "end"       INTEGER NOT NULL CHECK ("end" >= start),
    text        TEXT NOT NULL,
    entity_type TEXT,                  -- PER, ORG, LOC, ... or NULL for descriptions and pronouns
    code        TEXT,                  -- CAMEO actor code, e.g. IRNGOV
    country     TEXT,
    sector      TEXT,
    name        TEXT,
    via         TEXT NOT NULL CHECK (via IN ('dictionary', 'context', 'coreference')),
    FOREIGN KEY (article_id, story, sentence) REFERENCES sentences (article_id, story, idx) ON DELETE CASCADE
) STRICT;

CREATE INDEX mentions_by_sentence ON mentions (article_id, story, sentence);
CREATE INDEX mentions_by_code ON mentions (code);
CREATE INDEX mentions_by_country ON mentions (country);

-- One row per coded event, as `chronicle extract --format jsonl` prints it, with its evidence:
-- the char spans (into the story's text) of source, verb, target, time and place.
CREATE TABLE events (
    id              TEXT PRIMARY KEY,
    article_id      TEXT NOT NULL,
    story           INTEGER NOT NULL,
    sentence        INTEGER NOT NULL,
    cameo           TEXT NOT NULL,
    plover          TEXT,
    goldstein       REAL,
    quad            INTEGER CHECK (quad BETWEEN 1 AND 4),
    source_text     TEXT,
    source_code     TEXT,
    source_country  TEXT,
    source_sector   TEXT,
    source_name     TEXT,
    target_text     TEXT,
    target_code     TEXT,
    target_country  TEXT,
    target_sector   TEXT,
    target_name     TEXT,
    date            TEXT,              -- ISO 8601 at date_precision, or NULL when unknown
    date_precision  TEXT CHECK (date_precision IN ('day', 'month', 'year')),
    date_text       TEXT,
    place_name      TEXT,
    place_geonameid INTEGER,
    place_country   TEXT,
    place_lat       REAL,
    place_lon       REAL,
    confidence      REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    source_start    INTEGER,
    source_end      INTEGER,
    verb_start      INTEGER,
    verb_end        INTEGER,
    target_start    INTEGER,
    target_end      INTEGER,
    time_start      INTEGER,
    time_end        INTEGER,
    place_start     INTEGER,
    place_end       INTEGER,
    FOREIGN KEY (article_id, story, sentence) REFERENCES sentences (article_id, story, idx) ON DELETE CASCADE
) STRICT;

CREATE INDEX events_by_sentence ON events (article_id, story, sentence);
CREATE INDEX events_by_date ON events (date);
CREATE INDEX events_by_cameo ON events (cameo);
CREATE INDEX events_by_quad ON events (quad);
CREATE INDEX events_by_source_country ON events (source_country);
CREATE INDEX events_by_target_country ON events (target_country);

-- No porter stemming: it stems the stem of a prefix query too, so "negotiat*" would miss
-- "negotiations" (stored as "negoti"); prefixes give users the reach stemming would.
CREATE VIRTUAL TABLE stories_fts USING fts5 (
    text,
    content = 'stories',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Triggers rather than writer code keep the index in sync, so cascading deletes are covered too.
CREATE TRIGGER stories_fts_insert AFTER INSERT ON stories BEGIN
    INSERT INTO stories_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE TRIGGER stories_fts_delete AFTER DELETE ON stories BEGIN
    INSERT INTO stories_fts (stories_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TRIGGER stories_fts_update AFTER UPDATE ON stories BEGIN
    INSERT INTO stories_fts (stories_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO stories_fts (rowid, text) VALUES (new.id, new.text);
END;
