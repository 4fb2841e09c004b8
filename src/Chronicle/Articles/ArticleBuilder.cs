using Chronicle.Stories;
using Chronicle.Text;

namespace Chronicle.Articles;

/// <summary>Turns what a reader found into an <see cref="Article"/>: normalized text, layout, title and id.</summary>
public static class ArticleBuilder
{
    public static Article Build(RawArticle raw)
    {
        var body = TextNormalizer.Normalize(raw.Text);
        var blocks = ArticleLayout.Analyze(body.Text, findTitle: raw.Title is null);
        var title = raw.Title ?? TitleOf(body.Text, blocks);
        return new Article
        {
            Id = raw.Id ?? Article.DeriveId(Article.DedupKeyOf(raw.Url, body.Text)),
            Title = title,
            Url = raw.Url,
            Date = raw.Date,
            Source = raw.Source,
            Byline = raw.Byline,
            Body = body,
            Blocks = blocks,
            Location = raw.Location,
            Options = raw.Options,
        };
    }

    private static string? TitleOf(string text, IReadOnlyList<TextBlock> blocks) =>
        blocks.FirstOrDefault(b => b.Kind == BlockKind.Title) is { Kind: BlockKind.Title } title
            ? text[title.Start..title.End]
            : null;
}
