using Chronicle.Articles;

namespace Chronicle.Tests.Fuzzing;

/// <summary>
/// Reads bytes with one reader the way <see cref="ArticleInputs"/> does, minus its safety net: a reader
/// may report a bad input only as an <see cref="InputError"/> (or an <see cref="InputException"/>, which
/// becomes one); any other exception escapes, and the fuzzer reports it as the bug it is.
/// </summary>
internal static class CheckedRead
{
    /// <summary>
    /// The articles read from <paramref name="input"/>, after checking that the reader said something
    /// (articles or errors, never silence), that every error names the input and a line inside it, and
    /// that every article has text.
    /// </summary>
    public static List<RawArticle> Read(IArticleReader reader, string name, byte[] input, CancellationToken ct) =>
        Read(_ => reader, name, input, ct);

    /// <summary>Reads with the reader <paramref name="choose"/> picks for the opened document.</summary>
    public static List<RawArticle> Read(Func<InputDocument, IArticleReader> choose, string name, byte[] input, CancellationToken ct)
    {
        var location = new InputLocation(name);
        var results = new List<ReadResult>();
        var reader = "no reader";
        try
        {
            using var document = InputDocument.Open(new MemoryStream(input), location, name, FuzzReaders.Options.MaxDocumentBytes, input.Length);
            var chosen = choose(document);
            reader = chosen.GetType().Name;
            results.AddRange(chosen.Read(document, ct));
        }
        catch (InputException e)
        {
            results.Add(e.ToError());
        }

        Assert.True(results.Count > 0, $"{reader} yielded neither an article nor an error");
        var lines = input.Count((byte)'\n') + 1;
        foreach (var result in results)
        {
            var where = result.Error?.Location ?? result.Article!.Location;
            Assert.Equal(name, where.Source);
            Assert.True(where.Line is null || (where.Line >= 1 && where.Line <= lines), $"line {where.Line} is not in an input of {lines} lines");
            if (result.Error is { } error)
                Assert.False(string.IsNullOrWhiteSpace(error.Message), $"an error at {error.Location} says nothing");
            else
                Assert.False(string.IsNullOrWhiteSpace(result.Article!.Text), $"an article at {where} has no text");
        }

        return [.. results.Where(r => r.Article is not null).Select(r => r.Article!)];
    }
}
