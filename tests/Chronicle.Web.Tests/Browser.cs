using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Chronicle.Web.Tests;

/// <summary>One headless chromium page on the sample server, with screenshots kept under TestResults/screenshots.</summary>
internal sealed class Browser : IAsyncDisposable
{
    public static string Screenshots { get; } = Path.Combine(RepoPaths.Root, "TestResults", "screenshots");

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly List<string> _errors = [];

    private Browser(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
        // Any script error on the page fails the test that saw it.
        page.PageError += (_, error) => _errors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                _errors.Add(message.Text);
        };
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Errors => _errors;

    /// <summary>Opens the page at <paramref name="path"/> in a window <paramref name="height"/> px tall (1400 wide) and waits until it is drawn.</summary>
    public static async Task<Browser> Open(SampleServer server, string path = "/", int height = 1000)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.Chromium,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = height } });
        page.SetDefaultTimeout(15_000);
        var opened = new Browser(playwright, browser, page);
        await page.GotoAsync(new Uri(server.Address, path).ToString());
        await opened.Settled();
        return opened;
    }

    /// <summary>Waits until the page has drawn what its last filter asked for.</summary>
    public async Task Settled()
    {
        await Page.WaitForSelectorAsync("body[data-ready='true']:not(.loading)");
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    public async Task Screenshot(string name, ITestOutputHelper output)
    {
        Directory.CreateDirectory(Screenshots);
        var path = Path.Combine(Screenshots, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine("screenshot: " + path);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
