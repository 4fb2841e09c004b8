using Chronicle.Storage;

namespace Chronicle.Tests.Storage;

public sealed class TsQueryTests
{
    [Theory]
    [InlineData("Iran talks", "'Iran' & 'talks'")]
    [InlineData("negotiat*", "'negotiat':*")]
    [InlineData("\"security talks\" Baghdad", "'security talks' & 'Baghdad'")]
    [InlineData("\"unbalanced phrase", "'unbalanced phrase'")]
    [InlineData("AND | !port <-> (x", "'AND' & '|' & '!port' & '<->' & '(x'")]
    [InlineData("Iran's", @"'Iran\'s'")]
    [InlineData(@"back\slash", @"'back\\slash'")]
    [InlineData("port\0talks", "'port' & 'talks'")]
    public void Terms_become_quoted_tsquery_strings_joined_with_and(string input, string expected)
    {
        Assert.Equal(expected, TsQuery.Build(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("* **")]
    [InlineData("\0")]
    public void Nothing_to_search_for_gives_null(string? input)
    {
        Assert.Null(TsQuery.Build(input));
    }
}
