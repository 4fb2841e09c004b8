using Chronicle.Text;

namespace Chronicle.Bench;

/// <summary>
/// Accuracy of sentence boundaries against a CoNLL file's sentences: <c>sentences FILE [DOC-PREFIX]</c>,
/// e.g. the OntoNotes newswire documents with the prefix "nw/". A boundary counts when a predicted
/// sentence ends exactly where a gold one does. The text is rebuilt with a space around every token,
/// so closing quotes stand apart from the full stop as they never do in real text.
/// </summary>
internal static class SentenceBench
{
    public static int Run(string[] args)
    {
        if (args.Length is 0 or > 2)
        {
            Console.Error.WriteLine("usage: Chronicle.Bench sentences FILE [DOC-PREFIX]");
            return 2;
        }

        ConllText gold;
        try
        {
            gold = ConllText.Read(args[0], args.Length > 1 ? args[1] : "");
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"{args[0]}: {e.Message}");
            return 1;
        }

        var tokens = new List<Token>();
        new Tokenizer().Tokenize(gold.Text, tokens);
        var sentences = new List<Sentence>();
        new SentenceSplitter().Split(gold.Text, [.. tokens], sentences);

        var goldEnds = gold.SentenceEnds.ToHashSet();
        var correct = sentences.Count(s => goldEnds.Contains(s.End));
        var precision = correct / (double)Math.Max(1, sentences.Count);
        var recall = correct / (double)Math.Max(1, goldEnds.Count);
        Console.WriteLine($"input:     {args[0]} {(args.Length > 1 ? args[1] : "")}");
        Console.WriteLine($"sentences: gold {goldEnds.Count:N0}, predicted {sentences.Count:N0}, matching ends {correct:N0}");
        Console.WriteLine($"precision: {precision:F3}  recall: {recall:F3}  F1: {2 * precision * recall / Math.Max(1e-9, precision + recall):F3}");
        return 0;
    }
}
