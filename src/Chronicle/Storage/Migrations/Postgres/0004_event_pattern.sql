-- PostgreSQL twin of Migrations/0004_event_pattern.sql.
-- The pattern that coded each event, so an analyst can see which phrasing of which code matched.
ALTER TABLE events ADD COLUMN pattern text COLLATE "C";
