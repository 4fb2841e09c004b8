using System.CommandLine;
using Chronicle.Actors;
using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle actor NAME`: how a name or phrase would be coded, and why.</summary>
internal static class ActorCommand
{
    public static Command Create(CliConsole console)
    {
        var phrase = new Argument<string>("NAME") { Description = "A name or phrase: \"Hossein Amir-Abdollahian\", \"the Iranian Foreign Minister\", \"Bahraini forces\"." };
        var date = new Option<DateOnly?>("--date") { Description = "Code as of this date (YYYY-MM-DD): it picks a person's role.", HelpName = "YYYY-MM-DD" };
        var dictionaries = new InputOptions().Dictionaries;
        var command = new Command("actor", CommonOptions.Describe(
            "Say how a name or phrase would be coded, and why: the dictionary entries it matches and the code it gets in a sentence.",
            "chronicle actor \"Hossein Amir-Abdollahian\" --date 2023-02-23",
            "chronicle actor \"Iraq's National Security Advisor Qassim al-Araji\""));
        command.Add(phrase);
        command.Add(date);
        command.Add(dictionaries);
        command.SetAction(parse => Run(console, parse.GetValue(phrase)!, parse.GetValue(date), ActorKnowledge.Load(parse.GetValue(dictionaries), console)));
        return command;
    }

    private static int Run(CliConsole console, string phrase, DateOnly? date, ActorLexicon lexicon)
    {
        var output = console.Out;
        var senses = lexicon.Names.Lookup(PhraseWords.Of(phrase));
        if (senses.Count == 0)
            output.WriteLine($"\"{phrase}\" is not a name in the dictionaries.");
        foreach (var sense in senses)
        {
            output.WriteLine($"\"{phrase}\" is a dictionary name ({sense.Form.ToString().ToLowerInvariant()}) of {sense.Entry.Name}, a {sense.Entry.Kind.ToString().ToLowerInvariant()}:");
            var chosen = sense.Entry.CodeOn(date);
            foreach (var code in sense.Entry.Codes)
            {
                var span = code.From is null && code.To is null ? "any date" : $"{code.From?.ToString("yyyy-MM-dd") ?? "…"} to {code.To?.ToString("yyyy-MM-dd") ?? "…"}";
                output.WriteLine($"  {(code == chosen ? "*" : " ")} {code.Code,-10} {span}{(code.Title is { } title ? "  " + title : "")}");
            }

            output.WriteLine(date is null ? "  (* the code used with no article date: the latest)" : $"  (* the code on {date:yyyy-MM-dd})");
        }

        // The phrase is read as a sentence of its own, not as an article: a lone line would be taken for a headline.
        var doc = new Doc(phrase.TrimEnd('.') + ".", date);
        foreach (var annotator in ArticlePipeline.CreateDefault(lexicon).Annotators)
            annotator.Annotate(doc);
        output.WriteLine(doc.Actors.Count == 0 ? "Read as a sentence, it codes no actor." : "Read as a sentence:");
        foreach (var mention in doc.Actors)
        {
            var code = mention.Code?.Value ?? "(no code)";
            var why = mention.Via switch
            {
                ActorVia.Dictionary => "from the dictionary",
                ActorVia.Coreference => "from the mention it refers back to",
                _ => mention.Evidence is { } evidence ? $"from its context: \"{evidence}\"" : "from its own words",
            };
            output.WriteLine($"  \"{doc.Text[mention.Start..mention.End]}\" -> {code} ({mention.Kind.ToString().ToLowerInvariant()}, {why}){(mention.Name is { } name ? " = " + name : "")}");
        }

        return 0;
    }
}
