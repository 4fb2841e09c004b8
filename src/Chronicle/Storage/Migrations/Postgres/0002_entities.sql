-- PostgreSQL twin of Migrations/0002_entities.sql.
-- Named entities the entity recognizer found, each in the sentence that holds it; offsets are into the story text.
CREATE TABLE entities (
    article_id text COLLATE "C" NOT NULL,
    story      integer NOT NULL,
    sentence   integer NOT NULL,
    idx        integer NOT NULL CHECK (idx >= 0),
    start      integer NOT NULL CHECK (start >= 0),
    "end"      integer NOT NULL CHECK ("end" >= start),
    type       text COLLATE "C" NOT NULL,
    text       text COLLATE "C" NOT NULL,
    PRIMARY KEY (article_id, story, idx),
    FOREIGN KEY (article_id, story, sentence) REFERENCES sentences (article_id, story, idx) ON DELETE CASCADE
);

CREATE INDEX entities_by_type_text ON entities (type, text);
