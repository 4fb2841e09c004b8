using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Tagging;

/// <summary>Adds Penn Treebank POS tags to a tokenized Doc, sentence by sentence.</summary>
public sealed class PosTagger(SequenceModel model) : IAnnotator
{
    public string Name => "pos";

    public SequenceModel Model { get; } = model.Kind == ModelKind.PartOfSpeech ? model : throw new ArgumentException("Not a POS model.", nameof(model));

    /// <summary>Whether <paramref name="word"/> (in any case) was a word of the tagger's training text: English, for the shipped model.</summary>
    public bool Knows(string word) => Model.Lexicon is { } lexicon && lexicon.ClassOf(FeatureHash.Of(word, fold: true)) != TagLexicon.Unknown;

    public void Annotate(Doc doc)
    {
        var tags = new string[doc.Tokens.Count];
        var scratch = TaggerScratch.Current;
        foreach (var sentence in doc.Sentences)
        {
            scratch.Ensure(sentence.TokenCount, Model.Labels.Count);
            var ids = scratch.Labels.AsSpan(0, sentence.TokenCount);
            Model.Predict(doc.Text, doc.TokenSpan(sentence), null, [], scratch, ids);
            for (var i = 0; i < ids.Length; i++)
                tags[sentence.FirstToken + i] = Model.Labels[ids[i]];
        }

        doc.SetPosTags(tags);
    }
}
