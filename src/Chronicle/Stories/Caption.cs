namespace Chronicle.Stories;

/// <summary>
/// Tells a photo caption from news text. A caption does not end like a sentence and either says it
/// is one ("Photo:", "File photo", an agency credit) or describes a picture ("is seen", "pictured",
/// "a banner of"). Without such a cue an unpunctuated line is taken as news: losing a sentence of
/// news costs more than coding a caption.
/// </summary>
internal static class Caption
{
    private static readonly string[] Prefixes = ["photo:", "caption:", "image:", "picture:", "file photo", "(photo", "photo by", "pictured:"];

    private static readonly string[] PictureCues =
    [
        " is seen ", " are seen ", " pictured", "photo", "file image", "(afp", "(reuters", "(ap)", "getty images",
        "credit:", " poses ", " pose ", " gestures ", "banner of ", "portrait of ", "poster of ", " is shown ", " are shown ",
    ];

    public static bool Looks(ReadOnlySpan<char> block)
    {
        foreach (var prefix in Prefixes)
        {
            if (block.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                return true;
        }

        if (Sentences.EndsSentence(block))
            return false;
        foreach (var cue in PictureCues)
        {
            if (block.Contains(cue, StringComparison.OrdinalIgnoreCase))
                return true;
        }

        return false;
    }
}
