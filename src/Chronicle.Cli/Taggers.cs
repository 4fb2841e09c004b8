using Chronicle.Encoders;
using Chronicle.Tagging;

namespace Chronicle.Cli;

/// <summary>
/// A POS model and an entity model loaded together, with the MiniLM encoder when the entity model is an
/// accurate one that reads token vectors (loaded only then: it is large and slower).
/// </summary>
internal sealed class Taggers : IDisposable
{
    private readonly MiniLmEncoder? _encoder;

    public Taggers(string entityModel, string posModel = "pos")
    {
        Entities = ModelCatalog.Load(entityModel);
        Pos = ModelCatalog.Load(posModel);
        _encoder = Entities.Features.UseVectors ? new MiniLmEncoder() : null;
        PosTagger = new PosTagger(Pos);
        EntityRecognizer = new EntityRecognizer(Entities, _encoder);
    }

    public SequenceModel Entities { get; }

    public SequenceModel Pos { get; }

    public PosTagger PosTagger { get; }

    public EntityRecognizer EntityRecognizer { get; }

    /// <summary>Token vectors of whole sentences, for models that read them; null otherwise.</summary>
    public float[][]? VectorsOf(IEnumerable<IReadOnlyList<string>> sentences) => _encoder?.Encode([.. sentences]);

    public void Dispose() => _encoder?.Dispose();
}
