using System.Reflection;

namespace Chronicle.Text;

/// <summary>
/// The inflected forms of English verbs, generated from their base forms: regular endings by rule
/// (with and without a doubled final consonant, since "visited" and "committed" both occur) and
/// irregular ones from data/text/irregular-verbs.txt. Generating forward from a known base is safer
/// than stripping endings from any word: an extra form can only lead back to its own verb.
/// </summary>
public static class VerbForms
{
    private static readonly Lazy<Dictionary<string, string[]>> Irregular = new(LoadIrregular);

    /// <summary>Every form of <paramref name="baseForm"/> (lower case), itself included.</summary>
    public static IEnumerable<string> Of(string baseForm)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal) { baseForm };
        if (Irregular.Value.TryGetValue(baseForm, out var irregular))
            forms.UnionWith(irregular);
        var last = baseForm.Length > 0 ? baseForm[^1] : ' ';
        var beforeLast = baseForm.Length > 1 ? baseForm[^2] : ' ';
        var stem = baseForm;
        if (last == 'e')
        {
            stem = baseForm[..^1];
            forms.Add(baseForm + "s");
            forms.Add(baseForm + "d");
            forms.Add(stem + "ing");
        }
        else if (last == 'y' && !IsVowel(beforeLast))
        {
            forms.Add(baseForm[..^1] + "ies");
            forms.Add(baseForm[..^1] + "ied");
            forms.Add(baseForm + "ing");
        }
        else
        {
            forms.Add(baseForm + (last is 's' or 'x' or 'z' || baseForm.EndsWith("ch", StringComparison.Ordinal) || baseForm.EndsWith("sh", StringComparison.Ordinal) ? "es" : "s"));
            forms.Add(baseForm + "ed");
            forms.Add(baseForm + "ing");
            if (!IsVowel(last) && IsVowel(beforeLast) && last is not ('w' or 'x' or 'y'))
            {
                forms.Add(baseForm + last + "ed");
                forms.Add(baseForm + last + "ing");
            }
        }

        return forms;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static Dictionary<string, string[]> LoadIrregular()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Chronicle.Text.irregular-verbs.txt")
            ?? throw new InvalidOperationException("data/text/irregular-verbs.txt is not embedded.");
        using var reader = new StreamReader(stream);
        var forms = new Dictionary<string, string[]>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            forms[words[0]] = words;
        }

        return forms;
    }
}
