using Chronicle.Text;

namespace Chronicle.Tests.Text;

public class AbbreviationsTests
{
    [Fact]
    public void The_embedded_list_loads_and_is_case_sensitive()
    {
        var list = Abbreviations.Default;
        Assert.True(list.Count > 100);
        Assert.True(list.Contains("Gen."));
        Assert.True(list.Contains("No."));
        Assert.False(list.Contains("no."));
        Assert.False(list.Contains("Sheikh."));
    }

    [Fact]
    public void Parse_skips_comments_and_blank_lines()
    {
        var list = Abbreviations.Parse(new StringReader("# titles\n\nGen.   # general\nCol.\n"), "test");
        Assert.Equal(2, list.Count);
        Assert.True(list.Contains("Col."));
    }

    [Fact]
    public void Parse_names_the_line_of_an_entry_without_a_period()
    {
        var error = Assert.Throws<FormatException>(() => Abbreviations.Parse(new StringReader("Gen.\nCol\n"), "list.txt"));
        Assert.StartsWith("list.txt:2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_list_changes_what_the_tokenizer_keeps_whole()
    {
        var tokenizer = new Tokenizer(new Abbreviations(["Gov."]));
        var text = "Gov. Lee and Gen. Park";
        var tokens = new List<Token>();
        tokenizer.Tokenize(text, tokens);
        Assert.Equal(["Gov.", "Lee", "and", "Gen", ".", "Park"], tokens.Select(t => text[t.Start..t.End]));
    }
}
