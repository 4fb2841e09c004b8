using Chronicle.Text;

namespace Chronicle.Tests.Text;

public class TextNormalizerTests
{
    [Fact]
    public void Curly_quotes_become_ascii_quotes()
    {
        var normalized = TextNormalizer.Normalize("the \u201Cdeal\u201D of Sha\u2019abi");
        Assert.Equal("the \"deal\" of Sha'abi", normalized.Text);
    }

    [Fact]
    public void Invisible_characters_are_removed_and_offsets_still_point_at_the_original()
    {
        var original = "co\u00ADoper\u200Bation in Mo\uFEFFsul";
        var normalized = TextNormalizer.Normalize(original);

        Assert.Equal("cooperation in Mosul", normalized.Text);
        var mosul = normalized.Text.IndexOf("Mosul", StringComparison.Ordinal);
        Assert.Equal("Mo\uFEFFsul", normalized.OriginalOf(mosul, mosul + 5));
        Assert.Equal(original.IndexOf("in", StringComparison.Ordinal), normalized.Map.ToOriginal(normalized.Text.IndexOf("in", StringComparison.Ordinal)));
    }

    [Fact]
    public void Non_breaking_and_thin_spaces_become_plain_spaces()
    {
        Assert.Equal("Hadi al-Amiri, head", TextNormalizer.Normalize("Hadi al-Amiri,\u00A0head").Text);
        Assert.Equal("10 000", TextNormalizer.Normalize("10\u202F000").Text);
    }

    [Fact]
    public void Ligatures_are_spelled_out_and_map_to_the_ligature()
    {
        var normalized = TextNormalizer.Normalize("the \uFB01rst o\uFB03cial");

        Assert.Equal("the first official", normalized.Text);
        var first = normalized.Text.IndexOf("first", StringComparison.Ordinal);
        Assert.Equal("\uFB01rst", normalized.OriginalOf(first, first + 5));
        var official = normalized.Text.IndexOf("official", StringComparison.Ordinal);
        Assert.Equal("o\uFB03cial", normalized.OriginalOf(official, official + 8));
    }

    [Fact]
    public void Windows_line_breaks_become_one_newline()
    {
        var normalized = TextNormalizer.Normalize("one\r\ntwo\rthree");

        Assert.Equal("one\ntwo\nthree", normalized.Text);
        Assert.Equal("three", normalized.OriginalOf(8, 13));
    }

    [Fact]
    public void Unchanged_text_keeps_a_single_anchor()
    {
        var normalized = TextNormalizer.Normalize("Plain ASCII text stays as it was.");

        Assert.Equal(1, normalized.Map.AnchorCount);
        Assert.Equal("ASCII", normalized.OriginalOf(6, 11));
    }

    [Fact]
    public void Every_normalized_character_maps_into_the_original()
    {
        var original = "\u2018A\u2019\u00A0b\u00AD\u00ADc \uFB02ag\u2026 \u201Cend\u201D\r\n";
        var normalized = TextNormalizer.Normalize(original);

        for (var i = 0; i < normalized.Text.Length; i++)
        {
            var o = normalized.Map.ToOriginal(i);
            Assert.InRange(o, 0, original.Length - 1);
            if (char.IsLetter(normalized.Text[i]) && normalized.Text[i] != 'f' && normalized.Text[i] != 'l')
                Assert.Equal(normalized.Text[i], original[o]);
        }
    }

    [Fact]
    public void Removed_characters_in_a_row_and_at_the_start_keep_the_offsets_of_what_follows()
    {
        var original = "\u00AD\u00ADab\u200B\u200Bcd";
        var normalized = TextNormalizer.Normalize(original);

        Assert.Equal("abcd", normalized.Text);
        Assert.Equal(original.IndexOf('a'), normalized.Map.ToOriginal(0));
        Assert.Equal(original.IndexOf('c'), normalized.Map.ToOriginal(2));
        Assert.Equal("cd", normalized.OriginalOf(2, 4));
    }
}
