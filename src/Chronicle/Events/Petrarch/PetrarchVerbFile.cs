using Chronicle.Actors;
using Chronicle.Actors.Knowledge;
using Chronicle.Text;

namespace Chronicle.Events.Petrarch;

/// <summary>What reading one PETRARCH verb dictionary made of it, counted in the file's own lines.</summary>
public sealed class PetrarchVerbCounts
{
    private readonly Dictionary<string, int> _dropReasons = new(StringComparer.Ordinal);

    /// <summary>Verbs listed in the blocks (multi-word verbs included).</summary>
    public int Verbs { get; internal set; }

    /// <summary>Pattern lines ("- ... * ... [CODE]").</summary>
    public int PatternLines { get; internal set; }

    /// <summary>Event patterns made: every verb of a block with every pattern of it, synsets expanded, plus verbs coded alone.</summary>
    public int Patterns { get; internal set; }

    /// <summary>Pattern lines and verbs left out because our format cannot say what they need (see <see cref="DropReasons"/>).</summary>
    public int Dropped => _dropReasons.Values.Sum();

    /// <summary>Why lines were dropped, and how many for each reason.</summary>
    public IReadOnlyDictionary<string, int> DropReasons => _dropReasons;

    /// <summary>Pattern lines coded "[---]" (or "[:CODE]", an event of the target's only): no event.</summary>
    public int NoEvent { get; internal set; }

    /// <summary>Pattern lines whose every phrasing a later line of the block repeats; the later one stands.</summary>
    public int Duplicates { get; internal set; }

    /// <summary>Pattern lines whose synsets give more than <see cref="PetrarchVerbFile.MaxVariants"/> phrasings: the first are kept.</summary>
    public int Truncated { get; internal set; }

    /// <summary>Transformation lines ("~ a (a b ATTACK) SAY = a b 015"), which have no counterpart here.</summary>
    public int Transformations { get; internal set; }

    internal void Drop(string reason) => _dropReasons[reason] = _dropReasons.GetValueOrDefault(reason) + 1;
}

/// <summary>
/// Reads a PETRARCH-2 verb dictionary (CAMEO.2.0.txt) into event patterns. Synsets ("&amp;NAME" and its
/// "+" members) come first; then verb blocks "--- NAME [CODE] ---" list verbs (irregular forms in "{...}",
/// multi-word verbs as "+CORDON_OFF", a code of their own in "[...]") and patterns
/// "- PRE * POST [CODE] # note", "*" standing for every verb of the block. A pattern becomes the verb, then
/// the words after "*" in text order ("{ROCKET ATTACK}" as "rocket _ attack", the head right after the word before it, "(TO BORDER)" as "to border"),
/// "+" (the target) as "*", "^" (a phrase passed over) as "^"; a pattern naming no target gets "*" at its end, the phrase after the match being
/// the one PETRARCH's parse would give it. "$" before the verb is the subject, the source here too.
/// "%" alone before the verb asks for a compound subject ("Gondor and Osgiliath downplayed"): the pattern
/// is kept for such subjects only, beside the verb's own for others.
/// What the format cannot say is dropped and counted: a target before the verb ("+"), a compound actor elsewhere ("%"),
/// the source after it ("$"), a skipped phrase ("^") before it, pre-verb nouns that alone make the pattern differ from
/// the bare verb, verbs whose verb word is not the first ("WIRE_+TAP"). Codes are taken before ":"
/// (PETRARCH's paired events: "[042:043]" is 042 from source to target, so "[:173]" codes nothing here);
/// "[---]" codes nothing; a code the CAMEO codebook lacks reads as its nearest parent; one with no parent there is
/// kept as the dictionary's own event type (<see cref="CameoCodebook.Resolve"/>) when written in digits, else dropped. Where
/// lines give the same words, the later stands, as in PETRARCH. Synsets expand to at most
/// <see cref="MaxVariants"/> phrasings a line; regular plurals of their members are not made separately, since
/// the matcher reads "dollars" for a pattern's "dollar". Unreadable lines become warnings "file:line: why" and
/// the rest loads.
/// </summary>
public static class PetrarchVerbFile
{
    /// <summary>The most phrasings one pattern line's synsets expand to.</summary>
    public const int MaxVariants = 20;

    private const int MaxSynsetDepth = 4;

    public static List<EventPattern> Read(TextReader reader, string source, List<string> warnings) => Read(reader, source, warnings, out _);

