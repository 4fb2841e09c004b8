using Chronicle.Text;

namespace Chronicle.Time;

/// <summary>What a value is resolved against: the article's date and, read only when a rule asks, the tense around the expression.</summary>
internal sealed class TimeContext(Doc doc, Sentence sentence, int firstToken, int endToken)
{
    private Tense? _tense;

    /// <summary>The date the text was written (the DCT), when known.</summary>
    public DateOnly? Today => doc.Date;

    public Tense Tense => _tense ??= TenseReader.Of(doc, sentence, firstToken, endToken);
}
