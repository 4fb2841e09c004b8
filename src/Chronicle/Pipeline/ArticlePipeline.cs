using Chronicle.Actors;
using Chronicle.Articles;
using Chronicle.Events;
using Chronicle.Places;
using Gazetteer = Chronicle.Places.Gazetteer;
using Chronicle.Stories;
using Chronicle.Tagging;
using Chronicle.Text;
using Chronicle.Time;

namespace Chronicle.Pipeline;

/// <summary>
/// The flow from a read article to annotated stories: build the article, split its stories, tell its
/// language, and run each annotator in order over every story of an article in a language they read.
/// Immutable once built, so one instance serves many threads.
/// </summary>
public sealed class ArticlePipeline(IReadOnlyList<IAnnotator> annotators, LanguageIdentifier languages)
{
    /// <summary>Languages the annotators read. "und" is tried too: a text too short to tell is most likely English here.</summary>
    private static readonly HashSet<string> ReadLanguages = ["en", "und"];

    public IReadOnlyList<IAnnotator> Annotators { get; } = annotators;

    /// <summary>
    /// The pipeline with every annotator Chronicle has, in flow order, with the shipped models and the
    /// given actor knowledge, event patterns, gazetteer and entity recognizer (the built-in ones, and the fast
    /// <c>ontonotes</c> model, when null).
    /// </summary>
    public static ArticlePipeline CreateDefault(ActorLexicon? actors = null, PatternDictionary? patterns = null, Gazetteer? gazetteer = null, EntityRecognizer? entities = null)
    {
        var pos = new PosTagger(ModelCatalog.Load("pos"));
        return new(
            [
                new TokenizerAnnotator(),
                pos,
                entities ?? new EntityRecognizer(ModelCatalog.Load("ontonotes")),
                new TimexAnnotator(),
                new ActorCoder(actors ?? ActorLexicon.BuiltIn),
                new PlaceAnnotator(new Geoparser(gazetteer ?? Gazetteer.BuiltIn)),
                new QuoteFinder(patterns ?? PatternDictionary.Default),
                new EventCoder(patterns ?? PatternDictionary.Default, CameoCodebook.Default),
            ],
            new LanguageIdentifier(pos.Knows));
    }

    public AnalyzedArticle Analyze(RawArticle raw)
    {
        var article = ArticleBuilder.Build(raw);
        var stories = StorySegmenter.Segment(article);
        var language = languages.Identify(string.Join('\n', stories.Select(s => s.Text)));
        var annotated = ReadLanguages.Contains(language);
        var coding = CodingOptions.From(article.Options);
        var analyzed = new List<AnalyzedStory>(stories.Count);
        foreach (var story in stories)
        {
            var doc = new Doc(story.Text, article.Date) { Coding = coding };
            if (annotated)
            {
                foreach (var annotator in Annotators)
                    annotator.Annotate(doc);
            }

            analyzed.Add(new AnalyzedStory(story, doc));
        }

        return new AnalyzedArticle { Article = article, Language = language, Annotated = annotated, Stories = analyzed };
    }
}
