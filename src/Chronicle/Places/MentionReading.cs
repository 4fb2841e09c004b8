namespace Chronicle.Places;

/// <summary>
/// What one mention and the words around it say: the places its name can refer to, a kind hint
/// ("Diraz village", "the province of Abyan"), the places named just after it that may contain it ("Pandi, Bulacan";
/// "Diraz in Bahrain"), and whether it is used as an actor (a capital standing for its government).
/// </summary>
internal sealed class MentionReading
{
    // Words after a capital's name that show it acting or speaking: "Washington said", "Baghdad's".
    private static readonly HashSet<string> ActorWords =
    [
        "said", "says", "has", "have", "had", "is", "was", "will", "would", "wants", "announced", "accused", "rejected",
        "warned", "insists", "insisted", "called", "denied", "demanded", "agreed", "signed", "sent", "urged", "added",
        "blamed", "condemned", "responded", "threatened", "imposed", "refused", "welcomed", "believes", "hopes",
    ];

    private static readonly HashSet<string> ContainerWords = ["in", "of", "near"];

    public required string Key { get; init; }

    public required int[] Candidates { get; init; }

    /// <summary>Per candidate: found only with its division's kind word left out ("Gaza" for "Gaza Province").</summary>
    public bool[] Loose { get; init; } = [];

    public KindHint Hint { get; init; }

    public bool Demonym { get; init; }

    /// <summary>Places (countries, divisions, regions) named right after the mention that may contain it.</summary>
    public int[] Containers { get; init; } = [];

    /// <summary>The name is followed by a possessive or a verb of saying or doing.</summary>
    public bool ActsAsActor { get; init; }

    public static MentionReading Read(Gazetteer gazetteer, string text, int start, int end)
    {
        var surface = text.AsSpan(start, end - start).Trim();
        var possessive = surface.EndsWith("'s") || surface.EndsWith("\u2019s")
            || (end < text.Length - 1 && text[end] is '\'' or '\u2019' && text[end + 1] == 's');
        if (surface.EndsWith("'s") || surface.EndsWith("\u2019s"))
            surface = surface[..^2];
        var key = PlaceName.Key(surface);
        var lastSpace = key.LastIndexOf(' ');
        var ownHint = lastSpace > 0 ? KindHints.Of(key[(lastSpace + 1)..]) : KindHint.None;
        var nextWord = WordAfter(text, end).Word;
        var hint = ownHint != KindHint.None ? ownHint : KindHints.Of(nextWord);
        if (hint == KindHint.None)
            hint = HintBefore(text, start);
        var reading = new MentionReading
        {
            Key = key,
            Candidates = [],
            Hint = hint,
            Containers = ContainersAfter(gazetteer, text, end),
            ActsAsActor = possessive || ActorWords.Contains(nextWord),
        };
        // A demonym stands for its country even where a division shares it ("Somali", Ethiopia's Somali Region).
        if (gazetteer.ByDemonym(key.TrimEnd('.')) is { } country)
            return Copy(reading, [country.Index], [], demonym: true);
        // "Arab" names a people of many countries, not Arab, Alabama.
        if (gazetteer.IsPlacelessDemonym(key))
            return reading;

        foreach (var attempt in Attempts(key, ownHint != KindHint.None ? key[..lastSpace] : null))
        {
            var exact = gazetteer.Find(attempt);
            var loose = gazetteer.FindLoose(attempt);
            if (exact.IsEmpty && loose.IsEmpty)
                continue;
            var candidates = new List<int>(exact.Length + loose.Length);
            candidates.AddRange(exact);
            foreach (var index in loose)
            {
                if (!candidates.Contains(index))
                    candidates.Add(index);
            }

            var exactCount = exact.Length;
            return Copy(reading, [.. candidates], [.. candidates.Select((_, i) => i >= exactCount)], demonym: false);
        }

        return reading;
    }

    private static MentionReading Copy(MentionReading r, int[] candidates, bool[] loose, bool demonym) => new()
    {
        Key = r.Key,
        Candidates = candidates,
        Loose = loose,
        Hint = r.Hint,
        Demonym = demonym,
        Containers = r.Containers,
        ActsAsActor = r.ActsAsActor,
    };

    private static IEnumerable<string> Attempts(string key, string? withoutKindWord)
    {
        yield return key;
        if (key.EndsWith('.'))
            yield return key[..^1];
        if (withoutKindWord is not null)
            yield return withoutKindWord;
        if (PlaceName.WithoutArticle(key) is { } bare)
            yield return bare;
        foreach (var fallback in QualifiedNames.Fallbacks(key))
            yield return fallback;
    }

    /// <summary>
    /// The hint of a kind word written before the name with "of": "the state of Washington", "the city of Athens".
    /// Only towns and divisions: "the Gulf of Mexico" and "the Isle of Man" name the water or island whole.
    /// </summary>
    private static KindHint HintBefore(string text, int start)
    {
        var i = start;
        while (i > 0 && text[i - 1] == ' ')
            i--;
        if (i < 3 || !text.AsSpan(i - 3, 3).Equals(" of", StringComparison.OrdinalIgnoreCase))
            return KindHint.None;
        var end = i - 3;
        while (end > 0 && text[end - 1] == ' ')
            end--;
        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
            begin--;
        var hint = KindHints.Of(text[begin..end].ToLowerInvariant());
        return hint is KindHint.Populated or KindHint.Division or KindHint.County ? hint : KindHint.None;
    }

    /// <summary>The lower-case word that starts after <paramref name="end"/> (skipping spaces), and where it starts.</summary>
    private static (string Word, int Start) WordAfter(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ')
            i++;
        var j = i;
        while (j < text.Length && char.IsLetter(text[j]))
            j++;
        return (text[i..j].ToLowerInvariant(), i);
    }

    /// <summary>
    /// The areas named after ", " or " in " following a mention: the longest run of up to four
    /// capitalized words (or an abbreviation such as "Calif.") that names a country, a division or a region.
    /// </summary>
    private static int[] ContainersAfter(Gazetteer gazetteer, string text, int end)
    {
        var i = end;
        if (i < text.Length && text[i] is '\'' or '\u2019')
            return [];
        while (i < text.Length && text[i] == ' ')
            i++;
        if (i < text.Length && text[i] == ',')
        {
            i++;
        }
        else
        {
            var (word, start) = WordAfter(text, i);
            if (!ContainerWords.Contains(word))
                return [];
            i = start + word.Length;
        }

        while (i < text.Length && text[i] == ' ')
            i++;
        if (i < text.Length - 4 && text.AsSpan(i, 4).Equals("the ", StringComparison.OrdinalIgnoreCase))
            i += 4;
        var wordEnds = new List<int>(4);
        CapitalizedWords.Ends(text, i, 4, abbreviations: true, wordEnds);

        for (var w = wordEnds.Count - 1; w >= 0; w--)
        {
            var key = PlaceName.Key(text.AsSpan(i, wordEnds[w] - i));
            var areas = new List<int>();
            foreach (var index in gazetteer.Find(key).IsEmpty && key.EndsWith('.') ? gazetteer.Find(key[..^1]) : gazetteer.Find(key))
            {
                if (gazetteer.Places[index].Kind is PlaceKind.Country or PlaceKind.Admin1 or PlaceKind.Admin2 or PlaceKind.Region or PlaceKind.Landform or PlaceKind.Continent)
                    areas.Add(index);
            }

            if (areas.Count > 0)
                return [.. areas];
        }

        return [];
    }
}
