using Chronicle.Encoders;
using Chronicle.Tagging;

namespace Chronicle.Cli;

/// <summary>
/// A POS model and an entity model loaded together, with the MiniLM encoder when the entity model is an
/// accurate one (loaded only then: it is large and slower): a model that reads token states as features, or a fast
/// model fused with a fine-tuned encoder's label scores (a shipped <c>.chlora</c> adapter, such as ontonotes-accurate).
/// </summary>
internal sealed class Taggers : IDisposable
{
    private readonly ITokenVectors? _encoder;

    public Taggers(string entityModel, string posModel = "pos")
    {
        (Entities, _encoder) = LoadEntities(entityModel);
        Pos = ModelCatalog.Load(posModel);
        PosTagger = new PosTagger(Pos);
        EntityRecognizer = new EntityRecognizer(Entities, _encoder);
    }

    public SequenceModel Entities { get; }

    public SequenceModel Pos { get; }

    public PosTagger PosTagger { get; }

    public EntityRecognizer EntityRecognizer { get; }

    /// <summary>Token vectors of whole sentences, for models that read them; null otherwise.</summary>
    public float[][]? VectorsOf(IEnumerable<IReadOnlyList<string>> sentences) => _encoder?.Encode([.. sentences]);

    /// <summary>An entity model by name or path, with the encoder it reads (null for a fast model).</summary>
    public static (SequenceModel Model, ITokenVectors? Encoder) LoadEntities(string nameOrPath)
    {
        if (AccurateEntityModel.Locate(nameOrPath) is { } adapter)
        {
            var accurate = AccurateEntityModel.Load(adapter);
            return (accurate.Model, accurate.Scores);
        }

        var model = ModelCatalog.Load(nameOrPath);
        return (model, model.Features.UseVectors ? new MiniLmEncoder() : null);
    }

    public void Dispose() => (_encoder as IDisposable)?.Dispose();
}
