using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Chronicle.Tagging;

/// <summary>
/// The binary format of a <see cref="SequenceModel"/>: a magic string and format version, the kind,
/// feature options, labels and metadata, then the weight arrays as raw little-endian blocks, all
/// Brotli-compressed, followed by the SHA-256 of the compressed bytes. Version 2 adds, after the arrays,
/// a stacked model's first-pass model; version 3 adds, before it, the word clusters (hashes and codes).
/// Models without clusters are still written as version 2, so their bytes do not change; version 1
/// and 2 files still load. A wrong magic,
/// version or checksum is a clear error, never a silently wrong model. Writing is deterministic.
/// </summary>
public static class ModelFile
{
    private static readonly byte[] Magic = "CHRNTAG\0"u8.ToArray();
    private const int FormatVersion = 3;

    /// <summary>The last version without word clusters.</summary>
    private const int WithoutClusters = 2;

    public static void Save(SequenceModel model, string path)
    {
        var version = HasClusters(model) ? FormatVersion : WithoutClusters;
        var payload = new MemoryStream();
        using (var brotli = new BrotliStream(payload, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var writer = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true))
            WriteModel(writer, model, version);

        var bytes = payload.ToArray();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        file.Write(Magic);
        file.Write(BitConverter.GetBytes(version));
        file.Write(bytes);
        file.Write(SHA256.HashData(bytes));
    }

    /// <summary>Reads a model of this format version or of an earlier one.</summary>
    public static SequenceModel Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var header = Magic.Length + sizeof(int);
        if (bytes.Length < header + 32 || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
            throw new InvalidDataException($"{path}: not a Chronicle tagger model");
        var version = BitConverter.ToInt32(bytes, Magic.Length);
        if (version is < 1 or > FormatVersion)
            throw new InvalidDataException($"{path}: model format version {version}; this program reads versions 1 to {FormatVersion}");
        var payload = bytes.AsSpan(header, bytes.Length - header - 32);
        if (!SHA256.HashData(payload).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - 32)))
            throw new InvalidDataException($"{path}: checksum mismatch: the model file is damaged");

        using var brotli = new BrotliStream(new MemoryStream(payload.ToArray()), CompressionMode.Decompress);
        using var reader = new BinaryReader(brotli, Encoding.UTF8);
        var model = ReadModel(reader, version);
        if (model.Features.UseFirstPass && model.FirstPass is null)
            throw new InvalidDataException($"{path}: a stacked model without its first-pass tagger");
        return model;
    }

    private static bool HasClusters(SequenceModel model) => model.Clusters is not null || (model.FirstPass is { } first && HasClusters(first));

    private static void WriteModel(BinaryWriter writer, SequenceModel model, int version)
    {
        writer.Write((int)model.Kind);
        writer.Write(model.Features.Bits);
        WriteStrings(writer, model.Labels);
        var metadata = model.Metadata.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        writer.Write(metadata.Count);
        foreach (var (key, value) in metadata)
        {
            writer.Write(key);
            writer.Write(value);
        }

        WriteBlock(writer, model.Hashes.AsSpan());
        WriteBlock(writer, model.RowStart);
        WriteBlock(writer, model.EntryLabels);
        WriteBlock(writer, model.EntryWeights);
        WriteBlock(writer, model.Transitions);
        WriteBlock(writer, (model.Lexicon?.Words ?? []).AsSpan());
        WriteBlock(writer, (model.Lexicon?.Classes ?? []).AsSpan());
        WriteBlock(writer, model.DenseWeights.AsSpan());

        if (version >= 3)
        {
            WriteBlock(writer, (model.Clusters?.Words ?? []).AsSpan());
            WriteBlock(writer, (model.Clusters?.Codes ?? []).AsSpan());
        }

        // Version 2: a stacked model's first pass follows it, in the same layout.
        writer.Write(model.FirstPass is not null);
        if (model.FirstPass is not null)
            WriteModel(writer, model.FirstPass, version);
    }

    private static SequenceModel ReadModel(BinaryReader reader, int version)
    {
        var kind = (ModelKind)reader.ReadInt32();
        var features = FeatureOptions.FromBits(reader.ReadInt32());
        var labels = ReadStrings(reader);
        var metadata = new Dictionary<string, string>();
        for (var count = reader.ReadInt32(); count > 0; count--)
            metadata[reader.ReadString()] = reader.ReadString();
        var (hashes, rowStart, entryLabels, entryWeights, transitions) =
            (ReadBlock<ulong>(reader), ReadBlock<int>(reader), ReadBlock<ushort>(reader), ReadBlock<float>(reader), ReadBlock<float>(reader));
        var (words, classes) = (ReadBlock<ulong>(reader), ReadBlock<ulong>(reader));
        var dense = ReadBlock<float>(reader);
        var (clusterWords, clusterCodes) = version >= 3 ? (ReadBlock<ulong>(reader), ReadBlock<ulong>(reader)) : (Array.Empty<ulong>(), Array.Empty<ulong>());
        var firstPass = version >= 2 && reader.ReadBoolean() ? ReadModel(reader, version) : null;
        return new SequenceModel(kind, labels, features, metadata, hashes, rowStart, entryLabels, entryWeights, transitions,
            features.UseLexicon ? new TagLexicon(words, classes) : null, dense, firstPass,
            features.UseClusters ? new WordClusters(clusterWords, clusterCodes) : null);
    }

    private static void WriteStrings(BinaryWriter writer, IReadOnlyList<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values)
            writer.Write(value);
    }

    private static string[] ReadStrings(BinaryReader reader)
    {
        var values = new string[reader.ReadInt32()];
        for (var i = 0; i < values.Length; i++)
            values[i] = reader.ReadString();
        return values;
    }

    private static void WriteBlock<T>(BinaryWriter writer, ReadOnlySpan<T> values) where T : unmanaged
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values));
    }

    private static T[] ReadBlock<T>(BinaryReader reader) where T : unmanaged
    {
        var values = new T[reader.ReadInt32()];
        var bytes = MemoryMarshal.AsBytes(values.AsSpan());
        reader.BaseStream.ReadExactly(bytes);
        return values;
    }
}