    public static List<EventPattern> Read(TextReader reader, string source, List<string> warnings, out PetrarchVerbCounts counts) =>
        new Reader(source, warnings).Read(reader, out counts);

    private sealed record Verb(string[] Words, string? Code, string? Paired, string[] IrregularForms, int Line);

    private sealed record PatternLine(string Code, string? Paired, bool HasPreVerbWords, bool Compound, List<string[]> Variants, int Line);

    private sealed class Block
    {
        public required string? Code { get; init; }

        public string? Paired { get; init; }

        public List<Verb> Verbs { get; } = [];

        public List<PatternLine> Patterns { get; } = [];
    }

    private sealed class Reader(string source, List<string> warnings)
    {
        private readonly Dictionary<string, List<string>> _synsets = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string[]> _folded = new(StringComparer.Ordinal);
        private readonly List<EventPattern> _patterns = [];
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly PetrarchVerbCounts _counts = new();
        private int _number;

        public List<EventPattern> Read(TextReader reader, out PetrarchVerbCounts counts)
        {
            Block? block = null;
            List<string>? synset = null;
            var inXmlComment = false;
            while (reader.ReadLine() is { } raw)
            {
                _number++;
                var line = StripComments(raw, ref inXmlComment).Trim();
                if (line.Length == 0)
                    continue;
                try
                {
                    if (line.StartsWith("---", StringComparison.Ordinal))
                    {
                        Flush(block);
                        synset = null;
                        string? code = null, paired = null;
                        try
                        {
                            (code, paired) = BlockCode(line);
                        }
                        finally
                        {
                            // A block whose code is unreadable still holds its verbs and patterns, coding nothing alone.
                            block = new Block { Code = code, Paired = paired };
                        }
                    }
                    else if (line[0] == '-')
                    {
                        synset = null;
                        _counts.PatternLines++;
                        if (block is null)
                            throw Problem("a pattern before any '--- NAME [CODE] ---' block");
                        if (ReadPattern(line) is { } pattern)
                            block.Patterns.Add(pattern);
                    }
                    else if (line[0] == '&')
                    {
                        var name = SynsetName(line);
                        if (!_synsets.TryGetValue(name, out synset))
                            _synsets[name] = synset = [];
                    }
                    else if (line[0] == '+' && synset is not null)
                    {
                        var member = line[1..].Trim();
                        if (member.Length == 0)
                            throw Problem("an empty synset member");
                        if (!synset.Contains(member))
                            synset.Add(member);
                    }
                    else if (line[0] == '~')
                    {
                        _counts.Transformations++;
                    }
                    else
                    {
                        synset = null;
                        if (block is null)
                            throw Problem($"a verb before any '--- NAME [CODE] ---' block: '{line}'");
                        _counts.Verbs++;
                        if (ReadVerb(line, block.Code, block.Paired) is { } verb)
                            block.Verbs.Add(verb);
                    }
                }
                catch (DictionaryFormatException problem)
                {
                    warnings.Add(problem.Message);
                }
            }

            Flush(block);
            _counts.Patterns = _patterns.Count;
            counts = _counts;
            return _patterns;
        }

        private DictionaryFormatException Problem(string why) => new(source, _number, why);

        /// <summary>"#" comments to the line's end, and "&lt;!-- ... --&gt;" comments, which may run over lines.</summary>
        private static string StripComments(string raw, ref bool inXmlComment)
        {
            var text = raw;
            var kept = new System.Text.StringBuilder();
            var at = 0;
            while (at < text.Length)
            {
                if (inXmlComment)
                {
                    var close = text.IndexOf("-->", at, StringComparison.Ordinal);
                    if (close < 0)
                        return kept.ToString();
                    inXmlComment = false;
                    at = close + 3;
                    continue;
                }

                var open = text.IndexOf("<!", at, StringComparison.Ordinal);
                var hash = text.IndexOf('#', at);
                if (hash >= 0 && (open < 0 || hash < open))
                {
                    kept.Append(text, at, hash - at);
                    return kept.ToString();
                }

                if (open < 0)
                {
                    kept.Append(text, at, text.Length - at);
                    break;
                }

                kept.Append(text, at, open - at);
                inXmlComment = true;
                at = open + 2;
            }

            return kept.ToString();
        }

        private static string SynsetName(string token) => token.Split([' ', '\t'], 2)[0].TrimEnd('_');

