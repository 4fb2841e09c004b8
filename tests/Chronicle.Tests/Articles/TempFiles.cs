using System.Text;
using Chronicle.Articles;

namespace Chronicle.Tests.Articles;

/// <summary>A scratch directory for one test, deleted afterwards.</summary>
internal sealed class TempFiles : IDisposable
{
    public TempFiles() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Join(Path.GetTempPath(), "chronicle-tests-" + Guid.NewGuid().ToString("N"));

    public string Write(string relativePath, string text) => Write(relativePath, Encoding.UTF8.GetBytes(text));

    public string Write(string relativePath, byte[] bytes)
    {
        var path = Path.Join(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public static List<ReadResult> Read(ReaderOptions? options, params string[] inputs)
    {
        using var reader = new ArticleInputs(options);
        return [.. reader.Read(inputs)];
    }

    public static List<ReadResult> Read(params string[] inputs) => Read(null, inputs);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
