namespace Chronicle.Tagging;

/// <summary>
/// Contextual vectors for the words of sentences (such as a transformer's token states): the extra,
/// dense features of accurate models. Implementations batch the sentences they are given.
/// </summary>
public interface ITokenVectors
{
    int Dimensions { get; }

    /// <summary>For each sentence, its words' vectors one after another (words × <see cref="Dimensions"/> floats).</summary>
    float[][] Encode(IReadOnlyList<IReadOnlyList<string>> sentences);
}
