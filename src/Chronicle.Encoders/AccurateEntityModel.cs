using Chronicle.Tagging;

namespace Chronicle.Encoders;

/// <summary>
/// An accurate entity model as shipped: a fast entity model (<see cref="SequenceModel"/>) whose label scores are summed
/// with a fine-tuned MiniLM's (<see cref="LowRankAdapter"/>, <see cref="EntityLabelScores"/>) before decoding. Found by
/// name among the shipped models (<c>models/NAME.chlora</c>) or by path.
/// </summary>
public sealed class AccurateEntityModel : IDisposable
{
    private AccurateEntityModel(SequenceModel model, EntityLabelScores scores)
    {
        Model = model;
        Scores = scores;
    }

    /// <summary>The fast model, reading the encoder's label scores with the adapter's fusion weight.</summary>
    public SequenceModel Model { get; }

    /// <summary>The encoder's label scores, to give the recognizer (<see cref="EntityRecognizer"/>) or an evaluation.</summary>
    public EntityLabelScores Scores { get; }

    /// <summary>The adapter file of <paramref name="nameOrPath"/>, or null when it names no adapter.</summary>
    public static string? Locate(string nameOrPath)
    {
        if (nameOrPath.EndsWith(LowRankAdapter.Extension, StringComparison.OrdinalIgnoreCase) && File.Exists(nameOrPath))
            return Path.GetFullPath(nameOrPath);
        var shipped = Path.Combine(ModelCatalog.ShippedFolder, nameOrPath + LowRankAdapter.Extension);
        return File.Exists(shipped) ? shipped : null;
    }

    /// <summary>Loads a fused adapter and the fast model it names.</summary>
    public static AccurateEntityModel Load(string path, int intraOpThreads = 0)
    {
        var adapter = LowRankAdapter.Load(path);
        if (adapter.BaseModel is not { } baseModel || adapter.FusionWeight <= 0)
            throw new InvalidDataException($"{path}: the adapter is not fused with a fast model yet (chronicle train fuse)");
        var fast = ModelCatalog.Load(baseModel);
        return new(fast.WithEncoderScores(adapter.FusionWeight), new EntityLabelScores(adapter, fast.Labels, intraOpThreads));
    }

    public void Dispose() => Scores.Dispose();
}
