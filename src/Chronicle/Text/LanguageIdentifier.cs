using Lingua;

namespace Chronicle.Text;

/// <summary>
/// Tells which language an article is written in, among the languages most common in world news.
/// A modest set keeps start-up fast (each language's model loads on first use, about a megabyte);
/// text in a language outside the set comes out as the nearest one in it or "und".
/// </summary>
/// <param name="knownWord">
/// Whether a word is one of the annotators' language (English), such as the POS tagger's vocabulary: on a
/// short text, a sentence of known words outweighs a language model's call. Null: function words alone decide.
/// </param>
public sealed class LanguageIdentifier(Func<string, bool>? knownWord = null)
{
    /// <summary>Languages told apart; their models are copied beside the assembly by the build (keep in step with the csproj).</summary>
    public static readonly IReadOnlyList<Language> Languages =
    [
        Language.English, Language.French, Language.German, Language.Spanish, Language.Portuguese,
        Language.Italian, Language.Dutch, Language.Swedish, Language.Polish, Language.Russian,
        Language.Ukrainian, Language.Arabic, Language.Persian, Language.Urdu, Language.Turkish,
        Language.Hindi, Language.Indonesian, Language.Chinese, Language.Japanese, Language.Korean,
    ];

    /// <summary>Longer texts are judged on their opening: a few hundred words settle the question.</summary>
    private const int SampleChars = 2000;

    /// <summary>Texts shorter than this are judged with care (see <see cref="Identify"/>).</summary>
    private const int ShortText = 200;

    private const double ShortTextConfidence = 0.95;

    /// <summary>Function words that are English and no word of the other languages told apart ("of", "in", "will", "met" are Dutch, German or Swedish too).</summary>
    private static readonly HashSet<string> EnglishMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "with", "from", "said", "says", "has", "have", "had", "were", "are", "that", "this", "which",
        "would", "after", "their", "its", "his", "who", "been", "against", "between", "yesterday",
    };

    /// <summary>On a short text, one English function word in this many words outweighs a language model's call.</summary>
    private const int WordsPerMarker = 8;

    /// <summary>
    /// On a short text, this many lower-case words, every one of them known, also outweigh it. Capitalized
    /// words are left out: names are what make a headline look like another language.
    /// </summary>
    private const int KnownWordsNeeded = 4;

    private static readonly char[] WordBreaks = [' ', '\t', '\r', '\n', ',', '.', ';', ':', '!', '?', '"', '(', ')', '\u2019', '\''];

    // Low-accuracy mode reads trigram models only: loading every n-gram size of 20 languages takes about
    // 6 s, trigrams about 1 s, and on article-length text the two agree; only very short texts lose.
    private readonly Lazy<LanguageDetector> _detector = new(() => LanguageDetectorBuilder
        .FromLanguages([.. Languages])
        .WithLanguageModelsDirectory(Path.Combine(AppContext.BaseDirectory, "Lingua", "LanguageModels"))
        .WithLowAccuracyMode()
        .Build());

    /// <summary>The ISO 639-1 code of the text's language ("en"), or "und" when it cannot be told.</summary>
    public string Identify(string text)
    {
        var sample = text.Length <= SampleChars ? text : text[..SampleChars];
        if (!sample.Any(char.IsLetter))
            return "und";
        var confidences = _detector.Value.ComputeLanguageConfidenceValues(sample);
        if (confidences.Count == 0)
            return "und";
        var (language, confidence) = confidences.MaxBy(c => c.Value);
        // A sentence or two of names and short words is easily another language's, even with a confident model
        // ("UN chief Ban Ki-moon met Iran's president" reads as Dutch, "Sudan's army attacked the rebels." as
        // Swedish): on short texts English function words decide, and else only a sure call of another language stands.
        if (sample.Length < ShortText && language != Language.English)
        {
            if (ReadsAsEnglish(sample) || AllKnownWords(sample))
                return "en";
            if (confidence < ShortTextConfidence)
                return "und";
        }

        return language == Language.Unknown ? "und" : language.IsoCode6391().ToString().ToLowerInvariant();
    }

    private bool AllKnownWords(string text)
    {
        if (knownWord is null)
            return false;
        var lowerCase = text.Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLower(w[0])).ToList();
        return lowerCase.Count >= KnownWordsNeeded && lowerCase.All(knownWord);
    }

    private static bool ReadsAsEnglish(string text)
    {
        var (words, markers) = (0, 0);
        foreach (var word in text.Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries))
        {
            words++;
            if (EnglishMarkers.Contains(word))
                markers++;
        }

        return markers > 0 && markers * WordsPerMarker >= words;
    }

}
