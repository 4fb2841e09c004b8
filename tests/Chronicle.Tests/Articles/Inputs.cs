using Chronicle.Articles;

namespace Chronicle.Tests.Articles;

/// <summary>Reads inputs to the end, for assertions on everything a read yields.</summary>
internal static class Inputs
{
    public static List<ReadResult> Read(ReaderOptions? options, params string[] inputs)
    {
        using var reader = new ArticleInputs(options);
        return [.. reader.Read(inputs)];
    }

    public static List<ReadResult> Read(params string[] inputs) => Read(null, inputs);
}
