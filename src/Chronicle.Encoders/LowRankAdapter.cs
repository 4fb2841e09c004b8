using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Chronicle.Encoders;

/// <summary>
/// What fine-tuning for entities changed in the MiniLM model, kept small enough to ship: a low-rank update for each of
/// the encoder's 36 matrices (W + down × up), new values for its biases and layer norms, and a linear head from a
/// word's state to its BILOU labels. The package's own model stays as it is; <see cref="MiniLmEncoder"/> applies the
/// adapter to its copy when it loads. Written by <c>scripts/ner/finetune_minilm.py</c>; fused with a fast entity model
/// by <c>chronicle train fuse</c>, which records the fast model and the weight of the adapter's scores in the header.
/// </summary>
/// <remarks>
/// File layout (<see cref="Extension"/>): the 8 bytes <c>CHLORA1\n</c>, a little-endian uint32 header length, a UTF-8
/// JSON header (labels, rank, the tensors' names, kinds, shapes and offsets, the data's length and SHA-256, and how the
/// adapter was trained), then the tensors as little-endian float32. Matrices are row-major; a matrix update is named
/// by the ONNX initializer it changes, which keeps x·W as [in, out].
/// </remarks>
public sealed class LowRankAdapter
{
    /// <summary>The file extension of adapters among the shipped models.</summary>
    public const string Extension = ".chlora";

    private static ReadOnlySpan<byte> Magic => "CHLORA1\n"u8;

    private readonly JsonObject _header;
    private readonly byte[] _data;

    private LowRankAdapter(JsonObject header, byte[] data)
    {
        _header = header;
        _data = data;
        Labels = [.. (header["labels"]?.AsArray() ?? throw Bad("no labels")).Select(l => (string)l!)];
        var updates = new Dictionary<string, (float[]? Down, int[]? DownShape, float[]? Up, int[]? UpShape)>();
        var replacements = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var node in header["tensors"]?.AsArray() ?? throw Bad("no tensors"))
        {
            var name = (string?)node!["name"] ?? throw Bad("a tensor has no name");
            var kind = (string?)node["kind"];
            var shape = node["shape"]!.AsArray().Select(d => (int)d!).ToArray();
            var values = Floats(checked((int)(long)node["offset"]!), shape.Aggregate(1, (a, b) => checked(a * b)));
            switch (kind)
            {
                case "down":
                    updates[name] = updates.GetValueOrDefault(name) with { Down = values, DownShape = shape };
                    break;
                case "up":
                    updates[name] = updates.GetValueOrDefault(name) with { Up = values, UpShape = shape };
                    break;
                case "replace":
                    replacements[name] = values;
                    break;
                case "head_weight":
                    HeadWeight = values;
                    break;
                case "head_bias":
                    HeadBias = values;
                    break;
                default:
                    throw Bad($"tensor {name} has an unknown kind '{kind}'");
            }
        }

        MatrixUpdates = [.. updates.Select(u => u.Value is { Down: { } d, DownShape: [var rows, var rank], Up: { } up, UpShape: [var upRank, var columns] } && rank == upRank
            ? new MatrixUpdate(u.Key, rows, rank, columns, d, up)
            : throw Bad($"the update of {u.Key} needs a down [in, rank] and an up [rank, out] of the same rank"))];
        Replacements = replacements;
        if (HeadWeight.Length != MiniLmEncoder.Dimensions * Labels.Count || HeadBias.Length != Labels.Count)
            throw Bad($"the head must be [{MiniLmEncoder.Dimensions}, {Labels.Count}] with {Labels.Count} biases");
    }

    /// <summary>The BILOU labels the head scores, in its order.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The fast entity model this adapter's scores are fused with (a model name or path); null before <c>chronicle train fuse</c>.</summary>
    public string? BaseModel => (string?)_header["base_model"];

    /// <summary>The weight of the adapter's label log-probabilities against the base model's scores; 0 before fusing.</summary>
    public float FusionWeight => _header["fusion_weight"] is { } w ? (float)(double)w : 0f;

    /// <summary>A header value (how the adapter was trained and fused), as text; null when absent.</summary>
    public string? this[string key] => _header[key] is JsonValue v ? v.ToString() : null;

    internal IReadOnlyList<MatrixUpdate> MatrixUpdates { get; }

    /// <summary>New values for initializers, by ONNX name (biases and layer norms).</summary>
    internal IReadOnlyDictionary<string, float[]> Replacements { get; }

    /// <summary>The head's weights, [384, labels] row-major.</summary>
    internal float[] HeadWeight { get; } = [];

    internal float[] HeadBias { get; } = [];

    /// <summary>Reads an adapter file, checking its layout and its data's SHA-256.</summary>
    public static LowRankAdapter Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        try
        {
            if (bytes.Length < 12 || !bytes.AsSpan(0, 8).SequenceEqual(Magic))
                throw Bad("not an adapter file (no CHLORA1 header)");
            var headerLength = checked((int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(8)));
            if (12L + headerLength > bytes.Length)
                throw Bad("the header runs past the end of the file");
            var header = JsonNode.Parse(bytes.AsSpan(12, headerLength))?.AsObject() ?? throw Bad("the header is empty");
            var data = bytes[(12 + headerLength)..];
            if ((long?)header["data_bytes"] != data.Length)
                throw Bad($"the header promises {header["data_bytes"]} bytes of tensors; the file has {data.Length}");
            if (!string.Equals((string?)header["sha256"], Convert.ToHexStringLower(SHA256.HashData(data)), StringComparison.Ordinal))
                throw Bad("the tensors do not match the header's SHA-256: the file is damaged");
            return new LowRankAdapter(header, data);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidCastException or NullReferenceException or OverflowException or ArgumentException)
        {
            throw Bad($"unreadable header ({e.Message})");
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>
    /// Writes the same tensors with header values added or replaced (<c>chronicle train fuse</c> records the base model
    /// and the fusion weight this way); the data, and so its checksum, stay byte for byte.
    /// </summary>
    public void Save(string path, IEnumerable<KeyValuePair<string, JsonNode?>> changes)
    {
        var header = _header.DeepClone().AsObject();
        foreach (var (key, value) in changes)
            header[key] = value?.DeepClone();
        var json = Encoding.UTF8.GetBytes(header.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        using var file = File.Create(path);
        file.Write(Magic);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(length, (uint)json.Length);
        file.Write(length);
        file.Write(json);
        file.Write(_data);
    }

    private float[] Floats(int offset, int count)
    {
        if (offset < 0 || (long)offset + (count * 4L) > _data.Length)
            throw Bad("a tensor runs past the end of the data");
        var values = new float[count];
        for (var i = 0; i < count; i++)
            values[i] = BinaryPrimitives.ReadSingleLittleEndian(_data.AsSpan(offset + (i * 4)));
        return values;
    }

    private static InvalidDataException Bad(string message) => new(message);

    /// <summary>W[in, out] += Down[in, rank] × Up[rank, out] for the initializer <paramref name="Name"/>.</summary>
    internal sealed record MatrixUpdate(string Name, int Rows, int Rank, int Columns, float[] Down, float[] Up);
}
