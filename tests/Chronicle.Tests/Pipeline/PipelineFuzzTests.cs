using Chronicle.Pipeline;
using Chronicle.Storage;
using Chronicle.Tests.Fuzzing;

namespace Chronicle.Tests.Pipeline;

/// <summary>
/// Whatever the readers make of damaged input goes through the whole pipeline and into the store, as
/// `chronicle ingest` takes it, without an exception: a bug there would cost the article its analysis.
/// </summary>
public sealed class PipelineFuzzTests : IDisposable
{
    private static readonly Lazy<ArticlePipeline> Pipeline = new(() => ArticlePipeline.CreateDefault());

    // Fewer and smaller inputs than the readers get: analysis costs far more per byte than reading.
    // Analysis allocates per token and per layer, far more per byte than a parser does.
    private static readonly FuzzLimits Limits = new() { Cases = 60, MaxInputBytes = 64 * 1024, AllocationPerInputByte = 4096 };

    private readonly FuzzReaders readers = new();
    private readonly ScratchDir files = new();

    [Fact]
    public void WhatTheReadersYieldIsAnalyzedAndStored()
    {
        using var store = new SqliteArticleStore(files.File("fuzz.db"));
        // Loaded before the clock starts: the models take seconds, which no input should be charged.
        var pipeline = Pipeline.Value;
        Fuzzer.Run("pipeline", FuzzCorpus.All, Limits, (input, ct) =>
        {
            foreach (var article in CheckedRead.Read(readers.Sniffed, "input", input, ct))
                store.Store(pipeline.Analyze(article));
        });
    }

    public void Dispose()
    {
        readers.Dispose();
        files.Dispose();
    }
}
