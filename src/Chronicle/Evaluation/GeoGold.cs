using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;

namespace Chronicle.Evaluation;

/// <summary>A gold place mention: chars [Start, End) of its document and the point it refers to (null when the corpus gives none).</summary>
public sealed record GeoGoldMention(int Start, int End, string Name, double? Latitude, double? Longitude);

/// <summary>A document of a geoparsing corpus with its gold place mentions.</summary>
public sealed record GeoGoldDocument(string Id, string Text, IReadOnlyList<GeoGoldMention> Mentions);

/// <summary>
/// Readers for the geoparsing corpora in ../shared/data/geo/eval: LGL (XML, GeoNames gaztags), GeoVirus
/// (XML, Wikipedia coordinates) and WikToR (JSON lines, gzipped). A mention whose offsets do not give its
/// phrase is left out and counted.
/// </summary>
public static class GeoGold
{
    /// <summary>LGL: <c>article/text</c> and <c>toponyms/toponym</c> with start, end, phrase and an optional gaztag's lat and lon.</summary>
    public static List<GeoGoldDocument> ReadLgl(string path, out int misaligned)
    {
        var documents = new List<GeoGoldDocument>();
        misaligned = 0;
        foreach (var article in XDocument.Load(path).Root!.Elements("article"))
        {
            var text = (string?)article.Element("text") ?? "";
            var mentions = new List<GeoGoldMention>();
            foreach (var t in article.Element("toponyms")?.Elements("toponym") ?? [])
            {
                var gaztag = t.Element("gaztag");
                Add(mentions, text, (int)t.Element("start")!, (int)t.Element("end")!, (string?)t.Element("phrase") ?? "",
                    Number(gaztag?.Element("lat")), Number(gaztag?.Element("lon")), ref misaligned);
            }

            documents.Add(new GeoGoldDocument((string?)article.Attribute("docid") ?? documents.Count.ToString(CultureInfo.InvariantCulture), text, mentions));
        }

        return documents;
    }

    /// <summary>
    /// GeoVirus: <c>article/text</c> and <c>locations/location</c> with name, start, end, lat and lon. The
    /// file's offsets count from 1 (every one of its 2,167 names lies one char earlier than they say).
    /// </summary>
    public static List<GeoGoldDocument> ReadGeoVirus(string path, out int misaligned)
    {
        var documents = new List<GeoGoldDocument>();
        misaligned = 0;
        foreach (var article in XDocument.Load(path).Root!.Elements("article"))
        {
            var text = (string?)article.Element("text") ?? "";
            var mentions = new List<GeoGoldMention>();
            foreach (var l in article.Element("locations")?.Elements("location") ?? [])
            {
                Add(mentions, text, (int)l.Element("start")! - 1, (int)l.Element("end")! - 1, (string?)l.Element("name") ?? "",
                    Number(l.Element("lat")), Number(l.Element("lon")), ref misaligned);
            }

            documents.Add(new GeoGoldDocument((string?)article.Element("source") ?? documents.Count.ToString(CultureInfo.InvariantCulture), text, mentions));
        }

        return documents;
    }

    /// <summary>WikToR as rebuilt in ../shared (wiktor.jsonl.gz in <paramref name="folder"/>): <c>{id, text, toponyms: [{phrase, lat, lon, start, end}]}</c>.</summary>
    public static List<GeoGoldDocument> ReadWikToR(string folder, out int misaligned)
    {
        var path = Directory.Exists(folder) ? Path.Combine(folder, "wiktor.jsonl.gz") : folder;
        var documents = new List<GeoGoldDocument>();
        misaligned = 0;
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
                continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var text = root.GetProperty("text").GetString() ?? "";
            var mentions = new List<GeoGoldMention>();
            foreach (var t in root.GetProperty("toponyms").EnumerateArray())
            {
                Add(mentions, text, t.GetProperty("start").GetInt32(), t.GetProperty("end").GetInt32(), t.GetProperty("phrase").GetString() ?? "",
                    t.GetProperty("lat").GetDouble(), t.GetProperty("lon").GetDouble(), ref misaligned);
            }

            documents.Add(new GeoGoldDocument(root.GetProperty("id").ToString(), text, mentions));
        }

        return documents;
    }

    private static void Add(List<GeoGoldMention> mentions, string text, int start, int end, string phrase, double? lat, double? lon, ref int misaligned)
    {
        if (start < 0 || end > text.Length || start >= end || !text.AsSpan(start, end - start).SequenceEqual(phrase))
        {
            misaligned++;
            return;
        }

        mentions.Add(new GeoGoldMention(start, end, phrase, lat, lon));
    }

    private static double? Number(XElement? element) =>
        element is not null && double.TryParse(element.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
