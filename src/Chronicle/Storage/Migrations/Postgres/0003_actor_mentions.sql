-- PostgreSQL twin of Migrations/0003_actor_mentions.sql, less its two CREATE INDEX statements:
-- 0001 already made those indexes, and SQLite's run of them fails unnoticed where PostgreSQL's would stop the migration.
-- Actor mentions as the actor coder writes them: what each mention is (a name, a description or a
-- pronoun) and the words that gave its code when they are not its own (a title, an apposition).
ALTER TABLE mentions ADD COLUMN kind text COLLATE "C" NOT NULL DEFAULT 'name' CHECK (kind IN ('name', 'description', 'pronoun'));
ALTER TABLE mentions ADD COLUMN evidence text COLLATE "C";
