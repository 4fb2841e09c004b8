-- PostgreSQL twin of Migrations/0006_time_place_and_quote_layers.sql.
-- Time expressions (TIMEX3) the time annotator found, each in the sentence that holds it; offsets are into
-- the story text. The reader shows them as a layer of their own, beside the dates events take from them.
CREATE TABLE time_expressions (
    article_id text COLLATE "C" NOT NULL,
    story      integer NOT NULL,
    sentence   integer NOT NULL,
    idx        integer NOT NULL CHECK (idx >= 0),
    start      integer NOT NULL CHECK (start >= 0),
    "end"      integer NOT NULL CHECK ("end" >= start),
    type       text COLLATE "C" NOT NULL CHECK (type IN ('DATE', 'TIME', 'DURATION', 'SET')),
    value      text COLLATE "C" NOT NULL,
    text       text COLLATE "C" NOT NULL,
    PRIMARY KEY (article_id, story, idx),
    FOREIGN KEY (article_id, story, sentence) REFERENCES sentences (article_id, story, idx) ON DELETE CASCADE
);

-- Place mentions the geoparser read, each in the sentence that holds it, with the gazetteer entry it
-- resolved to (all null when no entry has the name: the words are kept, the place is unknown).
CREATE TABLE place_mentions (
    article_id text COLLATE "C" NOT NULL,
    story      integer NOT NULL,
    sentence   integer NOT NULL,
    idx        integer NOT NULL CHECK (idx >= 0),
    start      integer NOT NULL CHECK (start >= 0),
    "end"      integer NOT NULL CHECK ("end" >= start),
    text       text COLLATE "C" NOT NULL,
    name       text COLLATE "C",
    geonameid  bigint,
    country    text COLLATE "C",
    lat        double precision,
    lon        double precision,
    PRIMARY KEY (article_id, story, idx),
    FOREIGN KEY (article_id, story, sentence) REFERENCES sentences (article_id, story, idx) ON DELETE CASCADE
);

-- The direct quote an event rests on, with its speaker: offsets into the story text.
ALTER TABLE events ADD COLUMN quote_start integer;
ALTER TABLE events ADD COLUMN quote_end integer;
ALTER TABLE events ADD COLUMN quote_text text COLLATE "C";
ALTER TABLE events ADD COLUMN quote_speaker_text text COLLATE "C";
ALTER TABLE events ADD COLUMN quote_speaker_code text COLLATE "C";
ALTER TABLE events ADD COLUMN quote_speaker_country text COLLATE "C";
ALTER TABLE events ADD COLUMN quote_speaker_sector text COLLATE "C";
ALTER TABLE events ADD COLUMN quote_speaker_name text COLLATE "C";
ALTER TABLE events ADD COLUMN quote_speaker_start integer;
ALTER TABLE events ADD COLUMN quote_speaker_end integer;
