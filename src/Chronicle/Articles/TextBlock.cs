namespace Chronicle.Articles;

/// <summary>The role a block of an article's text plays.</summary>
public enum BlockKind
{
    Title,

    /// <summary>A photo caption: kept and shown, never coded as news.</summary>
    Caption,

    Paragraph,
}

/// <summary>A block of an article's normalized text: [Start, End) with its role.</summary>
/// <param name="OpensStory">True where a digest marker (a bullet, "Meanwhile,") starts a new story here.</param>
public readonly record struct TextBlock(BlockKind Kind, int Start, int End, bool OpensStory = false);
