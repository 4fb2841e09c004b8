using System.CommandLine;
using Chronicle.Cli.Output;
using Chronicle.Text;
using Chronicle.Time;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle timex FILE.jsonl`: the TIMEX3 time expressions of each text, resolved against its date (DESIGN's contract).</summary>
internal static class TimexCommand
{
    /// <summary>One line of output.</summary>
    private sealed record TimexLine(string Id, IReadOnlyList<TimexView> Timex);

    /// <summary>One expression: char offsets into the text, TIMEX3 type and value.</summary>
    private sealed record TimexView(int Start, int End, string Type, string Value);

    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "JSON Lines, one {\"id\", \"text\", \"dct\": \"YYYY-MM-DD\"} a line, or - for stdin." };
        var command = new Command("timex", CommonOptions.Describe(
            "Find time expressions (TIMEX3: DATE, TIME, DURATION, SET) and resolve them against each text's date (dct); prints {\"id\", \"timex\": [{\"start\", \"end\", \"type\", \"value\"}]} a line.",
            "echo '{\"id\": \"a\", \"text\": \"They met on Thursday.\", \"dct\": \"2023-02-24\"}' | chronicle timex -"));
        command.Add(file);
        command.SetAction(parse =>
        {
            var annotators = TimexAnnotator.WithPrerequisites();
            var failed = 0;
            foreach (var (request, error) in TimexRequests.Read(parse.GetValue(file)!, console.OpenStdin))
            {
                if (error is not null)
                {
                    console.ReportError(error.ToString());
                    failed++;
                    continue;
                }

                var doc = new Doc(request!.Text, request.Dct);
                foreach (var annotator in annotators)
                    annotator.Annotate(doc);
                JsonLines.Write(console.Out, new TimexLine(request.Id, [.. doc.TimeExpressions.Select(t => new TimexView(t.Start, t.End, t.TypeName, t.Value))]));
            }

            return failed > 0 ? 1 : 0;
        });
        return command;
    }
}
