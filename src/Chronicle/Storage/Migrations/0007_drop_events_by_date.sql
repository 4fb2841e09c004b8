-- events_by_position (date, article_id, story, sentence) and events_by_day (date, quad, goldstein) both
-- begin with the date, so either serves a date range; a third index on the date alone only cost every
-- stored event one more B-tree insert, inside the write lock that writers take in turn.
DROP INDEX events_by_date;