        private (string? Code, string? Paired) BlockCode(string line)
        {
            var open = line.IndexOf('[');
            if (open < 0)
                return (null, null);
            var close = line.IndexOf(']', open);
            if (close < 0)
                throw Problem($"a block's code is closed by ']': '{line}'");
            return (Code(line[(open + 1)..close]), Paired(line[(open + 1)..close]));
        }

        /// <summary>The event code of "[CODE]": null for "---" (no event); the part before ":" of a paired code.</summary>
        private string? Code(string bracketed)
        {
            var code = bracketed.Split(':')[0].Trim();
            if (code.Length == 0 || code == "---")
                return null;
            if (!code.All(char.IsAsciiLetterOrDigit))
                throw Problem($"'[{bracketed}]' is not a code");
            return code;
        }

        /// <summary>The other side's code of a paired "[CODE:PAIR]" ("[042:043]": the target hosts), as the codebook has it; null when there is none.</summary>
        private static string? Paired(string bracketed)
        {
            var parts = bracketed.Split(':');
            return parts.Length == 2 && CameoCodebook.Default.Find(parts[1].Trim()) is { } entry ? entry.Code : null;
        }

        private Verb? ReadVerb(string line, string? blockCode, string? blockPaired)
        {
            var (code, paired) = (blockCode, blockPaired);
            var open = line.IndexOf('[');
            if (open >= 0)
            {
                var close = line.IndexOf(']', open);
                if (close < 0)
                    throw Problem($"a verb's code is closed by ']': '{line}'");
                (code, paired) = (Code(line[(open + 1)..close]), Paired(line[(open + 1)..close]));
                line = line[..open].Trim();
            }

            string[] forms = [];
            var brace = line.IndexOf('{');
            if (brace >= 0)
            {
                var end = line.IndexOf('}', brace);
                if (end < 0)
                    throw Problem($"irregular forms are closed by '}}': '{line}'");
                forms = line[(brace + 1)..end].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                line = line[..brace].Trim();
            }

            if (line.Contains(' ') || line.Contains('\t'))
                throw Problem($"a verb is one word, or words joined by '_': '{line}'");
            var parts = line.Split('_', StringSplitOptions.RemoveEmptyEntries);
            var marked = Array.FindIndex(parts, p => p.StartsWith('+'));
            if (parts.Length > 1 && marked < 0)
                throw Problem($"a multi-word verb marks its verb word with '+': '{line}'");
            if (marked > 0)
            {
                // "WIRE_+TAP": words before the verb cannot head a pattern; the verb alone would code wrongly.
                _counts.Drop("words before a multi-word verb's verb word");
                return null;
            }

            var words = parts.Select(p => p.TrimStart('+')).Where(p => p.Length > 0).SelectMany(Fold).ToArray();
            if (words.Length == 0)
                throw Problem($"no verb in '{line}'");
            var regular = VerbForms.Of(words[0]).ToHashSet(StringComparer.Ordinal);
            var irregular = forms
                .Select(f => f.Split('_').FirstOrDefault(p => p.StartsWith('+')) ?? f.Split('_')[0])
                .Select(f => PhraseWords.Fold(f.TrimStart('+')))
                .Where(f => f.Length > 0 && !regular.Contains(f))
                .Distinct()
                .ToArray();
            return new Verb(words, code, paired, irregular, _number);
        }

