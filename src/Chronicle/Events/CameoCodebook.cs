using System.Globalization;
using System.Reflection;
using Chronicle.Actors.Knowledge;

namespace Chronicle.Events;

/// <summary>Every CAMEO code with its name, Goldstein score, QuadClass and PLOVER type, read from data/events/cameo.tsv.</summary>
public sealed class CameoCodebook
{
    private readonly Dictionary<string, CameoCode> _codes;

    private CameoCodebook(Dictionary<string, CameoCode> codes) => _codes = codes;

    /// <summary>The codebook shipped in data/events, loaded once.</summary>
    public static CameoCodebook Default => DefaultInstance.Value;

    private static readonly Lazy<CameoCodebook> DefaultInstance = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Chronicle.Events.cameo.tsv")
            ?? throw new InvalidOperationException("data/events/cameo.tsv is not embedded.");
        return Read(new StreamReader(stream), "data/events/cameo.tsv");
    });

    public IReadOnlyCollection<CameoCode> Codes => _codes.Values;

    public bool Contains(string code) => _codes.ContainsKey(code);

    /// <summary>The entry of <paramref name="code"/>; a code the table lacks falls back to its nearest parent ("0431" to "043").</summary>
    public CameoCode? Find(string code)
    {
        for (var key = code; key.Length >= 2; key = key[..^1])
        {
            if (_codes.TryGetValue(key, out var entry))
                return entry;
        }

        return null;
    }

    /// <summary>
    /// The entry of <paramref name="code"/> as <see cref="Find"/> gives it. A code outside CAMEO, with no parent in it, is
    /// the event type of the imported dictionary that gave it (PETRARCH's validation dictionary codes arrests "212"): when
    /// written in digits as CAMEO's are, it is kept as written, with no Goldstein score, QuadClass or PLOVER type, since no
    /// table gives it one and none is guessed; any other is no code (null).
    /// </summary>
    public CameoCode? Resolve(string code) =>
        Find(code) ?? (code.Length >= 2 && code.All(char.IsAsciiDigit) ? new CameoCode(code, "Not a CAMEO code: the imported dictionary's own", null, null, null, null) : null);

    public static CameoCodebook Read(TextReader reader, string source)
    {
        var codes = new Dictionary<string, CameoCode>(StringComparer.Ordinal);
        var number = 0;
        string[]? header = null;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
                continue;
            var fields = line.Split('\t');
            if (header is null)
            {
                header = fields;
                continue;
            }

            string Field(string name) => Array.IndexOf(header, name) is >= 0 and var i && i < fields.Length ? fields[i].Trim() : "";
            if (!double.TryParse(Field("goldstein"), NumberStyles.Float, CultureInfo.InvariantCulture, out var goldstein)
                || !int.TryParse(Field("quad"), out var quad) || Field("code").Length < 2)
                throw new DictionaryFormatException(source, number, $"expected code, goldstein, quad, plover, plover_mode, name; found '{line}'");
            var code = new CameoCode(Field("code"), Field("name"), goldstein, quad, NullIfEmpty(Field("plover")), NullIfEmpty(Field("plover_mode")));
            codes[code.Code] = code;
        }

        return new CameoCodebook(codes);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
