using Chronicle.Export;
using Chronicle.Pipeline;

namespace Chronicle.Evaluation;

/// <summary>How one gold event fared: the sentence its cue found, and the coded event that matched it, if any.</summary>
public sealed record GoldEventResult(GoldEvent Gold, string? Sentence, EventRecord? Match, IReadOnlyList<EventRecord> CodedThere);

/// <summary>What the hand-coded gold evaluation found.</summary>
/// <param name="Unnamed">Coded events in the gold's sentences that no gold line of their sentence accepts. The gold names
/// main events only, so these are not all wrong ("B met A" beside "A met B"), but an extra event shows up here.</param>
public sealed record GoldEventScores(int Gold, int Found, int CodedInGoldSentences, int Unnamed)
{
    public double Recall => Gold == 0 ? 0 : (double)Found / Gold;
}

/// <summary>
/// Scores an article's coded events against a hand-written gold (<see cref="GoldEvent"/>): a gold event
/// is found when a coded event of its cue's sentence has a matching source, code and target.
/// </summary>
public static class GoldEventEvaluation
{
    /// <exception cref="InvalidDataException">A gold line's cue is in no sentence of its story, or in more than one.</exception>
    public static (GoldEventScores Scores, List<GoldEventResult> Results) Run(AnalyzedArticle article, IReadOnlyList<GoldEvent> gold)
    {
        var records = EventRecords.Of(article).ToList();
        var results = new List<GoldEventResult>();
        var located = new List<(GoldEvent Line, int Sentence)>();
        var matched = new HashSet<EventRecord>(ReferenceEqualityComparer.Instance);
        foreach (var line in gold)
        {
            var (sentence, text) = FindSentence(article, line);
            located.Add((line, sentence));
            var there = records.Where(r => r.Story == line.Story && r.Sentence == sentence).ToList();
            var match = there.FirstOrDefault(r => !matched.Contains(r) && line.Accepts(r.Source?.Code, r.Cameo, r.Target?.Code));
            if (match is not null)
                matched.Add(match);
            results.Add(new GoldEventResult(line, text, match, there));
        }

        var coded = records.Where(r => located.Any(l => l.Line.Story == r.Story && l.Sentence == r.Sentence)).ToList();
        var unnamed = coded.Count(r => !located.Any(l => l.Line.Story == r.Story && l.Sentence == r.Sentence && l.Line.Accepts(r.Source?.Code, r.Cameo, r.Target?.Code)));
        return (new GoldEventScores(gold.Count, results.Count(r => r.Match is not null), coded.Count, unnamed), results);
    }

    private static (int Index, string Text) FindSentence(AnalyzedArticle article, GoldEvent line)
    {
        var story = article.Stories.FirstOrDefault(s => s.Story.Index == line.Story)
            ?? throw new InvalidDataException($"gold line {line.Line}: the article has no story {line.Story}");
        var doc = story.Doc;
        var found = Enumerable.Range(0, doc.Sentences.Count)
            .Where(i => doc.TextOf(doc.Sentences[i]).Contains(line.Cue, StringComparison.Ordinal))
            .ToList();
        return found.Count == 1
            ? (found[0], doc.TextOf(doc.Sentences[found[0]]))
            : throw new InvalidDataException($"gold line {line.Line}: \"{line.Cue}\" is in {found.Count} sentences of story {line.Story}; a cue must find exactly one");
    }
}
