using static Chronicle.Tests.Text.TextTesting;

namespace Chronicle.Tests.Text;

public class TokenizerWordTests
{
    [Fact]
    public void Splits_words_on_spaces_and_punctuation()
    {
        Assert.Equal(["Talks", "resumed", ",", "officials", "said", "."], Tokens("Talks resumed, officials said."));
    }

    [Theory]
    [InlineData("Gen.")]
    [InlineData("Dr.")]
    [InlineData("Mr.")]
    [InlineData("St.")]
    [InlineData("Jan.")]
    [InlineData("Calif.")]
    [InlineData("Inc.")]
    [InlineData("Lt.")]
    public void Keeps_the_period_of_a_listed_abbreviation(string abbreviation)
    {
        Assert.Equal(["met", abbreviation, "Karimi"], Tokens($"met {abbreviation} Karimi"));
    }

    [Theory]
    [InlineData("U.S.")]
    [InlineData("U.N.")]
    [InlineData("e.g.")]
    [InlineData("a.m.")]
    [InlineData("Ph.D.")]
    [InlineData("U.S.A.")]
    public void Keeps_dotted_letter_sequences_whole(string abbreviation)
    {
        Assert.Equal(["the", abbreviation, "side"], Tokens($"the {abbreviation} side"));
    }

    [Fact]
    public void Keeps_a_dotted_sequence_missing_its_last_period_whole()
    {
        Assert.Equal(["in", "the", "U.S", "and"], Tokens("in the U.S and"));
    }

    [Fact]
    public void Keeps_initials_with_their_periods()
    {
        Assert.Equal(["a", "novel", "by", "J.", "R.", "R.", "Tolkien"], Tokens("a novel by J. R. R. Tolkien"));
    }

    [Fact]
    public void Splits_the_period_from_a_title_written_in_full()
    {
        Assert.Equal(["greeted", "the", "Sheikh", "."], Tokens("greeted the Sheikh."));
    }

    [Fact]
    public void Splits_the_period_from_a_lowercase_word_that_is_an_abbreviation_only_capitalized()
    {
        Assert.Equal(["The", "answer", "was", "no", "."], Tokens("The answer was no."));
    }

    [Fact]
    public void Keeps_an_abbreviation_that_begins_a_compound_whole()
    {
        Assert.Equal(["a", "U.S.-led", "coalition"], Tokens("a U.S.-led coalition"));
    }

    [Theory]
    [InlineData("Amir-Abdollahian")]
    [InlineData("al-Kuri")]
    [InlineData("anti-Iranian")]
    [InlineData("status-quo")]
    [InlineData("extra-regional")]
    [InlineData("F-16")]
    [InlineData("COVID-19")]
    public void Keeps_hyphenated_words_whole(string word)
    {
        Assert.Equal(["the", word, "one"], Tokens($"the {word} one"));
    }

    [Theory]
    [InlineData("O'Brien")]
    [InlineData("Sha'abi")]
    [InlineData("Qur'an")]
    [InlineData("d'Ivoire")]
    [InlineData("O\u2019Brien")]
    public void Keeps_apostrophes_inside_names(string word)
    {
        Assert.Equal(["near", word, "today"], Tokens($"near {word} today"));
    }

    [Fact]
    public void Splits_the_possessive_s()
    {
        Assert.Equal(["Oman", "'s", "envoy"], Tokens("Oman's envoy"));
    }

    [Fact]
    public void Splits_the_possessive_s_written_with_a_typographic_apostrophe()
    {
        Assert.Equal(["Oman", "\u2019s", "envoy"], Tokens("Oman\u2019s envoy"));
    }

    [Fact]
    public void Splits_the_possessive_after_a_name_with_an_apostrophe()
    {
        Assert.Equal(["O'Neill", "'s", "team"], Tokens("O'Neill's team"));
    }

    [Fact]
    public void Splits_the_possessive_after_an_abbreviation()
    {
        Assert.Equal(["the", "U.N.", "'s", "envoy"], Tokens("the U.N.'s envoy"));
    }

    [Fact]
    public void Splits_the_possessive_after_a_hyphenated_name()
    {
        Assert.Equal(["Abu-Zaid", "'s", "office"], Tokens("Abu-Zaid's office"));
    }

    [Theory]
    [InlineData("don't", "do", "n't")]
    [InlineData("can't", "ca", "n't")]
    [InlineData("wasn't", "was", "n't")]
    [InlineData("they're", "they", "'re")]
    [InlineData("we've", "we", "'ve")]
    [InlineData("I'm", "I", "'m")]
    [InlineData("she'll", "she", "'ll")]
    [InlineData("he'd", "he", "'d")]
    public void Splits_english_clitics_as_the_penn_treebank_does(string written, string word, string clitic)
    {
        Assert.Equal([word, clitic, "go"], Tokens($"{written} go"));
    }

    [Fact]
    public void Splits_the_apostrophe_of_a_plural_possessive()
    {
        Assert.Equal(["the", "Kuwaitis", "'", "demands"], Tokens("the Kuwaitis' demands"));
    }

    [Fact]
    public void Reads_arabic_script_as_words()
    {
        Assert.Equal(["وزير", "الخارجية", "العراقي"], Tokens("وزير الخارجية العراقي"));
    }

    [Fact]
    public void Reads_accented_latin_as_words()
    {
        Assert.Equal(["Ça", "s'est", "passé", "à", "Genève"], Tokens("Ça s'est passé à Genève"));
    }

    [Fact]
    public void Keeps_combining_marks_inside_the_word()
    {
        // "e" followed by a combining acute accent.
        Assert.Equal(["Jose\u0301", "spoke"], Tokens("Jose\u0301 spoke"));
    }

    [Fact]
    public void Keeps_ampersand_abbreviations_whole()
    {
        Assert.Equal(["AT&T", "and", "S&P"], Tokens("AT&T and S&P"));
    }
}
