-- The pattern that coded each event, so an analyst can see which phrasing of which code matched.
ALTER TABLE events ADD COLUMN pattern TEXT;
