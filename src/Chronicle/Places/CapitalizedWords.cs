namespace Chronicle.Places;

/// <summary>Runs of capitalized words, the shape of a name in running text ("Santa Barbara County").</summary>
internal static class CapitalizedWords
{
    /// <summary>
    /// Into <paramref name="ends"/>, the end of each of up to <paramref name="max"/> capitalized words from
    /// <paramref name="start"/>, one space apart. Words are letters; with <paramref name="abbreviations"/>
    /// also dots, hyphens and apostrophes ("Calif.", "W.Va.", "Winston-Salem").
    /// </summary>
    public static void Ends(string text, int start, int max, bool abbreviations, List<int> ends)
    {
        ends.Clear();
        var j = start;
        while (ends.Count < max && j < text.Length && char.IsUpper(text[j]))
        {
            while (j < text.Length && (char.IsLetter(text[j]) || (abbreviations && text[j] is '.' or '-' or '\'' or '\u2019')))
                j++;
            ends.Add(j);
            if (j < text.Length - 1 && text[j] == ' ' && char.IsUpper(text[j + 1]))
                j++;
            else
                break;
        }
    }
}
