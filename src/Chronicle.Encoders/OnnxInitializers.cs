using System.Numerics.Tensors;
using System.Runtime.InteropServices;

namespace Chronicle.Encoders;

/// <summary>
/// Applies a <see cref="LowRankAdapter"/> to the bytes of an ONNX model before ONNX Runtime loads them: each changed
/// initializer's float data is rewritten in place, so the graph, its optimizations and its outputs are the package's
/// own. ONNX files are protocol buffers; only the path to initializers is read (ModelProto.graph = 7,
/// GraphProto.initializer = 5, TensorProto.dims = 1, data_type = 2, name = 8, raw_data = 9).
/// </summary>
internal static class OnnxInitializers
{
    private const int FloatType = 1;

    /// <summary>Rewrites the initializers the adapter changes; throws when one is missing or has another size.</summary>
    public static void Apply(byte[] model, LowRankAdapter adapter)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var updates = adapter.MatrixUpdates.ToDictionary(u => u.Name, StringComparer.Ordinal);
        foreach (var (name, offset, length) in FloatInitializers(model))
        {
            var data = MemoryMarshal.Cast<byte, float>(model.AsSpan(offset, length));
            if (updates.TryGetValue(name, out var update))
            {
                if (data.Length != update.Rows * update.Columns)
                    throw new InvalidDataException($"adapter: {name} has {data.Length} values in the model, not {update.Rows}×{update.Columns}");
                AddProduct(data, update);
            }
            else if (adapter.Replacements.TryGetValue(name, out var values))
            {
                if (data.Length != values.Length)
                    throw new InvalidDataException($"adapter: {name} has {data.Length} values in the model, not {values.Length}");
                values.CopyTo(data);
            }
            else
            {
                continue;
            }

            found.Add(name);
        }

        var missing = updates.Keys.Concat(adapter.Replacements.Keys).Where(n => !found.Contains(n)).ToList();
        if (missing.Count > 0)
            throw new InvalidDataException($"adapter: the model has no float initializer {string.Join(", ", missing.Take(5))}: it was made for another model");
    }

    /// <summary>W += Down × Up, a row of W at a time.</summary>
    private static void AddProduct(Span<float> weights, LowRankAdapter.MatrixUpdate update)
    {
        for (var i = 0; i < update.Rows; i++)
        {
            var row = weights.Slice(i * update.Columns, update.Columns);
            for (var r = 0; r < update.Rank; r++)
                TensorPrimitives.MultiplyAdd(update.Up.AsSpan(r * update.Columns, update.Columns), update.Down[(i * update.Rank) + r], row, row);
        }
    }

    /// <summary>Every float initializer stored as raw data: its name and where its bytes are in the model.</summary>
    private static List<(string Name, int Offset, int Length)> FloatInitializers(byte[] model)
    {
        var result = new List<(string, int, int)>();
        foreach (var graph in Fields(model, 0, model.Length).Where(f => f.Number == 7))
        {
            foreach (var tensor in Fields(model, graph.Offset, graph.Length).Where(f => f.Number == 5))
            {
                string? name = null;
                int type = 0, rawOffset = -1, rawLength = 0;
                foreach (var field in Fields(model, tensor.Offset, tensor.Length))
                {
                    switch (field.Number)
                    {
                        case 2:
                            type = (int)field.Value;
                            break;
                        case 8:
                            name = System.Text.Encoding.UTF8.GetString(model, field.Offset, field.Length);
                            break;
                        case 9:
                            (rawOffset, rawLength) = (field.Offset, field.Length);
                            break;
                    }
                }

                if (name is not null && type == FloatType && rawOffset >= 0)
                    result.Add((name, rawOffset, rawLength));
            }
        }

        return result;
    }

    /// <summary>The fields of one message: length-delimited ones with their bytes' place, varints with their value.</summary>
    private static IEnumerable<(int Number, ulong Value, int Offset, int Length)> Fields(byte[] b, int start, int length)
    {
        var i = start;
        var end = start + length;
        while (i < end)
        {
            var key = Varint(b, ref i);
            var number = (int)(key >> 3);
            switch (key & 7)
            {
                case 0:
                    yield return (number, Varint(b, ref i), 0, 0);
                    break;
                case 1:
                    i += 8;
                    break;
                case 2:
                    var n = checked((int)Varint(b, ref i));
                    if (n < 0 || i + n > end)
                        throw new InvalidDataException("the ONNX model is damaged (a field runs past its message)");
                    yield return (number, 0, i, n);
                    i += n;
                    break;
                case 5:
                    i += 4;
                    break;
                default:
                    throw new InvalidDataException($"the ONNX model is damaged (protobuf wire type {key & 7})");
            }
        }
    }

    private static ulong Varint(byte[] b, ref int i)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var c = b[i++];
            value |= (ulong)(c & 0x7f) << shift;
            if (c < 0x80)
                return value;
        }

        throw new InvalidDataException("the ONNX model is damaged (a varint longer than 10 bytes)");
    }
}
