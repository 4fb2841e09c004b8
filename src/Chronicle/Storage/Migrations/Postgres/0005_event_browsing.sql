-- PostgreSQL twin of Migrations/0005_event_browsing.sql.
-- Indexes for browsing many events (the analyst's desk, `chronicle serve`): a page in newest-first order
-- read off an index instead of sorted, actor codes and dyads found by index, and the counts per day,
-- per actor, per dyad and per PLOVER type read from covering indexes. The planner picks among them by
-- the statistics that RefreshStatistics (ANALYZE) gathers.
-- events_by_position ends with rowid, as every SQLite index implicitly does, and keeps NULL dates first
-- so that, read backwards, it gives the newest-first order (date DESC NULLS LAST, ..., rowid DESC).
CREATE INDEX events_by_position ON events (date NULLS FIRST, article_id, story, sentence, rowid);
CREATE INDEX events_by_source ON events (source_code, source_name, source_country);
CREATE INDEX events_by_target ON events (target_code, target_name, target_country);
CREATE INDEX events_by_dyad ON events (source_code, target_code, goldstein);
CREATE INDEX events_by_day ON events (date, quad, goldstein);
CREATE INDEX events_by_plover ON events (plover);
