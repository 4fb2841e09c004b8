using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Chronicle.Tagging;

/// <summary>
/// Keeps the token vectors of whole sentence lists in files, so that training an accurate model again
/// on the same data does not encode it again (encoding a million tokens with MiniLM takes many minutes
/// on two cores). A list's file is named by a hash of its words and the encoder's name.
/// </summary>
public sealed class TokenVectorCache(ITokenVectors inner, string directory, string encoderName) : ITokenVectors
{
    public int Dimensions => inner.Dimensions;

    public float[][] Encode(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var path = Path.Combine(directory, Key(sentences) + ".vectors");
        if (File.Exists(path))
            return Read(path, sentences);
        var vectors = inner.Encode(sentences);
        Directory.CreateDirectory(directory);
        Write(path + ".partial", vectors);
        File.Move(path + ".partial", path, overwrite: true);
        return vectors;
    }

    private string Key(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(encoderName + "\n" + Dimensions + "\n"));
        foreach (var sentence in sentences)
            hash.AppendData(Encoding.UTF8.GetBytes(string.Join('\u0001', sentence) + "\n"));
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }

    private static void Write(string path, float[][] vectors)
    {
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(vectors.Length);
        foreach (var v in vectors)
        {
            writer.Write(v.Length);
            writer.Write(MemoryMarshal.AsBytes(v.AsSpan()));
        }
    }

    private float[][] Read(string path, IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        var vectors = new float[reader.ReadInt32()][];
        if (vectors.Length != sentences.Count)
            throw new InvalidDataException($"{path}: holds {vectors.Length} sentences, not {sentences.Count}");
        for (var i = 0; i < vectors.Length; i++)
        {
            vectors[i] = new float[reader.ReadInt32()];
            if (vectors[i].Length != sentences[i].Count * Dimensions)
                throw new InvalidDataException($"{path}: sentence {i} does not match");
            reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(vectors[i].AsSpan()));
        }

        return vectors;
    }
}
