-- Time expressions (TIMEX3) the time annotator found, each in the sentence that holds it; offsets are into
-- the story text. The reader shows them as a layer of their own, beside the dates events take from them.
CREATE TABLE time_expressions (
    article_id TEXT NOT NULL,
    story      INTEGER NOT NULL,
    sentence   INTEGER NOT NULL,
    idx        INTEGER NOT NULL CHECK (idx >= 0),
    start      INTEGER NOT NULL CHECK (start >= 0),
    "end"      INTEGER NOT NULL CHECK ("end" >= start),
    type       TEXT NOT NULL CHECK (type IN ('DATE', 'TIME', 'DURATION', 'SET')),
    value      TEXT NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (article_id, story, idx),
    FOREIGN KEY (article_id, story, sentence) REFERENCES sentences (article_id, story, idx) ON DELETE CASCADE
) STRICT;

-- Place mentions the geoparser read, each in the sentence that holds it, with the gazetteer entry it
-- resolved to (all null when no entry has the name: the words are kept, the place is unknown).
CREATE TABLE place_mentions (
    article_id TEXT NOT NULL,
    story      INTEGER NOT NULL,
    sentence   INTEGER NOT NULL,
    idx        INTEGER NOT NULL CHECK (idx >= 0),
    start      INTEGER NOT NULL CHECK (start >= 0),
    "end"      INTEGER NOT NULL CHECK ("end" >= start),
    text       TEXT NOT NULL,
    name       TEXT,
    geonameid  INTEGER,
    country    TEXT,
    lat        REAL,
    lon        REAL,
    PRIMARY KEY (article_id, story, idx),
    FOREIGN KEY (article_id, story, sentence) REFERENCES sentences (article_id, story, idx) ON DELETE CASCADE
) STRICT;

-- The direct quote an event rests on, with its speaker: offsets into the story text.
ALTER TABLE events ADD COLUMN quote_start INTEGER;
ALTER TABLE events ADD COLUMN quote_end INTEGER;
ALTER TABLE events ADD COLUMN quote_text TEXT;
ALTER TABLE events ADD COLUMN quote_speaker_text TEXT;
ALTER TABLE events ADD COLUMN quote_speaker_code TEXT;
ALTER TABLE events ADD COLUMN quote_speaker_country TEXT;
ALTER TABLE events ADD COLUMN quote_speaker_sector TEXT;
ALTER TABLE events ADD COLUMN quote_speaker_name TEXT;
ALTER TABLE events ADD COLUMN quote_speaker_start INTEGER;
ALTER TABLE events ADD COLUMN quote_speaker_end INTEGER;
