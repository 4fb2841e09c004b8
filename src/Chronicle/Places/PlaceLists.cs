namespace Chronicle.Places;

/// <summary>
/// Mentions written as one list ("Mexico, China, Japan and Brazil"; "Ohio, Oregon, Washington and
/// Wyoming"): the members of a list are places of one kind, so the others' readings tell which kind an
/// ambiguous member is (China the country, not China, Maine; Washington the state, not the capital).
/// </summary>
internal static class PlaceLists
{
    private static readonly HashSet<string> Separators = [",", "and", ", and", "or", ", or", "&", ";"];

    /// <summary>For each mention, the other mentions of the list it belongs to (empty when it stands alone).</summary>
    public static int[][] Mates(string text, IReadOnlyList<PlaceSpan> mentions)
    {
        var order = Enumerable.Range(0, mentions.Count).OrderBy(m => mentions[m].Start).ToArray();
        var mates = new int[mentions.Count][];
        var run = new List<int>();
        for (var i = 0; i < order.Length; i++)
        {
            run.Add(order[i]);
            if (i + 1 < order.Length && Joined(text, mentions[order[i]], mentions[order[i + 1]]))
                continue;
            foreach (var m in run)
                mates[m] = run.Count < 2 ? [] : [.. run.Where(o => o != m)];
            run.Clear();
        }

        return mates;
    }

    private static bool Joined(string text, PlaceSpan left, PlaceSpan right)
    {
        if (right.Start <= left.End || right.Start - left.End > 6)
            return false;
        return Separators.Contains(text[left.End..right.Start].Trim());
    }
}
