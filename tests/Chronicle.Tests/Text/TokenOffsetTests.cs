using Chronicle.Text;
using static Chronicle.Tests.Text.TextTesting;

namespace Chronicle.Tests.Text;

public class TokenOffsetTests
{
    private const string Paragraph =
        "BASRA, Iraq (Wire) \u2014 Dr. Leila Hassan-Nouri, 52, told reporters on 3rd June, 2021, that the U.S.-funded " +
        "clinic had treated 1,250 patients (about 37.5% of them children) since 2019-04-01. \"We can't stop now,\" she said; " +
        "the Gov.'s office wasn't reachable... Details: https://health.example.org/report?id=42 or info@clinic.example.com. " +
        "Locals posted #BasraClinic and tagged @wire_desk \U0001F64F. Al-Ma'mun's cousin, Sami O'Hara, called it 'overdue'.\n\n" +
        "\u00ABمستشفى جديد\u00BB \u2013 a $3.2bn plan \u2026 Mr. Ali's 105 kilometres trip at 10:30 ended.";

    [Fact]
    public void Every_token_string_round_trips_through_its_offsets()
    {
        var tokens = Tokenize(Paragraph);
        Assert.True(tokens.Count > 100);
        var previousEnd = 0;
        foreach (var token in tokens)
        {
            Assert.True(token.Start >= previousEnd, $"token at {token.Start} overlaps the one before");
            Assert.True(token.End > token.Start);
            Assert.True(Paragraph[previousEnd..token.Start].All(char.IsWhiteSpace), $"non-space text skipped before {token.Start}");
            previousEnd = token.End;
        }

        Assert.True(Paragraph[previousEnd..].All(char.IsWhiteSpace));
    }

    [Fact]
    public void Tokens_of_a_mixed_paragraph_are_as_expected()
    {
        string[] expected =
        [
            "BASRA", ",", "Iraq", "(", "Wire", ")", "\u2014", "Dr.", "Leila", "Hassan-Nouri", ",", "52", ",", "told",
            "reporters", "on", "3rd", "June", ",", "2021", ",", "that", "the", "U.S.-funded", "clinic", "had", "treated",
            "1,250", "patients", "(", "about", "37.5", "%", "of", "them", "children", ")", "since", "2019-04-01", ".",
            "\"", "We", "ca", "n't", "stop", "now", ",", "\"", "she", "said", ";", "the", "Gov.", "'s", "office", "was",
            "n't", "reachable", "...", "Details", ":", "https://health.example.org/report?id=42", "or",
            "info@clinic.example.com", ".", "Locals", "posted", "#BasraClinic", "and", "tagged", "@wire_desk",
            "\U0001F64F", ".", "Al-Ma'mun", "'s", "cousin", ",", "Sami", "O'Hara", ",", "called", "it", "'", "overdue",
            "'", ".", "\u00AB", "مستشفى", "جديد", "\u00BB", "\u2013", "a", "$", "3.2", "bn", "plan", "\u2026", "Mr.",
            "Ali", "'s", "105", "kilometres", "trip", "at", "10:30", "ended", ".",
        ];
        Assert.Equal(expected, Tokens(Paragraph));
    }

    [Fact]
    public void Sentences_of_a_mixed_paragraph_cover_every_token_once()
    {
        var sentences = Split(Paragraph);
        var next = 0;
        foreach (var sentence in sentences)
        {
            Assert.Equal(next, sentence.FirstToken);
            next = sentence.EndToken;
        }

        Assert.Equal(Tokenize(Paragraph).Count, next);
        Assert.DoesNotContain(sentences, s => Paragraph[s.Start..s.End].Contains("\n\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Token_kinds_follow_the_characters()
    {
        var kinds = Tokenize("Ali paid $5 at www.example.com #deal @ali_k info@example.com \u2764");
        Assert.Equal(
            [TokenKind.Word, TokenKind.Word, TokenKind.Symbol, TokenKind.Number, TokenKind.Word, TokenKind.Url,
             TokenKind.Hashtag, TokenKind.Handle, TokenKind.Email, TokenKind.Symbol],
            kinds.Select(t => t.Kind));
    }
}
