using Chronicle.Export;
using Chronicle.Storage;

namespace Chronicle.Web.Api;

/// <summary>A stored article as the reader shows it: its metadata and each story's text with every annotation layer as spans.</summary>
public sealed record ArticleView(
    string Id, string? Title, string? Url, DateOnly? Date, string Language, string? Source, string? Byline,
    IReadOnlyList<StoredBlock> Captions, IReadOnlyList<StoryView> Stories)
{
    /// <summary>Puts the article's events with the stories they were read from.</summary>
    public static ArticleView Of(StoredArticle article, IReadOnlyList<EventRecord> events)
    {
        var s = article.Summary;
        var stories = article.Stories.Select(story => new StoryView(story.Index, story.Start, story.End, story.Text, new StoryLayers(
            story.Sentences.Select(x => new SentenceSpan(x.Index, x.Start, x.End)).ToList(),
            story.Sentences.SelectMany(x => x.Entities.Select(e => new EntitySpan(x.Index, e.Start, e.End, e.Type, e.Text))).ToList(),
            story.Sentences.SelectMany(x => x.Actors.Select(a => new ActorSpan(x.Index, a.Start, a.End, a.Text, a.Code, a.Name, a.Via, a.Kind))).ToList(),
            events.Where(e => e.Story == story.Index).ToList())
        {
            Times = story.Sentences.SelectMany(x => x.Times.Select(t => new TimeSpanView(x.Index, t.Start, t.End, t.Type, t.Value, t.Text))).ToList(),
            Places = story.Sentences.SelectMany(x => x.Places.Select(p => new PlaceSpanView(x.Index, p.Start, p.End, p.Text, p.Name, p.Geonameid, p.Country, p.Lat, p.Lon))).ToList(),
        })).ToList();
        return new ArticleView(s.Id, s.Title, s.Url, s.Date, s.Language, article.Source, article.Byline, article.Captions, stories);
    }
}

/// <summary>A story's text (offsets of the story in the article text) and its layers; every span in the layers is into <see cref="Text"/>.</summary>
public sealed record StoryView(int Index, int Start, int End, string Text, StoryLayers Layers);

/// <summary>
/// The layers of a story. Events carry the spans of their evidence (source, verb, target, and time and
/// place where the stages that read them have run).
/// </summary>
public sealed record StoryLayers(
    IReadOnlyList<SentenceSpan> Sentences, IReadOnlyList<EntitySpan> Entities, IReadOnlyList<ActorSpan> Actors, IReadOnlyList<EventRecord> Events)
{
    /// <summary>Every time expression the time annotator found, with its TIMEX3 type and value.</summary>
    public IReadOnlyList<TimeSpanView> Times { get; init; } = [];

    /// <summary>Every place mention the geoparser read, with the place it resolved to.</summary>
    public IReadOnlyList<PlaceSpanView> Places { get; init; } = [];
}

public sealed record SentenceSpan(int Index, int Start, int End);

/// <summary>A named entity (PERSON, ORG, GPE, DATE, ...).</summary>
public sealed record EntitySpan(int Sentence, int Start, int End, string Type, string Text);

/// <summary>A time expression with its TIMEX3 type (DATE, TIME, DURATION, SET) and value ("2023-02-23", "P2Y").</summary>
public sealed record TimeSpanView(int Sentence, int Start, int End, string Type, string Value, string Text);

/// <summary>A place mention with the gazetteer entry it resolved to (nulls when none did).</summary>
public sealed record PlaceSpanView(int Sentence, int Start, int End, string Text, string? Name, long? Geonameid, string? Country, double? Lat, double? Lon);

/// <summary>An actor mention with its code, name, and how it was coded ("dictionary", "context", "coreference").</summary>
public sealed record ActorSpan(int Sentence, int Start, int End, string Text, string? Code, string? Name, string Via, string Kind);
