-- PostgreSQL twin of Migrations/0007_drop_events_by_date.sql.
-- events_by_position (date, article_id, story, sentence) and events_by_day (date, quad, goldstein) both
-- begin with the date, so either serves a date range; a third index on the date alone only cost every
-- stored event one more B-tree insert.
DROP INDEX events_by_date;
