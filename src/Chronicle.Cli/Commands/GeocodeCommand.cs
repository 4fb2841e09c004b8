using System.CommandLine;
using Chronicle.Cli.Output;
using Chronicle.Places;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle geocode FILE.jsonl`: resolves given place names to gazetteer entries (DESIGN's contract).</summary>
internal static class GeocodeCommand
{
    private sealed record MentionRecord(int Start, int End, string? Name, long? Geonameid, string? Country, double? Lat, double? Lon);

    private sealed record ResultRecord(string Id, IReadOnlyList<MentionRecord> Mentions);

    public static Command Create(CliConsole console)
    {
        var input = new Argument<string>("FILE") { Description = "JSON lines {\"id\", \"text\", \"mentions\": [{\"start\", \"end\"}]}, or - for stdin." };
        var gazetteer = CommonOptions.Gazetteer();
        var command = new Command("geocode", CommonOptions.Describe(
            "Resolve place names already found in texts to gazetteer entries: name, GeoNames id, country (ISO alpha-3), latitude and longitude; null fields when a name is not resolved.",
            "chronicle geocode mentions.jsonl",
            "chronicle geocode mentions.jsonl --gazetteer geonames-full"));
        command.Add(input);
        command.Add(gazetteer);
        command.SetAction(parse =>
        {
            var geoparser = new Geoparser(Gazetteer.Load(parse.GetValue(gazetteer)));
            var path = parse.GetValue(input)!;
            using var stdin = path == "-" ? console.OpenStdin() : null;
            var (lines, failed) = (0, 0);
            foreach (var line in GeocodeRequests.Read(path, stdin))
            {
                if (line.Error is { } error)
                {
                    console.ReportError(error.ToString());
                    failed++;
                    continue;
                }

                var request = line.Request!;
                var resolved = geoparser.Resolve(request.Text, request.Mentions);
                JsonLines.Write(console.Out, new ResultRecord(request.Id, [.. resolved.Select(Record)]));
                lines++;
            }

            console.Note($"geocode: {lines} line(s), {failed} failed");
            return failed > 0 ? 1 : 0;
        });
        return command;
    }

    private static MentionRecord Record(PlaceResolution r) => r.Place is { } p
        ? new MentionRecord(r.Start, r.End, p.Name, p.GeonameId, p.CountryAlpha3, Math.Round(p.Latitude, 4), Math.Round(p.Longitude, 4))
        : new MentionRecord(r.Start, r.End, null, null, null, null, null);
}