        private PatternLine? ReadPattern(string line)
        {
            var open = line.LastIndexOf('[');
            var close = open >= 0 ? line.IndexOf(']', open) : -1;
            if (close < 0)
                throw Problem($"a pattern ends in its code, '[CODE]': '{line}'");
            var text = line[1..open];
            var star = text.IndexOf('*');
            if (star < 0 || text.IndexOf('*', star + 1) >= 0)
                throw Problem($"a pattern has one '*', where the verb stands: '{line}'");
            var code = Code(line[(open + 1)..close]);
            var pre = Tokens(text[..star]);
            var post = Tokens(text[(star + 1)..]);
            foreach (var token in pre.Concat(post).Where(t => t.StartsWith('&')))
                Members(token, 0);
            if (code is null)
            {
                _counts.NoEvent++;
                return null;
            }

            if (CameoCodebook.Default.Resolve(code) is not { } entry)
                return Dropped("a code the CAMEO codebook lacks");
            code = entry.Code;

            // Before the verb: "$" is the subject, the source as here; anything else cannot be said.
            if (pre.Contains("+"))
                return Dropped("the target before the verb");
            var compound = pre.Count(t => t == "%") == 1 && pre.All(t => t is "%" or "$");
            if (post.Contains("%") || pre.Contains("%") && !compound)
                return Dropped("a compound actor ('%')");
            if (pre.Contains("^"))
                return Dropped("a skipped phrase ('^') before the verb");
            if (post.Contains("$"))
                return Dropped("the source after the verb");
            var hasPreVerbWords = pre.Any(t => t is not "$" and not "%");
            if (hasPreVerbWords && !post.Any(t => t != "+"))
                return Dropped("pre-verb words alone set it apart from the verb");

            var variants = Variants(post, out var truncated);
            if (truncated)
                _counts.Truncated++;
            for (var i = 0; i < variants.Count; i++)
            {
                if (!variants[i].Contains(EventPattern.Target))
                    variants[i] = [.. variants[i], EventPattern.Target];
            }

            return new PatternLine(code, Paired(line[(open + 1)..close]), hasPreVerbWords, compound, variants, _number);
        }

        private PatternLine? Dropped(string reason)
        {
            _counts.Drop(reason);
            return null;
        }

        /// <summary>
        /// The tokens of a pattern part: words, "&amp;SYNSET", "+", "$", "%", "^"; parentheses only group. Braces
        /// hold a noun phrase whose last word is its head ("{FINANCIAL AID}"), and the head stands right after the
        /// word before it, as TABARI's closed connector had it: "_" (<see cref="EventPattern.Joined"/>) goes before a
        /// braced phrase's last word, so "{NEW &amp;TIETYPES RELATIONS}" meets "new global economic relations" and
        /// "{&amp;TIETYPES MEMOS}" does not meet "cultural secret memos".
        /// </summary>
        private List<string> Tokens(string text)
        {
            int braces = 0, parentheses = 0;
            var tokens = new List<string>();
            var phrases = new Stack<int>();
            var word = new System.Text.StringBuilder();
            foreach (var c in text)
            {
                if (c is not ('{' or '}' or '(' or ')' or ' ' or '\t'))
                {
                    word.Append(c);
                    continue;
                }

                if (word.Length > 0)
                    tokens.AddRange(SplitSynsets(word.ToString()));
                word.Clear();
                switch (c)
                {
                    case '{':
                        braces++;
                        phrases.Push(tokens.Count);
                        break;
                    case '}':
                        braces--;
                        if (phrases.TryPop(out var first) && tokens.Count - first >= 2)
                            tokens.Insert(tokens.Count - 1, EventPattern.Joined);
                        break;
                    case '(': parentheses++; break;
                    case ')': parentheses--; break;
                }

                if (braces < 0 || parentheses < 0)
                    throw Problem($"unbalanced braces or parentheses in '{text.Trim()}'");
            }

            if (word.Length > 0)
                tokens.AddRange(SplitSynsets(word.ToString()));
            if (braces != 0 || parentheses != 0)
                throw Problem($"unbalanced braces or parentheses in '{text.Trim()}'");
            return tokens;
        }

        /// <summary>"NEW_&amp;TIETYPES_RELATIONS": a synset joined to words by "_" stands apart from them; "&amp;FIGHT_OF_WORDS" stays whole when defined.</summary>
        private IEnumerable<string> SplitSynsets(string piece)
        {
            var at = piece.IndexOf('&');
            if (at < 0)
            {
                yield return piece;
                yield break;
            }

            if (piece[..at].Trim('_') is { Length: > 0 } before)
                yield return before;
            var rest = piece[at..];
            var name = rest;
            while (!_synsets.ContainsKey(name.TrimEnd('_')) && name.LastIndexOf('_') is > 0 and var cut)
                name = name[..cut];
            if (!_synsets.ContainsKey(name.TrimEnd('_')))
            {
                yield return rest;
                yield break;
            }

            yield return name;
            if (rest[name.Length..].Trim('_') is { Length: > 0 } after)
            {
                foreach (var token in SplitSynsets(after))
                    yield return token;
            }
        }

