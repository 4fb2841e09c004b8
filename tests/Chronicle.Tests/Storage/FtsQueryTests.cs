using Chronicle.Storage;

namespace Chronicle.Tests.Storage;

public sealed class FtsQueryTests
{
    [Theory]
    [InlineData("Iran talks", "\"Iran\" \"talks\"")]
    [InlineData("negotiat*", "\"negotiat\"*")]
    [InlineData("\"security talks\" Baghdad", "\"security talks\" \"Baghdad\"")]
    [InlineData("\"security tal\"*", "\"security tal\"*")]
    [InlineData("\"unbalanced phrase", "\"unbalanced phrase\"")]
    [InlineData("AND OR NEAR(", "\"AND\" \"OR\" \"NEAR(\"")]
    [InlineData("al-Kuri", "\"al-Kuri\"")]
    [InlineData("a\"b", "\"a\" \"b\"")]
    [InlineData("port\0talks \"a\0b\"", "\"port\" \"talks\" \"a b\"")]
    public void Terms_become_quoted_fts_strings(string input, string expected)
    {
        Assert.Equal(expected, FtsQuery.Build(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t ")]
    [InlineData("* **")]
    [InlineData("\"  \"")]
    public void Nothing_to_search_for_gives_null(string? input)
    {
        Assert.Null(FtsQuery.Build(input));
    }
}
