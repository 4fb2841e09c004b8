namespace Chronicle.Web.Tests;

/// <summary>A test that drives Debian's chromium; skipped, saying why, on a machine without it.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>The browser Playwright drives (never one it downloads).</summary>
    public const string Chromium = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium))
            Skip = $"{Chromium} is not installed (apt-get install chromium; .ci/run installs it)";
    }
}
