using Chronicle.Tagging;
using Chronicle.Text;

namespace Chronicle.Tests.Tagging;

public class GazetteerTests
{
    private static ulong[] Mark(Gazetteer gazetteer, string text)
    {
        var tokens = new List<Token>();
        new Tokenizer().Tokenize(text, tokens);
        var codes = new ulong[tokens.Count * Gazetteer.MaxCodesPerToken];
        gazetteer.Mark(text, [.. tokens], codes);
        return codes;
    }

    private static ulong[] CodesOf(ulong[] codes, int token) => codes.AsSpan(token * Gazetteer.MaxCodesPerToken, Gazetteer.MaxCodesPerToken).ToArray().Where(c => c != 0).ToArray();

    [Fact]
    public void A_multi_word_entry_marks_each_of_its_tokens_differently_and_others_not_at_all()
    {
        var gazetteer = Gazetteer.FromLists([("countries", ["Saudi Arabia", "Yemen"])], new Tokenizer());

        var codes = Mark(gazetteer, "Troops from Saudi Arabia entered Yemen");

        Assert.Empty(CodesOf(codes, 0));
        var begin = Assert.Single(CodesOf(codes, 2));
        var last = Assert.Single(CodesOf(codes, 3));
        var unit = Assert.Single(CodesOf(codes, 5));
        Assert.Equal(3, new[] { begin, last, unit }.Distinct().Count());
    }

    [Fact]
    public void Matching_ignores_case_and_prefers_the_longest_entry()
    {
        var gazetteer = Gazetteer.FromLists([("cities", ["New York", "New York City", "York"])], new Tokenizer());

        var codes = Mark(gazetteer, "in NEW YORK CITY today");

        Assert.NotEmpty(CodesOf(codes, 3));
        Assert.NotEqual(CodesOf(codes, 1), CodesOf(codes, 2));
    }

    [Fact]
    public void The_shipped_lists_know_countries_demonyms_and_cities_of_the_news()
    {
        var lists = Gazetteer.Default.Lists;

        Assert.Contains("countries", lists);
        Assert.Contains("demonyms", lists);
        Assert.Contains("cities", lists);
        var codes = Mark(Gazetteer.Default, "Bahraini police in Manama");
        Assert.NotEmpty(CodesOf(codes, 0));
        Assert.NotEmpty(CodesOf(codes, 3));
    }
}
