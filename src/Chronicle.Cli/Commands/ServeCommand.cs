using System.CommandLine;
using Chronicle.Storage;
using Chronicle.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle serve`: the JSON API and the web UI over a store, until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var db = CommonOptions.Db();
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen, ';' between addresses. Loopback by default; listen wider only behind a proxy you trust.",
            DefaultValueFactory = _ => ServerOptions.DefaultUrls,
            HelpName = "URLS",
        };
        var maxBytes = new Option<long>("--max-request-bytes")
        {
            Description = "The largest body POST /api/articles accepts.",
            DefaultValueFactory = _ => new ServerOptions { DbPath = "" }.MaxRequestBytes,
        };
        var cors = new Option<string[]>("--cors-origin")
        {
            Description = "An origin whose pages may call the API (repeatable). None by default: CORS is off.",
            HelpName = "ORIGIN",
        };
        var verbose = new Option<bool>("--verbose") { Description = "Log every request." };
        var command = new Command("serve", CommonOptions.Describe(
            "Serve the analyst's desk over a store: the JSON API under /api (OpenAPI at /api/openapi/v1.json) and the web UI. " +
            "POST /api/articles needs the API key from the environment (CHRONICLE_API_KEY or Chronicle__ApiKey); without one, ingesting over HTTP is off.",
            "chronicle serve --db news.db",
            "CHRONICLE_API_KEY=secret chronicle serve --db news.db --urls http://127.0.0.1:8080"));
        foreach (var option in new Option[] { db, urls, maxBytes, cors, verbose })
            command.Add(option);
        command.SetAction((parse, ct) => Run(console, new ServerOptions
        {
            DbPath = parse.GetValue(db)!,
            Urls = parse.GetValue(urls)!,
            MaxRequestBytes = parse.GetValue(maxBytes),
            CorsOrigins = parse.GetValue(cors) ?? [],
            Verbose = parse.GetValue(verbose),
        }, ct));
        return command;
    }

    private static async Task<int> Run(CliConsole console, ServerOptions options, CancellationToken ct)
    {
        if (!ArticleStores.MayExist(options.DbPath))
            console.Note($"{options.DbPath}: no store yet; starting with an empty one (POST /api/articles or `chronicle ingest` fills it)");
        var app = ChronicleServer.Build(options);
        await app.StartAsync(ct);
        using (var store = ArticleStores.Open(options.DbPath))
            console.Note($"serving {ArticleStores.Redacted(options.DbPath)} ({store.ListArticles().Count} article(s), {store.CountEvents(new EventQuery())} event(s)) at {string.Join(", ", app.Urls)} (Ctrl+C stops)");
        await console.Error.FlushAsync(ct);
        await app.WaitForShutdownAsync(ct);
        await app.DisposeAsync();
        return 0;
    }
}
