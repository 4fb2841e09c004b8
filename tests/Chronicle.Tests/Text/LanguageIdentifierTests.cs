using Chronicle.Tagging;
using Chronicle.Text;

namespace Chronicle.Tests.Text;

public class LanguageIdentifierTests
{
    private static readonly LanguageIdentifier Identifier = new();

    // With the shipped POS tagger's vocabulary, as the default pipeline has it.
    private static readonly LanguageIdentifier WithVocabulary = new(new PosTagger(ModelCatalog.Load("pos")).Knows);

    [Theory]
    [InlineData("en", "The minister met officials from the neighbouring country on Thursday to discuss border security.")]
    [InlineData("fr", "Le ministre a rencontré jeudi des responsables du pays voisin pour discuter de la sécurité des frontières.")]
    [InlineData("es", "El ministro se reunió el jueves con funcionarios del país vecino para hablar de la seguridad fronteriza.")]
    [InlineData("de", "Der Minister traf am Donnerstag Vertreter des Nachbarlandes, um über die Sicherheit der Grenzen zu sprechen.")]
    [InlineData("ar", "التقى الوزير يوم الخميس مسؤولين من البلد المجاور لبحث أمن الحدود.")]
    [InlineData("ru", "В четверг министр встретился с представителями соседней страны, чтобы обсудить безопасность границ.")]
    public void Tells_the_language_of_a_news_sentence(string expected, string text) =>
        Assert.Equal(expected, Identifier.Identify(text));

    // Each of these reads as Swedish or Dutch to the language model alone.
    [Theory]
    [InlineData("Sudan's army attacked the rebels.")]
    [InlineData("The US, Russia, and Switzerland met yesterday")]
    public void A_short_sentence_with_English_function_words_is_English(string text) =>
        Assert.Equal("en", Identifier.Identify(text));

    [Theory]
    [InlineData("De minister ontmoette gisteren de Russische president in Moskou.")]
    [InlineData("Armén attackerade rebellerna i staden på fredagen.")]
    [InlineData("Die Armee hat die Rebellen in der Stadt angegriffen.")]
    public void A_short_sentence_in_another_language_is_not_English(string text) =>
        Assert.NotEqual("en", Identifier.Identify(text));

    [Fact]
    public void A_short_sentence_whose_lower_case_words_are_all_English_is_English()
    {
        const string text = "Ghana's head of state flew to Lome on Monday.";
        // The language model alone reads it as Indonesian, with a confidence of 0.99.
        Assert.Equal("id", Identifier.Identify(text));
        Assert.Equal("en", WithVocabulary.Identify(text));
    }

    [Theory]
    [InlineData("de", "Die Polizei nahm am Montag drei Männer fest.")]
    [InlineData("nl", "De politie arresteerde maandag drie mannen in Amsterdam.")]
    [InlineData("sv", "Polisen grep tre män i Stockholm på måndag.")]
    [InlineData("id", "Polisi menangkap tiga orang di Jakarta pada hari Senin.")]
    [InlineData("pl", "Policja zatrzymała trzech mężczyzn w Warszawie w poniedziałek.")]
    public void A_short_sentence_in_another_language_stays_in_it_with_the_vocabulary(string expected, string text) =>
        Assert.Equal(expected, WithVocabulary.Identify(text));

    [Theory]
    [InlineData("")]
    [InlineData("1,208 -- 754")]
    public void Text_without_letters_is_undetermined(string text) =>
        Assert.Equal("und", Identifier.Identify(text));
}
