-- Actor mentions as the actor coder writes them: what each mention is (a name, a description or a
-- pronoun) and the words that gave its code when they are not its own (a title, an apposition).
ALTER TABLE mentions ADD COLUMN kind TEXT NOT NULL DEFAULT 'name' CHECK (kind IN ('name', 'description', 'pronoun'));
ALTER TABLE mentions ADD COLUMN evidence TEXT;
CREATE INDEX mentions_by_code ON mentions (code);
CREATE INDEX mentions_by_country ON mentions (country);
