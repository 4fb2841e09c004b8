namespace Chronicle.Tagging;

/// <summary>An entity found in a sentence: tokens [Start, End) and its type ("PERSON", "GPE").</summary>
public readonly record struct EntityChunk(int Start, int End, string Type);

/// <summary>
/// Entity tag schemes. Data and output use IOB2 ("B-ORG", "I-ORG", "O"); the tagger learns BILOU
/// ("B-", "I-", "L-", "U-"), which marks the last and single-token cases and learns better.
/// </summary>
public static class EntityTags
{
    public const string Outside = "O";

    /// <summary>Entity chunks of an IOB1 or IOB2 sequence; an "I-" that does not continue a chunk of its type starts one.</summary>
    public static List<EntityChunk> Chunks(IReadOnlyList<string> tags)
    {
        var chunks = new List<EntityChunk>();
        int start = -1;
        string? type = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : Outside;
            // The type is compared in place and cut out only where a chunk opens: taggers chunk every sentence they tag.
            var typed = tag.Length > 2 && tag[1] == '-';
            var continues = type is not null && typed && tag[0] is 'I' or 'L' && tag.AsSpan(2).SequenceEqual(type);
            if (continues)
                continue;
            if (type is not null)
                chunks.Add(new EntityChunk(start, i, type));
            (start, type) = typed ? (i, tag[2..]) : (-1, null);
        }

        return chunks;
    }

    /// <summary>Rewrites IOB1 or IOB2 tags as IOB2.</summary>
    public static string[] ToIob2(IReadOnlyList<string> tags) => FromChunks(Chunks(tags), tags.Count, bilou: false);

    public static string[] ToBilou(IReadOnlyList<string> tags) => FromChunks(Chunks(tags), tags.Count, bilou: true);

    public static string[] FromChunks(IReadOnlyList<EntityChunk> chunks, int length, bool bilou)
    {
        var tags = Enumerable.Repeat(Outside, length).ToArray();
        foreach (var chunk in chunks)
        {
            for (var i = chunk.Start; i < chunk.End; i++)
            {
                var prefix = !bilou ? (i == chunk.Start ? "B-" : "I-")
                    : chunk.End - chunk.Start == 1 ? "U-"
                    : i == chunk.Start ? "B-"
                    : i == chunk.End - 1 ? "L-"
                    : "I-";
                tags[i] = prefix + chunk.Type;
            }
        }

        return tags;
    }

    /// <summary>Whether BILOU tag <paramref name="next"/> may follow <paramref name="previous"/> (null: the sentence start or end).</summary>
    public static bool BilouAllows(string? previous, string? next)
    {
        var (p, pType) = previous is null ? ('O', null) : Split(previous);
        var (n, nType) = next is null ? ('O', null) : Split(next);
        var inside = p is 'B' or 'I';
        if (inside)
            return n is 'I' or 'L' && nType == pType;
        return n is 'B' or 'U' or 'O';
    }

    private static (char Prefix, string? Type) Split(string tag) =>
        tag.Length > 2 && tag[1] == '-' ? (tag[0], tag[2..]) : ('O', null);
}
