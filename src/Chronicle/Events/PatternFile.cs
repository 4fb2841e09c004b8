using Chronicle.Actors;
using Chronicle.Actors.Knowledge;

namespace Chronicle.Events;

/// <summary>
/// Reads data/events/patterns.txt: sections "[CODE] note", then one pattern a line, verb patterns as
/// written ("call on * to"), noun patterns after "noun:" ("noun: arrest of *"); "#" comments.
/// </summary>
public static class PatternFile
{
    public static List<EventPattern> Read(TextReader reader, string source)
    {
        var patterns = new List<EventPattern>();
        string? code = null;
        foreach (var (number, text) in DictionaryLines.Read(reader))
        {
            var line = text;
            if (line.StartsWith('['))
            {
                var close = line.IndexOf(']');
                code = close > 1 ? line[1..close].Trim() : null;
                if (code is null || code.Length < 2 || !code.All(char.IsAsciiLetterOrDigit))
                    throw new DictionaryFormatException(source, number, $"a section opens with a CAMEO code in brackets: '{line}'");
                continue;
            }

            if (code is null)
                throw new DictionaryFormatException(source, number, "a pattern before any [CODE] section");
            var kind = PatternKind.Verb;
            if (line.StartsWith("noun:", StringComparison.Ordinal))
            {
                kind = PatternKind.Noun;
                line = line[5..].Trim();
            }

            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(w => w == EventPattern.Target ? [w] : PhraseWords.Of(w)).ToArray();
            if (words.Length == 0 || words[0] == EventPattern.Target)
                throw new DictionaryFormatException(source, number, $"a pattern starts with its verb or noun: '{line}'");
            patterns.Add(new EventPattern(code, kind, words, $"{source}:{number}") { Paired = EventTransforms.Reverse(code) });
        }

        return patterns;
    }
}
