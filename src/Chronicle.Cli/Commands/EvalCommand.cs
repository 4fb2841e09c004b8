using System.CommandLine;
using Chronicle.Tagging;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle eval pos|ner|events|timex|geo`: scores a model, the event coder, the time expressions or the geoparser on gold data.</summary>
internal static class EvalCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("eval", "Score a tagger model or the event coder on gold data.");
        command.Add(Create(console, ModelKind.PartOfSpeech, "pos", "chronicle eval pos --gold ../shared/data/ner/ontonotes5/onto.development.bio.gz --model pos"));
        command.Add(Create(console, ModelKind.Entities, "ner", "chronicle eval ner --gold ../shared/data/ner/conll2003/eng.testa --model conll"));
        command.Add(EventsEvaluation(console));
        command.Add(TimexEvaluation(console));
        command.Add(GeoEvaluation(console));
        return command;
    }

    private static Command TimexEvaluation(CliConsole console)
    {
        var tbaq = new Option<string>("--tbaq") { Description = "TimeML gold documents: a folder of .tml files (read recursively) or a zip of them (read in memory).", Required = true, HelpName = "DIR|ZIP" };
        var verbose = new Option<bool>("--verbose") { Description = "Print every difference: gold missed, found but not gold, matches of another type or value, and matches right but for their extent." };
        var command = new Command("timex", CommonOptions.Describe(
            "Score time expressions on TimeML gold as TempEval-3 does: strict and relaxed extent precision, recall and F1, type accuracy, and value F1 (an expression counts when its extent overlaps a gold one and its value is the gold's).",
            "chronicle eval timex --tbaq ../shared/data/time/TBAQ-cleaned.zip"));
        command.Add(tbaq);
        command.Add(verbose);
        command.SetAction(parse =>
        {
            var documents = Chronicle.Evaluation.TimeMlDocument.ReadAll(parse.GetValue(tbaq)!);
            var (scores, differences) = Chronicle.Evaluation.TimexEvaluation.Run(Chronicle.Time.TimexAnnotator.WithPrerequisites(), documents);
            if (parse.GetValue(verbose))
            {
                foreach (var d in differences)
                    console.Out.WriteLine($"{d.Kind}\t{d.Document}\t{d.Text}\tgold {d.GoldType} {d.GoldValue}\tfound {d.FoundType} {d.FoundValue}");
            }

            console.Out.WriteLine($"documents: {documents.Count}; gold: {scores.Relaxed.Gold}; found: {scores.Relaxed.Predicted}");
            console.Out.WriteLine($"{"",-10} {"P",6} {"R",6} {"F1",6}");
            foreach (var (name, score) in new[] { ("strict", scores.Strict), ("relaxed", scores.Relaxed), ("type", scores.Type), ("value", scores.Value) })
                console.Out.WriteLine($"{name,-10} {100 * score.Precision,6:F1} {100 * score.Recall,6:F1} {100 * score.F1,6:F1}");
            console.Out.WriteLine($"type accuracy (of relaxed matches): {100 * scores.TypeAccuracy:F1}%");
            return 0;
        });
        return command;
    }

    private static Command GeoEvaluation(CliConsole console)
    {
        var lgl = new Option<string?>("--lgl") { Description = "LGL (lgl.xml).", HelpName = "FILE" };
        var geovirus = new Option<string?>("--geovirus") { Description = "GeoVirus (GeoVirus.xml).", HelpName = "FILE" };
        var wiktor = new Option<string?>("--wiktor") { Description = "WikToR: the folder holding wiktor.jsonl.gz, or the file.", HelpName = "DIR" };
        var gazetteer = CommonOptions.Gazetteer();
        var errors = new Option<bool>("--errors") { Description = "Print each mention resolved more than 161 km from its gold point." };
        var command = new Command("geo", CommonOptions.Describe(
            "Score the geoparser with the gold place names given: Acc@161km, mean and median error, AUC (0 best) and mentions per second.",
            "chronicle eval geo --lgl ../shared/data/geo/eval/lgl.xml",
            "chronicle eval geo --geovirus ../shared/data/geo/eval/GeoVirus.xml",
            "chronicle eval geo --wiktor ../shared/data/geo/eval/wiktor"));
        command.Add(lgl);
        command.Add(geovirus);
        command.Add(wiktor);
        command.Add(gazetteer);
        command.Add(errors);
        command.SetAction(parse =>
        {
            var corpora = new List<(string Name, Func<(List<Chronicle.Evaluation.GeoGoldDocument>, int)> Read)>();
            if (parse.GetValue(lgl) is { } l)
                corpora.Add(("LGL", () => (Chronicle.Evaluation.GeoGold.ReadLgl(l, out var bad), bad)));
            if (parse.GetValue(geovirus) is { } g)
                corpora.Add(("GeoVirus", () => (Chronicle.Evaluation.GeoGold.ReadGeoVirus(g, out var bad), bad)));
            if (parse.GetValue(wiktor) is { } w)
                corpora.Add(("WikToR", () => (Chronicle.Evaluation.GeoGold.ReadWikToR(w, out var bad), bad)));
            if (corpora.Count == 0)
            {
                console.ReportError("eval geo: give --lgl FILE, --geovirus FILE or --wiktor DIR");
                return 1;
            }

            var geoparser = new Chronicle.Places.Geoparser(Chronicle.Places.Gazetteer.Load(parse.GetValue(gazetteer)));
            var verbose = parse.GetValue(errors);
            foreach (var (name, read) in corpora)
            {
                var (documents, misaligned) = read();
                var scores = Chronicle.Evaluation.GeoEvaluation.Run(geoparser, documents, verbose
                    ? o =>
                    {
                        if (o.ErrorKm > 161)
                            console.Out.WriteLine($"{o.Document}\t{o.Gold.Name}\t{o.Gold.Latitude:F3},{o.Gold.Longitude:F3}\t{o.Predicted?.Name ?? "-"}\t{o.Predicted?.Feature}\t{o.Predicted?.Country}\t{o.Predicted?.Latitude:F3},{o.Predicted?.Longitude:F3}\t{o.ErrorKm:F0}");
                    }
                    : null);
                console.Out.WriteLine($"{name}: {scores.Documents} documents, {scores.Mentions} mentions ({misaligned} with offsets that miss their phrase left out), {scores.Scored} with a gold point; "
                    + $"Acc@161km {100 * scores.AccuracyAt161Km:F1}%, mean error {scores.MeanErrorKm:F0} km, median {scores.MedianErrorKm:F0} km, AUC {scores.Auc:F3}, "
                    + $"unresolved {scores.Unresolved}, {scores.MentionsPerSecond:F0} mentions/s");
            }

            return 0;
        });
        return command;
    }

    private static Command EventsEvaluation(CliConsole console)
    {
        var plover = new Option<string?>("--plover") { Description = "PLOVER gold records (a JSON array).", HelpName = "FILE" };
        var petrarch = new Option<string?>("--petrarch") { Description = "PETRARCH validation records (XML as PETRARCH reads it).", HelpName = "FILE" };
        var gold = new Option<string?>("--gold") { Description = "Hand-coded events of the articles given as sources (bench/gold/*.events.tsv).", HelpName = "FILE" };
        var verbose = new Option<bool>("--verbose") { Description = "Print each record's gold and coded events." };
        var inputs = new InputOptions();
        inputs.Sources.Arity = ArgumentArity.ZeroOrMore;
        var command = new Command("events", CommonOptions.Describe(
            "Score the event coder on PLOVER gold records (records that get an event of the right type, precision, source country), on PETRARCH validation records (Correct, Uncoded, Extra per category), or on a hand-coded gold of the articles given as sources. --dictionaries adds PETRARCH dictionaries, verbs included, to the built-in knowledge.",
            "chronicle eval events --plover ../shared/data/events/plover/PLOVER_GSR_CAMEO.dev.txt",
            "chronicle eval events --petrarch ../shared/data/events/universal-petrarch/PETR_Validate_records_2_02.dev.xml --dictionaries ../shared/data/events/universal-petrarch",
            "chronicle eval events --gold bench/gold/seed-dispatch.events.tsv ../shared/seed/000_658ac1d3d5b84eaa.txt --date 2023-02-24"));
        command.Add(plover);
        command.Add(petrarch);
        command.Add(gold);
        command.Add(verbose);
        inputs.AddTo(command);
        command.SetAction((parse, ct) =>
        {
            var dictionaries = parse.GetValue(inputs.Dictionaries);
            if (parse.GetValue(petrarch) is { } records)
                return Task.FromResult(PetrarchValidation(console, records, dictionaries, inputs.EntityRecognizer(parse), parse.GetValue(verbose)));
            if (parse.GetValue(gold) is { } goldFile)
                return Task.FromResult(GoldEvaluation(console, inputs, parse, goldFile, parse.GetValue(verbose), ct));
            if (parse.GetValue(plover) is { } ploverFile)
                return Task.FromResult(PloverEvaluation(console, ploverFile, inputs.EntityRecognizer(parse), parse.GetValue(verbose)));
            console.ReportError("eval events: give --plover FILE, --petrarch FILE or --gold FILE SOURCE...");
            return Task.FromResult(1);
        });
        return command;
    }

    private static int PloverEvaluation(CliConsole console, string path, EntityRecognizer? entities, bool verbose)
    {
        var records = Chronicle.Evaluation.PloverGoldRecord.Read(path);
        var (scores, details) = Chronicle.Evaluation.PloverEvaluation.Run(Chronicle.Pipeline.ArticlePipeline.CreateDefault(entities: entities), records);
        if (verbose)
        {
            foreach (var (record, events) in details)
                console.Out.WriteLine($"{record.Id}\t{record.EventType}\t{string.Join(' ', events.Select(e => $"{e.Cameo}:{e.Category}:{e.SourceCountry ?? "-"}"))}\t{record.Text}");
        }

        console.Out.WriteLine($"records: {scores.Records}; found (an event of the right type): {scores.Found} ({100 * scores.Recall:F1}%); "
            + $"coded events: {scores.Predicted}, right type: {scores.Correct} (precision {100 * scores.Precision:F1}%); "
            + $"source country right: {scores.SourceCountryRight} of {scores.SourceCountryKnown} ({100 * scores.SourceCountryAccuracy:F1}%)");
        return 0;
    }

    /// <summary>Scores each article the sources name against the gold; a gold file describes one article.</summary>
    private static int GoldEvaluation(CliConsole console, InputOptions inputs, ParseResult parse, string path, bool verbose, CancellationToken ct)
    {
        var gold = Chronicle.Evaluation.GoldEvent.Read(path);
        var tally = new AnalysisTally();
        foreach (var article in inputs.Analyze(parse, console, inputs.CreatePipeline(parse, console), tally, ct))
        {
            var (scores, results) = Chronicle.Evaluation.GoldEventEvaluation.Run(article, gold);
            foreach (var result in results.Where(r => verbose || r.Match is null))
            {
                var coded = result.Match is { } m ? $"found {Describe(m)}" : $"missed; coded there: {(result.CodedThere.Count == 0 ? "nothing" : string.Join("; ", result.CodedThere.Select(Describe)))}";
                console.Out.WriteLine($"{result.Gold}\t{coded}");
            }

            console.Out.WriteLine($"{article.Article.Location}: gold events {scores.Gold}, found {scores.Found} ({100 * scores.Recall:F1}%); "
                + $"coded in the gold's sentences {scores.CodedInGoldSentences}, of which no gold line names {scores.Unnamed}");
        }

        if (tally.Articles == 0 && tally.Failed == 0)
        {
            console.ReportError("eval events --gold: name the article the gold codes as a SOURCE");
            return 1;
        }

        return tally.Failed > 0 ? 1 : 0;
    }

    private static string Describe(Chronicle.Export.EventRecord e) => $"{e.Source?.Code ?? "?"} {e.Cameo} {e.Target?.Code ?? "-"}";

    private static Command Create(CliConsole console, ModelKind kind, string name, string example)
    {
        var gold = new Option<string>("--gold") { Description = "Gold data: token first, tag in the POS column (pos) or last column (ner).", Required = true, HelpName = "FILE" };
        var model = new Option<string>("--model") { Description = "A model name (pos, ontonotes, conll) or path.", Required = true, HelpName = "MODEL" };
        var posModel = new Option<string>("--pos-model") { Description = "The POS model whose tags the entity model reads.", DefaultValueFactory = _ => "pos", HelpName = "MODEL" };
        var command = new Command(name, CommonOptions.Describe(
            kind == ModelKind.PartOfSpeech ? "Token accuracy of a POS model." : "Per-type precision, recall and F1 of an entity model over whole chunks, in conlleval's layout.",
            example));
        command.Add(gold);
        command.Add(model);
        if (kind == ModelKind.Entities)
            command.Add(posModel);
        command.SetAction(parse =>
        {
            var sentences = TrainingData.Load(parse.GetValue(gold)!, kind);
            List<(IReadOnlyList<string> Gold, IReadOnlyList<string> Predicted)> pairs;
            if (kind == ModelKind.PartOfSpeech)
            {
                pairs = TaggerEvaluation.Predict(ModelCatalog.Load(parse.GetValue(model)!), sentences);
            }
            else
            {
                using var taggers = new Taggers(parse.GetValue(model)!, parse.GetValue(posModel)!);
                var vectors = taggers.VectorsOf(sentences.Select(s => (IReadOnlyList<string>)s.Tokens));
                pairs = TaggerEvaluation.Predict(taggers.Entities, sentences, taggers.Pos, vectors);
            }

            if (kind == ModelKind.PartOfSpeech)
                console.Out.WriteLine($"processed {pairs.Sum(p => p.Gold.Count)} tokens; accuracy: {100 * TaggingScores.Accuracy(pairs):F2}%");
            else
                WriteConllevalReport(console.Out, pairs);
            return 0;
        });
        return command;
    }

    private static int PetrarchValidation(CliConsole console, string path, string? dictionaries, EntityRecognizer? entities, bool verbose)
    {
        var file = Chronicle.Articles.PetrarchRecords.Read(path);
        foreach (var error in file.Errors)
            console.ReportError(error.ToString());
        var lexicon = ActorKnowledge.Load(dictionaries, console);
        var patterns = dictionaries is null ? null : Chronicle.Events.Petrarch.PetrarchVerbs.LoadFolder(dictionaries, out _);
        var pipeline = Chronicle.Pipeline.ArticlePipeline.CreateDefault(lexicon, patterns, entities: entities);
        var scores = Chronicle.Evaluation.PetrarchEvaluation.Run(pipeline, file, verbose
            ? (record, coded) => console.Out.WriteLine($"{record.Id}\texpected {string.Join(' ', record.Expected.Select(x => $"{x.SourceCode}-{x.TargetCode}-{x.EventCode}"))}\tcoded {string.Join(' ', coded.Select(c => $"{c.Source}-{c.Target}-{c.Code}"))}")
            : null);
        console.Out.WriteLine($"{"category",-12} {"records",8} {"expected",9} {"correct",8} {"uncoded",8} {"extra",6} {"found %",8} {"extra %",8}");
        foreach (var s in scores)
            console.Out.WriteLine($"{s.Category,-12} {s.Records,8} {s.Expected,9} {s.Correct,8} {s.Uncoded,8} {s.Extra,6} {100 * s.Found,8:F1} {100 * s.ExtraShare,8:F1}");
        return file.Errors.Count > 0 ? 1 : 0;
    }

    /// <summary>The report conlleval prints, so existing scripts that read it keep working.</summary>
    private static void WriteConllevalReport(TextWriter output, List<(IReadOnlyList<string> Gold, IReadOnlyList<string> Predicted)> pairs)
    {
        var scores = TaggingScores.Chunks(pairs);
        var all = scores[^1];
        output.WriteLine($"processed {pairs.Sum(p => p.Gold.Count)} tokens with {all.Gold} phrases; found: {all.Predicted} phrases; correct: {all.Correct}.");
        output.WriteLine($"accuracy: {100 * TaggingScores.Accuracy(pairs),6:F2}%; precision: {100 * all.Precision,6:F2}%; recall: {100 * all.Recall,6:F2}%; FB1: {100 * all.F1,6:F2}");
        foreach (var s in scores.Take(scores.Count - 1))
            output.WriteLine($"{s.Type,17}: precision: {100 * s.Precision,6:F2}%; recall: {100 * s.Recall,6:F2}%; FB1: {100 * s.F1,6:F2}  {s.Predicted}");
    }
}
