namespace Chronicle.Places;

/// <summary>
/// Which countries and first-level divisions a document is about, as weighted votes: from its place
/// mentions (each distinct name spreads one vote over its likely places) and from the country names,
/// division names and demonyms in the rest of its text ("the Iraqi government", "in Texas").
/// </summary>
internal sealed class DocumentFocus
{
    private const double TextVote = 0.5;

    private readonly Dictionary<string, double> _countries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _admin1 = new(StringComparer.Ordinal);
    private double _countryTotal;
    private double _admin1Total;

    /// <summary>Adds a vote to a country (alpha-2) and, when given, to one of its divisions.</summary>
    public void Add(string country, string admin1, double weight)
    {
        if (country.Length == 0 || weight <= 0)
            return;
        _countries[country] = _countries.GetValueOrDefault(country) + weight;
        _countryTotal += weight;
        if (admin1.Length == 0)
            return;
        var key = country + "." + admin1;
        _admin1[key] = _admin1.GetValueOrDefault(key) + weight;
        _admin1Total += weight;
    }

    /// <summary>The share of the votes for a country, leaving out the votes <paramref name="own"/> gave (a mention must not vote for itself).</summary>
    public double CountryShare(string country, DocumentFocus? own)
    {
        var total = _countryTotal - (own?._countryTotal ?? 0);
        return total <= 1e-9 ? 0 : Math.Max(0, _countries.GetValueOrDefault(country) - (own?._countries.GetValueOrDefault(country) ?? 0)) / total;
    }

    /// <summary>The largest share any one country has, leaving out the votes <paramref name="own"/> gave.</summary>
    public double TopCountryShare(DocumentFocus? own)
    {
        var top = 0.0;
        foreach (var country in _countries.Keys)
            top = Math.Max(top, CountryShare(country, own));
        return top;
    }

    /// <summary>The share of the division votes for a country's division, leaving out <paramref name="own"/>'s.</summary>
    public double Admin1Share(string country, string admin1, DocumentFocus? own)
    {
        if (admin1.Length == 0)
            return 0;
        var key = country + "." + admin1;
        // At least half a vote behind any share: where every other name is a country, the sliver of
        // probability a country's namesake towns get ("China" and "Mexico", towns of Maine) is all the
        // division votes there are, and would make each the other's whole division focus.
        var total = Math.Max(_admin1Total - (own?._admin1Total ?? 0), TextVote);
        return Math.Max(0, _admin1.GetValueOrDefault(key) - (own?._admin1.GetValueOrDefault(key) ?? 0)) / total;
    }

    /// <summary>Adds another focus's votes, <paramref name="times"/> over (-1 takes them back out).</summary>
    public void AddAll(DocumentFocus other, double times = 1)
    {
        foreach (var (country, weight) in other._countries)
            _countries[country] = _countries.GetValueOrDefault(country) + times * weight;
        foreach (var (admin1, weight) in other._admin1)
            _admin1[admin1] = _admin1.GetValueOrDefault(admin1) + times * weight;
        _countryTotal += times * other._countryTotal;
        _admin1Total += times * other._admin1Total;
    }

    /// <summary>
    /// Votes from the text outside the mentions: runs of up to three capitalized words that name a
    /// country or a first-level division, and demonyms.
    /// </summary>
    public static DocumentFocus FromText(Gazetteer gazetteer, string text, IReadOnlyList<PlaceSpan> mentions)
    {
        var focus = new DocumentFocus();
        var covered = new bool[text.Length + 1];
        foreach (var m in mentions)
        {
            for (var i = Math.Max(0, m.Start); i < Math.Min(text.Length, m.End); i++)
                covered[i] = true;
        }

        var i0 = 0;
        var ends = new List<int>(3);
        while (i0 < text.Length)
        {
            if (!char.IsUpper(text[i0]) || covered[i0] || (i0 > 0 && char.IsLetterOrDigit(text[i0 - 1])))
            {
                i0++;
                continue;
            }

            CapitalizedWords.Ends(text, i0, 3, abbreviations: false, ends);

            var matched = 0;
            for (var w = ends.Count - 1; w >= 0 && matched == 0; w--)
            {
                var key = PlaceName.Key(text.AsSpan(i0, ends[w] - i0));
                if (gazetteer.ByDemonym(key) is { } named)
                {
                    // Only a country's demonym votes. A continent's ("European") says nothing of the country, and
                    // letting divisions' ("Texan", "English") vote cost WikToR 0.3 points and gained LGL and GeoVirus nothing.
                    if (named.Kind == PlaceKind.Country)
                        focus.Add(named.Country, "", TextVote);
                    matched = ends[w];
                    continue;
                }

                foreach (var index in gazetteer.Find(key))
                {
                    var place = gazetteer.Places[index];
                    if (place.Kind is PlaceKind.Country or PlaceKind.Admin1)
                    {
                        focus.Add(place.Country, place.Kind == PlaceKind.Admin1 ? place.Admin1 : "", TextVote);
                        matched = ends[w];
                    }
                }
            }

            i0 = matched > 0 ? matched : ends[0];
        }

        return focus;
    }
}
