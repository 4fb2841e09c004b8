using Lingua;

namespace Chronicle.Text;

/// <summary>
/// Tells which language an article is written in, among the languages most common in world news.
/// A modest set keeps start-up fast (each language's model loads on first use, about a megabyte);
/// text in a language outside the set comes out as the nearest one in it or "und".
/// </summary>
public sealed class LanguageIdentifier
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

    private readonly Lazy<LanguageDetector> _detector = new(() => LanguageDetectorBuilder
        .FromLanguages([.. Languages])
        .WithLanguageModelsDirectory(Path.Combine(AppContext.BaseDirectory, "Lingua", "LanguageModels"))
        .Build());

    /// <summary>The ISO 639-1 code of the text's language ("en"), or "und" when it cannot be told.</summary>
    public string Identify(string text)
    {
        var sample = text.Length <= SampleChars ? text : text[..SampleChars];
        if (!sample.Any(char.IsLetter))
            return "und";
        var language = _detector.Value.DetectLanguageOf(sample);
        return language == Language.Unknown ? "und" : language.IsoCode6391().ToString().ToLowerInvariant();
    }
}
