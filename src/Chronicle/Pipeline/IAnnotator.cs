using Chronicle.Text;

namespace Chronicle.Pipeline;

/// <summary>
/// A pipeline component that reads the layers of a <see cref="Doc"/> it depends on and adds its own.
/// Loaded once, then immutable and safe to call from many threads.
/// </summary>
public interface IAnnotator
{
    /// <summary>A short name for messages and model cards, e.g. "tokenizer".</summary>
    string Name { get; }

    void Annotate(Doc doc);
}
