using Chronicle.Text;

namespace Chronicle.Actors;

/// <summary>A dictionary name found in a text: tokens [First, End) and what it names.</summary>
public readonly record struct NameMatch(int First, int End, NameSense Sense);

/// <summary>A sector-vocabulary phrase found in a text: tokens [First, End).</summary>
public readonly record struct TermMatch(int First, int End, SectorTerm Term);

/// <summary>
/// Finds dictionary names and sector words in a sentence, longest match first. Names must look like
/// names: capitalized, and short ones in capitals, so "us" is never the US; acronyms match only as
/// written. Sector words match in any case.
/// </summary>
public sealed class NameFinder(ActorLexicon lexicon)
{
    private const int ShortName = 3;

    public List<NameMatch> Names(Doc doc, IReadOnlyList<string> words, int first, int end)
    {
        var found = new List<NameMatch>();
        for (var i = first; i < end;)
        {
            NameMatch? match = null;
            foreach (var (length, sense) in lexicon.Names.MatchesAt(words, i, end))
            {
                if (LooksLikeName(doc, words, i, length) && !TailOfLongerName(doc, i, first, sense) && !InWaterName(doc, words, i, i + length, first, end))
                {
                    match = new NameMatch(i, i + length, sense);
                    break;
                }
            }

            if (match is { } name)
            {
                found.Add(name);
                i = name.End;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    public List<TermMatch> Terms(IReadOnlyList<string> words, int first, int end)
    {
        var found = new List<TermMatch>();
        for (var i = first; i < end;)
        {
            var matches = lexicon.Terms.MatchesAt(words, i, end);
            if (matches.Count > 0)
            {
                found.Add(new TermMatch(i, i + matches[0].Length, matches[0].Value));
                i += matches[0].Length;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    /// <summary>
    /// "Security Council" inside "Supreme National Security Council" is not the UN's: an organization's
    /// name right after a capitalized word that is no name of its own is part of a longer name.
    /// </summary>
    private static bool TailOfLongerName(Doc doc, int start, int first, NameSense sense)
    {
        if (sense.Entry.Kind != ActorKind.Organization || start == first || doc.PosTags.Count <= start)
            return false;
        var before = doc[doc.Tokens[start - 1]];
        return doc.PosTags[start - 1] is "NNP" or "NNPS" && before.Length > 0 && char.IsUpper(before[0]) && !PhraseWords.IsAllCapitals(before);
    }

    /// <summary>Capitalized words that make a name a sea's, a river's or a strait's: "South China Sea", "Gulf of Aden", "Lake Chad".</summary>
    private static readonly HashSet<string> WaterWords = ["sea", "ocean", "gulf", "strait", "straits", "bay", "river", "lake", "channel", "canal"];

    /// <summary>
    /// "China" in "the South China Sea", "Aden" in "the Gulf of Aden", "Chad" in "Lake Chad": a name inside a body of
    /// water's name says where, and is no actor.
    /// </summary>
    private static bool InWaterName(Doc doc, IReadOnlyList<string> words, int start, int stop, int first, int end)
    {
        bool IsWaterWord(int i) => WaterWords.Contains(words[i]) && char.IsUpper(doc[doc.Tokens[i]][0]);
        return stop < end && IsWaterWord(stop)
            || start - 1 >= first && words[start - 1] == "lake" && IsWaterWord(start - 1)
            || start - 2 >= first && words[start - 1] == "of" && IsWaterWord(start - 2);
    }

    private bool LooksLikeName(Doc doc, IReadOnlyList<string> words, int start, int length)
    {
        var firstText = doc[doc.Tokens[start]];
        if (lexicon.ExactWordsOf(Slice(words, start, length)) is { } exact)
        {
            for (var k = 0; k < length; k++)
            {
                if (!doc[doc.Tokens[start + k]].SequenceEqual(exact[k]))
                    return false;
            }

            return true;
        }

        if (firstText.Length == 0 || !(char.IsUpper(firstText[0]) || char.IsDigit(firstText[0]) || IsLowerParticle(firstText)))
            return false;
        return length > 1 || firstText.Length > ShortName || !firstText.ContainsAnyInRange('a', 'z');
    }

    // Names may open with a lower-case article or particle: "al-Wefaq", "de Mistura".
    private static bool IsLowerParticle(ReadOnlySpan<char> word) =>
        word.StartsWith("al-") || word.StartsWith("el-") || word is "al" or "de" or "van" or "von" or "bin" or "ibn";

    private static string[] Slice(IReadOnlyList<string> words, int start, int length)
    {
        var slice = new string[length];
        for (var k = 0; k < length; k++)
            slice[k] = words[start + k];
        return slice;
    }
}
