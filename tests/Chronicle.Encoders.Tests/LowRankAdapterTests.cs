using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Chronicle.Encoders.Tests;

/// <summary>Adapter files: read with their checksum, applied to the package's model, fused and saved again.</summary>
public sealed class LowRankAdapterTests : IDisposable
{
    private static readonly string[] Sentence = ["Officials", "met", "in", "Brussels", "."];

    /// <summary>An initializer of the package's model: the first layer's query matrix, [384, 384].</summary>
    private const string QueryMatrix = "927";

    private readonly string _folder = Directory.CreateTempSubdirectory("chronicle-adapter-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void An_update_whose_up_half_is_zero_leaves_the_encoder_as_it_was() =>
        Assert.True(LargestChange(Write("zero.chlora", Update(QueryMatrix, rank: 2, up: 0f))) < 1e-4f);

    [Fact]
    public void An_update_changes_the_states() =>
        Assert.True(LargestChange(Write("some.chlora", Update(QueryMatrix, rank: 2, up: 0.05f))) > 1e-3f);

    [Fact]
    public void An_adapter_for_another_model_is_refused()
    {
        var path = Write("other.chlora", Update("no.such.initializer", rank: 2, up: 0.05f));

        var error = Assert.Throws<InvalidDataException>(() => new MiniLmEncoder(LowRankAdapter.Load(path), 1));
        Assert.Contains("another model", error.Message);
    }

    [Fact]
    public void A_damaged_adapter_is_refused_naming_its_file()
    {
        var path = Write("damaged.chlora", Update(QueryMatrix, rank: 2, up: 0.05f));
        var bytes = File.ReadAllBytes(path);
        bytes[^3] ^= 0x40;
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<InvalidDataException>(() => LowRankAdapter.Load(path));
        Assert.Contains(path, error.Message);
        Assert.Contains("damaged", error.Message);
    }

    [Fact]
    public void A_file_that_is_no_adapter_is_refused()
    {
        var path = Path.Combine(_folder, "model.chlora");
        File.WriteAllText(path, "not an adapter at all");

        var error = Assert.Throws<InvalidDataException>(() => LowRankAdapter.Load(path));
        Assert.Contains("not an adapter", error.Message);
    }

    [Fact]
    public void Fusing_records_the_fast_model_and_weight_and_keeps_the_tensors()
    {
        var adapter = LowRankAdapter.Load(Write("plain.chlora", Update(QueryMatrix, rank: 2, up: 0.05f)));
        Assert.Null(adapter.BaseModel);
        Assert.Equal(0f, adapter.FusionWeight);

        var fusedPath = Path.Combine(_folder, "fused.chlora");
        adapter.Save(fusedPath, new Dictionary<string, JsonNode?> { ["base_model"] = "ontonotes", ["fusion_weight"] = 2.5 });
        var fused = LowRankAdapter.Load(fusedPath);

        Assert.Equal("ontonotes", fused.BaseModel);
        Assert.Equal(2.5f, fused.FusionWeight);
        Assert.Equal(adapter["sha256"], fused["sha256"]);
        Assert.Equal(adapter.Labels, fused.Labels);
    }

    [Fact]
    public void An_adapter_not_yet_fused_is_no_accurate_model()
    {
        var path = Write("unfused.chlora", Update(QueryMatrix, rank: 2, up: 0f));

        var error = Assert.Throws<InvalidDataException>(() => AccurateEntityModel.Load(path));
        Assert.Contains("train fuse", error.Message);
    }

    /// <summary>The largest difference the adapter at <paramref name="path"/> makes to the states of <see cref="Sentence"/>.</summary>
    private static float LargestChange(string path)
    {
        using var plain = new MiniLmEncoder(1);
        using var adapted = new MiniLmEncoder(LowRankAdapter.Load(path), 1);
        return plain.EncodeSentence(Sentence).Zip(adapted.EncodeSentence(Sentence)).Max(p => MathF.Abs(p.First - p.Second));
    }

    /// <summary>One matrix update (down all 0.1, up all <paramref name="up"/>) and a head over two labels.</summary>
    private static List<(string Name, string Kind, int[] Shape, float[] Values)> Update(string matrix, int rank, float up) =>
    [
        (matrix, "down", [MiniLmEncoder.Dimensions, rank], Enumerable.Repeat(0.1f, MiniLmEncoder.Dimensions * rank).ToArray()),
        (matrix, "up", [rank, MiniLmEncoder.Dimensions], Enumerable.Repeat(up, MiniLmEncoder.Dimensions * rank).ToArray()),
        ("head", "head_weight", [MiniLmEncoder.Dimensions, 2], new float[MiniLmEncoder.Dimensions * 2]),
        ("head", "head_bias", [2], [0f, 0f]),
    ];

    /// <summary>Writes an adapter file in the layout the fine-tuning script writes.</summary>
    private string Write(string name, List<(string Name, string Kind, int[] Shape, float[] Values)> tensors)
    {
        var data = new List<byte>();
        var entries = new JsonArray();
        foreach (var (tensor, kind, shape, values) in tensors)
        {
            entries.Add(new JsonObject { ["name"] = tensor, ["kind"] = kind, ["shape"] = new JsonArray([.. shape.Select(d => (JsonNode)d)]), ["offset"] = data.Count });
            var bytes = new byte[values.Length * 4];
            for (var i = 0; i < values.Length; i++)
                BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * 4), values[i]);
            data.AddRange(bytes);
        }

        var blob = data.ToArray();
        var header = new JsonObject
        {
            ["format"] = "chronicle-lora",
            ["labels"] = new JsonArray("O", "U-PERSON"),
            ["tensors"] = entries,
            ["data_bytes"] = blob.Length,
            ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(blob)),
        };
        var json = Encoding.UTF8.GetBytes(header.ToJsonString());
        var path = Path.Combine(_folder, name);
        using var file = File.Create(path);
        file.Write("CHLORA1\n"u8);
        var length = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(length, (uint)json.Length);
        file.Write(length);
        file.Write(json);
        file.Write(blob);
        return path;
    }
}
