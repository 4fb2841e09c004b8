using System.CommandLine;
using Chronicle.Tagging;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle ner --conll F --model NAME`: appends a predicted IOB2 entity tag to every row of a CoNLL file.</summary>
internal static class NerCommand
{
    public static Command Create(CliConsole console)
    {
        var conll = new Option<string>("--conll") { Description = "CoNLL-style rows: token in the first column, a blank line between sentences; -DOCSTART- lines pass through.", Required = true, HelpName = "FILE" };
        var model = new Option<string>("--model") { Description = "An entity model: ontonotes (18 types), conll (PER ORG LOC MISC), or a path.", DefaultValueFactory = _ => "ontonotes", HelpName = "NAME" };
        var command = new Command("ner", CommonOptions.Describe(
            "Tag the tokens of a CoNLL file with named entities (IOB2), appended as the last column; only the first column is read.",
            "chronicle ner --conll eng.testb --model conll > predicted.conll"));
        command.Add(conll);
        command.Add(model);
        command.SetAction(parse =>
        {
            using var taggers = new Taggers(parse.GetValue(model)!);
            var sentence = new List<string>();
            foreach (var (line, columns) in ConllFile.ReadRows(parse.GetValue(conll)!))
            {
                if (columns is not null)
                {
                    sentence.Add(line);
                    continue;
                }

                Flush(console.Out, sentence, taggers);
                console.Out.WriteLine(line);
            }

            Flush(console.Out, sentence, taggers);
            return 0;
        });
        return command;
    }

    private static void Flush(TextWriter output, List<string> rows, Taggers taggers)
    {
        if (rows.Count == 0)
            return;
        var words = rows.Select(r => r.Split([' ', '\t'], 2, StringSplitOptions.RemoveEmptyEntries)[0]).ToArray();
        var tags = taggers.Entities.Tag(words, taggers.Pos.Tag(words), taggers.VectorsOf([words])?[0]);
        var separator = rows[0].Contains('\t') ? '\t' : ' ';
        for (var i = 0; i < rows.Count; i++)
            output.WriteLine(rows[i] + separator + tags[i]);
        rows.Clear();
    }
}
