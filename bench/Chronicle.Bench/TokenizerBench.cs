using System.Diagnostics;
using System.Runtime.InteropServices;
using Chronicle.Text;

namespace Chronicle.Bench;

/// <summary>
/// Throughput of tokenizing and sentence-splitting one text over and over on one thread:
/// <c>tokenizer [FILE]</c>, where FILE is plain text or a CoNLL/BIO file (".bio", ".conll", optionally
/// ".gz") whose tokens are joined back into text; without FILE a synthetic news text is used.
/// </summary>
internal static class TokenizerBench
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Measured = TimeSpan.FromSeconds(6);

    public static int Run(string[] args)
    {
        if (args.Length > 1)
        {
            Console.Error.WriteLine("usage: Chronicle.Bench tokenizer [FILE]");
            return 2;
        }

        string text;
        string source;
        try
        {
            (text, source) = args.Length == 0 ? (SyntheticNews.Generate(seed: 1, paragraphs: 600), "synthetic news") : (Load(args[0]), args[0]);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"{args[0]}: {e.Message}");
            return 1;
        }

        var tokenizer = new Tokenizer();
        var splitter = new SentenceSplitter();
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();

        RunFor(WarmUp, text, tokenizer, splitter, tokens, sentences);
        var (runs, elapsed) = RunFor(Measured, text, tokenizer, splitter, tokens, sentences);

        var seconds = elapsed.TotalSeconds;
        Console.WriteLine($"input:      {source}");
        Console.WriteLine($"text:       {text.Length:N0} chars, {tokens.Count:N0} tokens, {sentences.Count:N0} sentences per run");
        Console.WriteLine($"runs:       {runs} in {seconds:F2} s ({elapsed.TotalMilliseconds / runs:F2} ms per run)");
        Console.WriteLine($"tokens/s:   {tokens.Count * (double)runs / seconds:N0}");
        Console.WriteLine($"sentences/s:{sentences.Count * (double)runs / seconds,12:N0}");
        Console.WriteLine($"chars/s:    {text.Length * (double)runs / seconds:N0}");
        return 0;
    }

    private static (int Runs, TimeSpan Elapsed) RunFor(
        TimeSpan duration, string text, Tokenizer tokenizer, SentenceSplitter splitter, List<Token> tokens, List<Sentence> sentences)
    {
        var clock = Stopwatch.StartNew();
        var runs = 0;
        do
        {
            tokens.Clear();
            sentences.Clear();
            tokenizer.Tokenize(text, tokens);
            splitter.Split(text, CollectionsMarshal.AsSpan(tokens), sentences);
            runs++;
        }
        while (clock.Elapsed < duration);

        return (runs, clock.Elapsed);
    }

    private static string Load(string path) => ConllText.IsConll(path) ? ConllText.Read(path).Text : File.ReadAllText(path);
}
