using Chronicle.Actors;

namespace Chronicle.Tests.Actors;

public sealed class EnglishPluralTests
{
    [Theory]
    [InlineData("church", "churches")]
    [InlineData("march", "marches")]
    [InlineData("Czech", "Czechs")]
    [InlineData("oligarch", "oligarchs")]
    [InlineData("militia", "militias")]
    [InlineData("ally", "allies")]
    [InlineData("Englishman", "Englishmen")]
    [InlineData("German", "Germans")]
    [InlineData("border guard", "border guards")]
    public void The_last_word_takes_its_regular_plural(string phrase, string plural) =>
        Assert.Equal(plural, EnglishPlural.Of(phrase));
}
