using System.Text;

namespace Chronicle.Tests;

/// <summary>A scratch folder for one test's files and stores, deleted with everything in it afterwards.</summary>
internal sealed class ScratchDir : IDisposable
{
    public ScratchDir() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Join(Path.GetTempPath(), "chronicle-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>The path of a file in the folder, which need not exist yet.</summary>
    public string File(string relativePath) => Path.Join(Root, relativePath);

    public string Write(string relativePath, string text) => Write(relativePath, Encoding.UTF8.GetBytes(text));

    public string Write(string relativePath, byte[] bytes)
    {
        var path = File(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
