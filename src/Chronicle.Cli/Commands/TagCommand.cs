using System.CommandLine;
using Chronicle.Articles;
using Chronicle.Cli.Output;
using Chronicle.Pipeline;
using Chronicle.Tagging;
using Chronicle.Text;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle tag`: raw text in; tokens, sentences, POS and entity tags out.</summary>
internal static class TagCommand
{
    private enum TagFormat
    {
        Conll,
        Jsonl,
    }

    public static Command Create(CliConsole console)
    {
        var source = new Argument<string>("FILE") { Description = "A text file, or - for stdin.", DefaultValueFactory = _ => ArticleInputs.StandardInput };
        var format = new Option<TagFormat>("--format") { Description = "conll: token, POS and IOB2 entity tag a line, a blank line after each sentence; jsonl: one sentence a line.", DefaultValueFactory = _ => TagFormat.Conll };
        var model = new Option<string>("--model") { Description = "The entity model.", DefaultValueFactory = _ => "ontonotes", HelpName = "NAME" };
        var command = new Command("tag", CommonOptions.Describe(
            "Tokenize, split sentences, and tag parts of speech and named entities in plain text. Paragraphs are tagged in parallel on every core.",
            "chronicle tag samples/dispatch.txt --format jsonl",
            "echo 'Iraq's prime minister met Iranian officials in Baghdad.' | chronicle tag"));
        command.Add(source);
        command.Add(format);
        command.Add(model);
        command.SetAction((parse, ct) =>
        {
            using var taggers = new Taggers(parse.GetValue(model)!);
            var annotators = new IAnnotator[] { new TokenizerAnnotator(), taggers.PosTagger, taggers.EntityRecognizer };
            var failed = false;
            using var inputs = new ArticleInputs(new ReaderOptions { Format = InputFormat.Text });
            var name = parse.GetValue(source)!;
            var results = name == ArticleInputs.StandardInput ? inputs.Read(console.OpenStdin(), name, ct) : inputs.Read([name], ct);
            foreach (var result in results)
            {
                if (result.Error is { } error)
                {
                    console.ReportError(error.ToString());
                    failed = true;
                    continue;
                }

                var text = TextNormalizer.Normalize(result.Article!.Text).Text;
                var docs = Paragraphs(text).AsParallel().AsOrdered().WithCancellation(ct).Select(paragraph =>
                {
                    var doc = new Doc(paragraph);
                    foreach (var annotator in annotators)
                        annotator.Annotate(doc);
                    return doc;
                });
                foreach (var doc in docs)
                    Write(console.Out, doc, parse.GetValue(format));
            }

            return Task.FromResult(failed ? 1 : 0);
        });
        return command;
    }

    private static IEnumerable<string> Paragraphs(string text) =>
        text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static void Write(TextWriter output, Doc doc, TagFormat format)
    {
        if (format == TagFormat.Conll)
        {
            WriteConll(output, doc);
            return;
        }

        var entityTags = EntityTags.FromChunks([.. doc.Entities.Select(e => new EntityChunk(e.FirstToken, e.EndToken, e.Type))], doc.Tokens.Count, bilou: false);
        foreach (var sentence in doc.Sentences)
        {
            JsonLines.Write(output, new
            {
                Text = doc.TextOf(sentence),
                Tokens = Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Select(i => new
                {
                    Text = doc[doc.Tokens[i]].ToString(),
                    doc.Tokens[i].Start,
                    doc.Tokens[i].End,
                    Pos = doc.PosTags[i],
                    Ner = entityTags[i],
                }),
                Entities = doc.Entities.Where(e => e.FirstToken >= sentence.FirstToken && e.EndToken <= sentence.EndToken)
                    .Select(e => new { Text = doc.Text[e.Start..e.End], e.Start, e.End, e.Type }),
            });
        }
    }

    /// <summary>
    /// Token, POS and IOB2 tag a line, written piece by piece: a formatted string per token, or an IOB2
    /// tag built per entity token, costs as much as tagging it.
    /// </summary>
    private static void WriteConll(TextWriter output, Doc doc)
    {
        var entity = 0;
        foreach (var sentence in doc.Sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                output.Write(doc[doc.Tokens[i]]);
                output.Write('\t');
                output.Write(doc.PosTags[i]);
                output.Write('\t');
                // Entities are in token order and do not overlap: the first not yet ended is the only one that can hold token i.
                while (entity < doc.Entities.Count && doc.Entities[entity].EndToken <= i)
                    entity++;
                if (entity < doc.Entities.Count && doc.Entities[entity].FirstToken <= i)
                {
                    output.Write(doc.Entities[entity].FirstToken == i ? "B-" : "I-");
                    output.WriteLine(doc.Entities[entity].Type);
                }
                else
                {
                    output.WriteLine(EntityTags.Outside);
                }
            }

            output.WriteLine();
        }
    }
}
