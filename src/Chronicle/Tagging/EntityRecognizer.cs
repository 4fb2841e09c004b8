using Chronicle.Pipeline;
using Chronicle.Text;

namespace Chronicle.Tagging;

/// <summary>Adds named entities to a Doc that has tokens, sentences and (for models that use them) POS tags.</summary>
/// <param name="vectors">Token vectors, for accurate models that read them.</param>
public sealed class EntityRecognizer(SequenceModel model, ITokenVectors? vectors = null) : IAnnotator
{
    public string Name => "ner";

    public SequenceModel Model { get; } = model.Kind == ModelKind.Entities ? model : throw new ArgumentException("Not an entity model.", nameof(model));

    public void Annotate(Doc doc)
    {
        if (Model.Features.UsePos && doc.PosTags.Count != doc.Tokens.Count)
            throw new InvalidOperationException("This entity model uses POS tags: run the POS tagger first.");
        var sentenceVectors = Model.ReadsVectors ? VectorsOf(doc) : null;
        var entities = new List<Entity>();
        var scratch = TaggerScratch.Current;
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            var sentence = doc.Sentences[s];
            scratch.Ensure(sentence.TokenCount, Model.Labels.Count);
            var ids = scratch.Labels.AsSpan(0, sentence.TokenCount);
            var pos = Model.Features.UsePos ? (IReadOnlyList<string>)doc.PosTagsOf(sentence) : null;
            Model.Predict(doc.Text, doc.TokenSpan(sentence), pos, sentenceVectors is null ? [] : sentenceVectors[s], scratch, ids);
            // Chunked from the BILOU labels as they are: the chunks are those of their IOB2 form, without building it.
            var labels = new string[ids.Length];
            for (var i = 0; i < ids.Length; i++)
                labels[i] = Model.Labels[ids[i]];
            foreach (var chunk in EntityTags.Chunks(labels))
            {
                var first = doc.Tokens[sentence.FirstToken + chunk.Start];
                var last = doc.Tokens[sentence.FirstToken + chunk.End - 1];
                entities.Add(new Entity(sentence.FirstToken + chunk.Start, sentence.FirstToken + chunk.End, first.Start, last.End, chunk.Type));
            }
        }

        doc.SetEntities([.. entities]);
    }

    private float[][] VectorsOf(Doc doc)
    {
        if (vectors is null)
            throw new InvalidOperationException("This entity model reads token vectors or an encoder's label scores: give the recognizer an encoder.");
        var words = doc.Sentences.Select(s => (IReadOnlyList<string>)doc.TokensOf(s).Select(t => doc[t].ToString()).ToArray()).ToList();
        return vectors.Encode(words);
    }
}
