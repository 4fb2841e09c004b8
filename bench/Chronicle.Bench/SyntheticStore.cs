using Chronicle.Actors;
using Chronicle.Articles;
using Chronicle.Events;
using Chronicle.Pipeline;
using Chronicle.Storage;
using Chronicle.Stories;
using Chronicle.Text;

namespace Chronicle.Bench;

/// <summary>
/// Builds a store of synthetic coded events through the real writer (<see cref="IArticleStore.Store"/>):
/// articles of ten sentences "SOURCE VERB TARGET ...", each tokenized by the real tokenizer, with one
/// actor-to-actor event a sentence drawn from the CAMEO codebook, dated over two years. Seeded, so the same
/// count gives the same store.
/// </summary>
internal static class SyntheticStore
{
    public const int SentencesPerArticle = 10;

    private static readonly (string Code, string Adjective)[] Countries =
    [
        ("IRN", "Iranian"), ("IRQ", "Iraqi"), ("USA", "American"), ("SYR", "Syrian"), ("ISR", "Israeli"), ("TUR", "Turkish"),
        ("SAU", "Saudi"), ("EGY", "Egyptian"), ("YEM", "Yemeni"), ("BHR", "Bahraini"), ("LBN", "Lebanese"), ("JOR", "Jordanian"),
        ("RUS", "Russian"), ("CHN", "Chinese"), ("GBR", "British"), ("FRA", "French"), ("UKR", "Ukrainian"), ("AFG", "Afghan"),
        ("PAK", "Pakistani"), ("SDN", "Sudanese"),
    ];

    private static readonly (string Code, string Noun)[] Sectors =
        [("GOV", "government"), ("MIL", "army"), ("COP", "police"), ("OPP", "opposition"), ("CVL", "villagers"), ("REB", "rebels")];

    private static readonly string[] Verbs =
        ["met", "accused", "attacked", "praised", "threatened", "urged", "visited", "condemned", "arrested", "supported", "warned", "thanked"];

    private static readonly string[] Topics =
        ["border security", "water rights", "the prisoner exchange", "fuel prices", "the ceasefire", "grain exports", "the election", "refugee camps"];

    /// <summary>Writes articles to the store <paramref name="db"/> names (a file or a postgresql:// URL) until it holds at least <paramref name="events"/> events.</summary>
    public static void Build(string db, int events, Action<string> progress)
    {
        var random = new Random(7);
        var codes = CameoCodebook.Default.Codes.Where(c => c.Code.Length == 3).ToArray();
        var tokenizer = new TokenizerAnnotator();
        var first = new DateOnly(2023, 1, 1);
        using var store = ArticleStores.Open(db);
        for (var n = 0; n * SentencesPerArticle < events; n++)
        {
            var date = first.AddDays(random.Next(730));
            var lines = new List<Line>();
            for (var s = 0; s < SentencesPerArticle; s++)
                lines.Add(Line.Random(random, codes));
            var raw = new RawArticle
            {
                Id = $"syn-{n}",
                Title = $"Synthetic report {n}",
                Date = date,
                Text = string.Join(' ', lines.Select(l => l.Text)),
                Location = new InputLocation($"synthetic:{n}"),
            };
            var article = ArticleBuilder.Build(raw);
            var stories = StorySegmenter.Segment(article).Select(story => new AnalyzedStory(story, Annotate(story, date, lines, tokenizer, random))).ToList();
            store.Store(new AnalyzedArticle { Article = article, Language = "en", Annotated = true, Stories = stories });
            if (n % 1000 == 999)
                progress($"{(n + 1) * SentencesPerArticle:N0} events written");
        }
    }

    // The real tokenizer gives tokens and sentences; each sentence that is one of the generated lines gets its two actors and its event.
    private static Doc Annotate(Story story, DateOnly date, List<Line> lines, TokenizerAnnotator tokenizer, Random random)
    {
        var doc = new Doc(story.Text, date);
        tokenizer.Annotate(doc);
        var byText = lines.ToDictionary(l => l.Text);
        var actors = new List<ActorMention>();
        var coded = new List<CodedEvent>();
        for (var i = 0; i < doc.Sentences.Count; i++)
        {
            var sentence = doc.Sentences[i];
            if (!byText.TryGetValue(doc.TextOf(sentence).Trim(), out var line))
                continue;
            var at = sentence.Start + doc.TextOf(sentence).IndexOf(line.Text, StringComparison.Ordinal);
            actors.Add(Mention(doc, i, at, line.Source));
            actors.Add(Mention(doc, i, at + line.TargetAt, line.Target));
            coded.Add(new CodedEvent
            {
                Sentence = i,
                Code = line.Code,
                Source = actors.Count - 2,
                Target = actors.Count - 1,
                Verb = new EvidenceSpan(at + line.VerbAt, at + line.VerbAt + line.Verb.Length),
                Pattern = "synthetic",
                Confidence = Math.Round(0.5 + random.NextDouble() * 0.45, 2),
            });
        }

        doc.SetActors([.. actors]);
        doc.SetEvents([.. coded]);
        return doc;
    }

    private static ActorMention Mention(Doc doc, int sentence, int start, Actor actor)
    {
        var end = start + actor.Text.Length;
        var tokens = doc.Tokens;
        var firstToken = 0;
        while (firstToken < tokens.Count && tokens[firstToken].End <= start)
            firstToken++;
        var endToken = firstToken;
        while (endToken < tokens.Count && tokens[endToken].Start < end)
            endToken++;
        return new ActorMention
        {
            FirstToken = firstToken, EndToken = endToken, Start = start, End = end, Sentence = sentence,
            Kind = MentionKind.Description, Code = actor.Code, Via = ActorVia.Context,
        };
    }

    private sealed record Actor(string Text, ActorCode Code);

    private sealed record Line(string Text, Actor Source, Actor Target, string Verb, int VerbAt, int TargetAt, CameoCode Code)
    {
        public static Line Random(Random random, CameoCode[] codes)
        {
            var source = PickActor(random);
            Actor target;
            do
                target = PickActor(random);
            while (target.Code.Value == source.Code.Value);
            var verb = Verbs[random.Next(Verbs.Length)];
            // Capitalized, so the sentence splitter sees each line as a sentence of its own.
            var text = $"{char.ToUpperInvariant(source.Text[0])}{source.Text[1..]} {verb} {target.Text} over {Topics[random.Next(Topics.Length)]}.";
            return new Line(text, source, target, verb, source.Text.Length + 1, source.Text.Length + verb.Length + 2, codes[random.Next(codes.Length)]);
        }

        // Skewed towards the first countries, as news is: a few actors make most events.
        private static Actor PickActor(Random random)
        {
            var (country, adjective) = Countries[(int)(Countries.Length * Math.Pow(random.NextDouble(), 2))];
            var (sector, noun) = Sectors[random.Next(Sectors.Length)];
            return new Actor($"the {adjective} {noun}", ActorCode.Of(country, [sector]));
        }
    }
}
