using System.CommandLine;
using Chronicle.Articles;
using Chronicle.Pipeline;

namespace Chronicle.Cli;

/// <summary>The options of commands that read articles, and the <see cref="ReaderOptions"/> they make.</summary>
internal sealed class InputOptions
{
    public Argument<string[]> Sources { get; } = CommonOptions.Sources();

    public Option<InputFormat> Format { get; } = CommonOptions.InputFormat();

    public Option<bool> AllowPrivateNetwork { get; } = CommonOptions.AllowPrivateNetwork();

    public Option<DateOnly?> Date { get; } = new("--date")
    {
        Description = "The article date (YYYY-MM-DD) for articles whose source gives none.",
        HelpName = "YYYY-MM-DD",
    };

    public Option<string?> Dictionaries { get; } = new("--dictionaries")
    {
        Description = "A folder of PETRARCH/TABARI dictionaries (*actors*.txt, *agents*.txt, *discards*.txt) that extend and override the built-in actor knowledge.",
        HelpName = "DIR",
    };

    public Option<string?> Gazetteer { get; } = CommonOptions.Gazetteer();

    public Option<string> EntityModel { get; } = new("--ner-model")
    {
        Description = "The entity model: ontonotes (fast), ontonotes-accurate (with a fine-tuned MiniLM: about 2.5 F1 better, much slower), or a path.",
        DefaultValueFactory = _ => DefaultEntityModel,
        HelpName = "MODEL",
    };

    private const string DefaultEntityModel = "ontonotes";

    public void AddTo(Command command)
    {
        AddReadingTo(command);
        AddAnalysisTo(command);
    }

    /// <summary>Adds the options that say what to read and how, for a command that leaves the analysis to others (enqueue).</summary>
    public void AddReadingTo(Command command)
    {
        command.Add(Sources);
        command.Add(Format);
        command.Add(Date);
        command.Add(AllowPrivateNetwork);
    }

    /// <summary>Adds the options that shape the pipeline, for a command that analyzes what others read (worker).</summary>
    public void AddAnalysisTo(Command command)
    {
        command.Add(Dictionaries);
        command.Add(Gazetteer);
        command.Add(EntityModel);
    }

    /// <summary>
    /// The full pipeline, with the user's dictionaries over the built-in knowledge when --dictionaries names
    /// a folder, an imported gazetteer beside the built-in one when --gazetteer does, and the entity model
    /// --ner-model names.
    /// </summary>
    public ArticlePipeline CreatePipeline(ParseResult parse, CliConsole console) => ArticlePipeline.CreateDefault(
        ActorKnowledge.Load(parse.GetValue(Dictionaries), console),
        gazetteer: parse.GetValue(Gazetteer) is { } folder ? Chronicle.Places.Gazetteer.WithImported(folder) : null,
        entities: EntityRecognizer(parse));

    /// <summary>The recognizer of the entity model --ner-model names; null for the pipeline's default.</summary>
    public Chronicle.Tagging.EntityRecognizer? EntityRecognizer(ParseResult parse)
    {
        if (parse.GetValue(EntityModel) is not { } model || model == DefaultEntityModel)
            return null;
        var (entities, encoder) = Taggers.LoadEntities(model);
        return new Chronicle.Tagging.EntityRecognizer(entities, encoder);
    }

    /// <summary>
    /// Reads and analyzes every source, in order: an input that cannot be read or analyzed is reported and
    /// counted in <paramref name="tally"/>, an article in a language the annotators do not read is noted.
    /// </summary>
    public IEnumerable<AnalyzedArticle> Analyze(ParseResult parse, CliConsole console, ArticlePipeline pipeline, AnalysisTally tally, CancellationToken ct)
    {
        foreach (var result in pipeline.AnalyzeAll(Read(parse, console, ct), ct))
        {
            if (result.Error is { } error)
            {
                console.ReportError(error.ToString());
                tally.Failed++;
                continue;
            }

            var article = result.Article!;
            tally.Articles++;
            if (!article.Annotated)
                console.Note($"{article.Article.Location}: language '{article.Language}' is not one the annotators read: skipped");
            yield return article;
        }
    }

    /// <summary>Reads every source the command line names, lazily, errors in place of what could not be read.</summary>
    public IEnumerable<ReadResult> Read(ParseResult parse, CliConsole console, CancellationToken ct)
    {
        var options = new ReaderOptions
        {
            Format = parse.GetValue(Format),
            AllowPrivateNetwork = parse.GetValue(AllowPrivateNetwork),
        };
        var date = parse.GetValue(Date);
        using var inputs = new ArticleInputs(options);
        foreach (var source in parse.GetValue(Sources) ?? [])
        {
            var results = source == ArticleInputs.StandardInput
                ? inputs.Read(console.OpenStdin(), source, ct)
                : inputs.Read([source], ct);
            foreach (var result in results)
                yield return result.Article is { Date: null } article && date is { } given ? article with { Date = given } : result;
        }
    }
}

/// <summary>How many articles a command analyzed, and how many inputs failed.</summary>
internal sealed class AnalysisTally
{
    public int Articles { get; set; }

    public int Failed { get; set; }
}
