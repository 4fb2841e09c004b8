using Chronicle.Articles;
using Chronicle.Pipeline;
using Chronicle.Stories;
using Chronicle.Text;

namespace Chronicle.Tests.Storage;

/// <summary>
/// Builds analyzed articles for storage tests without the real pipeline: the article text is an
/// optional title line, an optional caption line and the stories separated by blank lines; each
/// story's tokens and sentences are set by hand (a sentence ends after each '.').
/// </summary>
internal static class TestArticles
{
    public static AnalyzedArticle Make(
        string id, IReadOnlyList<string> stories, string? url = null, DateOnly? date = null,
        string? title = null, string? caption = null, string language = "en")
    {
        var text = "";
        var blocks = new List<TextBlock>();
        void AddBlock(BlockKind kind, string blockText, bool opensStory = false)
        {
            if (text.Length > 0)
                text += "\n\n";
            blocks.Add(new TextBlock(kind, text.Length, text.Length + blockText.Length, opensStory));
            text += blockText;
        }

        if (title is not null)
            AddBlock(BlockKind.Title, title);
        if (caption is not null)
            AddBlock(BlockKind.Caption, caption);
        var analyzed = new List<AnalyzedStory>();
        for (var i = 0; i < stories.Count; i++)
        {
            AddBlock(BlockKind.Paragraph, stories[i], opensStory: i > 0);
            var block = blocks[^1];
            analyzed.Add(new AnalyzedStory(new Story(i, block.Start, block.End, stories[i]), Annotate(stories[i])));
        }

        var article = new Article
        {
            Id = id,
            Title = title,
            Url = url,
            Date = date,
            Source = "Test Wire",
            Byline = "A. Reporter",
            Body = new NormalizedText(text, text, OffsetMap.Identity(text.Length)),
            Blocks = blocks,
            Location = new InputLocation("fixtures/test.jsonl", 3),
        };
        return new AnalyzedArticle { Article = article, Language = language, Annotated = true, Stories = analyzed };
    }

    /// <summary>Words and numbers are runs of letters or digits; any other non-space char is punctuation.</summary>
    public static Doc Annotate(string text)
    {
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        var (sentenceStart, firstToken) = (-1, 0);
        for (var i = 0; i < text.Length;)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            if (char.IsLetterOrDigit(text[i]))
            {
                while (i < text.Length && char.IsLetterOrDigit(text[i]))
                    i++;
            }
            else
            {
                i++;
            }
            if (sentenceStart < 0)
                (sentenceStart, firstToken) = (start, tokens.Count);
            tokens.Add(new Token(start, i, char.IsDigit(text[start]) ? TokenKind.Number : char.IsLetter(text[start]) ? TokenKind.Word : TokenKind.Punctuation));
            if (text[start] == '.' || i == text.Length)
            {
                sentences.Add(new Sentence(sentenceStart, i, firstToken, tokens.Count - firstToken));
                sentenceStart = -1;
            }
        }
        var doc = new Doc(text);
        doc.SetTokens([.. tokens]);
        doc.SetSentences([.. sentences]);
        return doc;
    }
}
