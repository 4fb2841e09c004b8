using Chronicle.Text;

namespace Chronicle.Syntax;

/// <summary>
/// Finds verb groups from POS tags: modals, auxiliaries, adverbs and negation around a main verb
/// ("has not yet launched", "were arrested", "to sign"). The main verb is the group's last verb; a form
/// of "be" or "get" before a past participle makes it passive.
/// </summary>
public static class VerbGroupChunker
{
    private static readonly HashSet<string> BeForms = ["be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "get", "gets", "got", "gotten", "getting"];

    private static readonly HashSet<string> Negations = ["not", "n't", "never", "no"];

    /// <summary>Verbs that carry another verb in the same group: be, have, do, get.</summary>
    private static readonly HashSet<string> Auxiliaries =
        ["have", "has", "had", "having", "'ve", "'d", "do", "does", "did", .. BeForms];

    public static List<VerbGroup> Chunk(Doc doc, Sentence sentence, IReadOnlyList<string> words)
    {
        var groups = new List<VerbGroup>();
        var tags = doc.PosTags;
        var i = sentence.FirstToken;
        while (i < sentence.EndToken)
        {
            if (!StartsGroup(tags[i]) || IsPrenominal(tags, words, sentence.FirstToken, sentence.EndToken, i))
            {
                i++;
                continue;
            }

            var first = i;
            int main = -1;
            string? modal = null;
            bool negated = false, sawBe = false;
            while (i < sentence.EndToken && (IsVerb(tags[i]) || tags[i] is "MD" or "RB" or "RBR" || tags[i] == "TO" && i == first))
            {
                // "reject proposed changes": a verb after a full verb starts a phrase of its own.
                if (IsVerb(tags[i]) && main >= 0 && !Auxiliaries.Contains(words[main]))
                    break;
                if (tags[i] == "MD")
                    modal ??= words[i];
                else if (IsVerb(tags[i]))
                {
                    if (main >= 0 && BeForms.Contains(words[main]))
                        sawBe = true;
                    main = i;
                }
                else if (Negations.Contains(words[i]))
                    negated = true;
                i++;
            }

            if (main < 0)
            {
                i = Math.Max(i, first + 1);
                continue;
            }

            // Trailing adverbs belong to what follows ("said earlier"), not to the group.
            var end = main + 1;
            var infinitive = first > sentence.FirstToken && tags[first - 1] == "TO" || tags[first] == "TO";
            var form = infinitive ? VerbForm.Infinitive
                : modal is null && first == main && tags[main] is "VBG" or "VBN" && !HasAuxiliaryBefore(words, first) ? VerbForm.Participle
                : VerbForm.Finite;
            groups.Add(new VerbGroup(first, end, main, form, sawBe && tags[main] == "VBN", negated, modal));
            i = end;
        }

        return groups;
    }

    private static bool StartsGroup(string tag) => IsVerb(tag) || tag is "MD" || tag == "TO";

    /// <summary>
    /// "the surrounding waters", "a crushing response", "imposed targeted sanctions": a participle between a determiner,
    /// an adjective or a full verb and a noun modifies the noun. After an auxiliary it is the verb: "has killed civilians".
    /// </summary>
    public static bool IsPrenominal(IReadOnlyList<string> tags, IReadOnlyList<string> words, int first, int end, int token) =>
        tags[token] is "VBG" or "VBN" && token > first && token + 1 < end && tags[token + 1].StartsWith("NN", StringComparison.Ordinal)
            && (tags[token - 1] is "DT" or "PRP$" or "JJ" || IsVerb(tags[token - 1]) && !Auxiliaries.Contains(words[token - 1]));

    private static bool IsVerb(string tag) => tag.StartsWith("VB", StringComparison.Ordinal);

    private static bool HasAuxiliaryBefore(IReadOnlyList<string> words, int token) =>
        token > 0 && BeForms.Contains(words[token - 1]);
}
