using System.CommandLine;
using Chronicle.Places;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle gazetteer import FILE --out DIR`: converts a GeoNames dump for `--gazetteer DIR`.</summary>
internal static class GazetteerCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("gazetteer", "Manage the gazetteer places are resolved against.");
        command.Add(Import(console));
        return command;
    }

    private static Command Import(CliConsole console)
    {
        var input = new Argument<string>("FILE") { Description = "A GeoNames dump: cities15000.txt, allCountries.txt or any file in their tab format; .zip files are read too." };
        var output = new Option<string>("--out") { Description = "The folder to write places.tsv to (created when missing).", Required = true, HelpName = "DIR" };
        var classes = new Option<string>("--classes") { Description = "GeoNames feature classes to keep.", DefaultValueFactory = _ => new GazetteerImportOptions().FeatureClasses, HelpName = "LETTERS" };
        var minPopulation = new Option<long>("--min-population") { Description = "Leave out places with fewer people.", DefaultValueFactory = _ => 0, HelpName = "N" };
        var command = new Command("import", CommonOptions.Describe(
            "Convert a GeoNames dump into a gazetteer folder; `geocode --gazetteer DIR` then resolves names against the built-in places and these.",
            "chronicle gazetteer import allCountries.zip --out geonames-full --min-population 100",
            "chronicle geocode mentions.jsonl --gazetteer geonames-full"));
        command.Add(input);
        command.Add(output);
        command.Add(classes);
        command.Add(minPopulation);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(input)!;
            if (!File.Exists(path))
            {
                console.ReportError($"{path}: no such file");
                return 1;
            }

            var summary = GazetteerImport.Run(path, parse.GetValue(output)!, new GazetteerImportOptions
            {
                FeatureClasses = parse.GetValue(classes)!.ToUpperInvariant(),
                MinPopulation = parse.GetValue(minPopulation),
            });
            foreach (var error in summary.Errors)
                console.ReportError(error);
            console.Note($"gazetteer import: {summary.Read} line(s) read, {summary.Written} place(s) written to {Path.Combine(parse.GetValue(output)!, GazetteerFile.FileName)}, {summary.Errors.Count} malformed");
            return summary.Errors.Count > 0 ? 1 : 0;
        });
        return command;
    }
}