        /// <summary>The phrasings of a synset, each a list of words; members may name other synsets.</summary>
        private List<string[]> Members(string token, int depth)
        {
            var name = token.TrimEnd('_');
            if (!_synsets.TryGetValue(name, out var members))
                throw Problem($"synset {name} is not defined before it is used");
            if (depth >= MaxSynsetDepth)
                throw Problem($"synset {name} is nested too deep");
            var phrasings = new List<string[]>();
            foreach (var member in members)
            {
                var tokens = Tokens(member);
                if (tokens.Any(t => t is "+" or "$" or "%" or "^"))
                    throw Problem($"synset {name} holds '{member}': members are words");
                phrasings.AddRange(Product(tokens.Select(t => Alternatives(t, depth + 1)), int.MaxValue, out _));
            }

            return phrasings;
        }

        private List<string[]> Alternatives(string token, int depth) => token switch
        {
            "+" => [[EventPattern.Target]],
            "^" => [[EventPattern.SkippedPhrase]],
            EventPattern.Joined => [[EventPattern.Joined]],
            _ when token.StartsWith('&') => Members(token, depth),
            _ => [Fold(token)],
        };

        private List<string[]> Variants(List<string> tokens, out bool truncated) =>
            Product(tokens.Select(t => Alternatives(t, 0)), MaxVariants, out truncated);

        private static List<string[]> Product(IEnumerable<List<string[]>> choices, int limit, out bool truncated)
        {
            truncated = false;
            List<string[]> variants = [[]];
            foreach (var alternatives in choices)
            {
                var next = new List<string[]>();
                foreach (var variant in variants)
                {
                    foreach (var alternative in alternatives)
                        next.Add([.. variant, .. alternative]);
                }

                if (next.Count > limit)
                {
                    truncated = true;
                    next.RemoveRange(limit, next.Count - limit);
                }

                variants = next;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            return [.. variants.Where(v => seen.Add(string.Join(' ', v)))];
        }

        private string[] Fold(string word)
        {
            if (!_folded.TryGetValue(word, out var words))
                _folded[word] = words = PhraseWords.Of(word);
            return words;
        }

        /// <summary>Makes the block's patterns: each verb alone when coded, and with every pattern of the block.</summary>
        private void Flush(Block? block)
        {
            if (block is null)
                return;
            foreach (var verb in block.Verbs.Where(v => v.Code is not null))
                Emit(new EventPattern(verb.Code!, PatternKind.Verb, [.. verb.Words, EventPattern.Target], $"{source}:{verb.Line}") { IrregularForms = verb.IrregularForms, FutureAsIntent = false, Paired = verb.Paired });

            // One code for each phrasing after the verb: a later line repeats over an earlier one, as in
            // PETRARCH; a line without pre-verb words stands over one that needed them.
            var chosen = new List<(string[] Post, PatternLine Line)?>();
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var standing = new Dictionary<PatternLine, int>(ReferenceEqualityComparer.Instance);
            foreach (var line in block.Patterns)
                standing[line] = 0;
            foreach (var line in block.Patterns)
            {
                foreach (var post in line.Variants)
                {
                    var key = (line.Compound ? "% " : "") + string.Join(' ', post);
                    if (index.TryGetValue(key, out var at))
                    {
                        var earlier = chosen[at]!.Value.Line;
                        if (line.HasPreVerbWords && !earlier.HasPreVerbWords)
                            continue;
                        standing[earlier]--;
                        chosen[at] = null;
                    }

                    index[key] = chosen.Count;
                    chosen.Add((post, line));
                    standing[line]++;
                }
            }

            foreach (var (line, count) in standing.Where(s => s.Value == 0))
            {
                if (line.HasPreVerbWords)
                    _counts.Drop("pre-verb words alone set it apart from another pattern");
                else
                    _counts.Duplicates++;
            }

            foreach (var verb in block.Verbs)
            {
                foreach (var (post, line) in chosen.Where(c => c is not null).Select(c => c!.Value))
                    Emit(new EventPattern(line.Code, PatternKind.Verb, [.. verb.Words, .. post], $"{source}:{line.Line}") { IrregularForms = verb.IrregularForms, FutureAsIntent = false, Paired = line.Paired, CompoundSource = line.Compound });
            }
        }

        /// <summary>Adds a pattern; one with the same words from an earlier block gives way to it.</summary>
        private void Emit(EventPattern pattern)
        {
            var key = pattern.Key;
            if (_index.TryGetValue(key, out var at))
            {
                _patterns[at] = pattern;
                return;
            }

            _index[key] = _patterns.Count;
            _patterns.Add(pattern);
        }
    }
}
