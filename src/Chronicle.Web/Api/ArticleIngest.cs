using System.Globalization;
using Chronicle.Articles;
using Chronicle.Pipeline;
using Chronicle.Web.Hosting;
using Chronicle.Web.Security;
using Microsoft.AspNetCore.Http;

namespace Chronicle.Web.Api;

/// <summary>What POST /api/articles did: the articles stored (or found already stored), and the inputs that could not be read.</summary>
public sealed record IngestReport(IReadOnlyList<IngestedArticle> Articles, IReadOnlyList<string> Errors);

public sealed record IngestedArticle(string Id, string? Title, bool AlreadyStored, int Events);

/// <summary>
/// Ingests a posted body the way `chronicle ingest` ingests a file: read (text, HTML or JSONL), analyze,
/// store. Only with the API key; the body is bounded by the server's request limit. The pipeline is
/// loaded on the first post, so a read-only server never pays for it.
/// </summary>
public sealed class ArticleIngest(StorePool stores, ApiKey key, ServerOptions options)
{
    private readonly Lazy<ArticlePipeline> _pipeline = new(() => ArticlePipeline.CreateDefault());

    public async Task<IResult> Handle(HttpContext context, CancellationToken ct)
    {
        if (!key.Configured)
            return Results.Problem("Ingesting over HTTP is off: the server has no API key (set Chronicle__ApiKey or CHRONICLE_API_KEY).", statusCode: StatusCodes.Status403Forbidden);
        if (!key.Admits(context.Request))
            return Results.Problem($"A valid API key is required ({ApiKey.Header} header or Authorization: Bearer).", statusCode: StatusCodes.Status401Unauthorized);
        if (FormatOf(context.Request.ContentType) is not { } format)
            return Results.Problem("Post text/plain, text/html or application/x-ndjson (JSONL).", statusCode: StatusCodes.Status415UnsupportedMediaType);
        if (context.Request.ContentLength > options.MaxRequestBytes)
            return TooLarge(context);

        DateOnly? date = null;
        if (context.Request.Query["date"].ToString() is { Length: > 0 } dateText)
        {
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var given))
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["date"] = [$"'{dateText}' is not a date (YYYY-MM-DD)."] });
            date = given;
        }

        using var body = new MemoryStream();
        try
        {
            await context.Request.Body.CopyToAsync(body, ct);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(context);
        }

        body.Position = 0;
        var (articles, errors) = await Task.Run(() => Analyze(body, format, date, ct), ct);
        var stored = new List<IngestedArticle>();
        foreach (var article in articles)
        {
            var outcome = await stores.Use(store => store.Store(article), ct);
            stored.Add(new IngestedArticle(outcome.Id, article.Article.Title, outcome.AlreadyStored, article.Stories.Sum(s => s.Doc.Events.Count)));
        }

        if (stored.Any(a => !a.AlreadyStored))
            await stores.RefreshStatistics(ct);
        var report = new IngestReport(stored, errors);
        if (stored.Any(a => !a.AlreadyStored))
            return Results.Json(report, statusCode: StatusCodes.Status201Created);
        return stored.Count > 0 ? Results.Ok(report) : Results.UnprocessableEntity(report);
    }

    private (List<AnalyzedArticle> Articles, List<string> Errors) Analyze(Stream body, InputFormat format, DateOnly? date, CancellationToken ct)
    {
        var articles = new List<AnalyzedArticle>();
        var errors = new List<string>();
        using var inputs = new ArticleInputs(new ReaderOptions { Format = format, MaxDocumentBytes = options.MaxRequestBytes });
        var read = inputs.Read(body, "upload", ct)
            .Select(r => r.Article is { Date: null } raw && date is { } given ? raw with { Date = given } : r);
        foreach (var result in _pipeline.Value.AnalyzeAll(read, ct))
        {
            if (result.Error is { } error)
                errors.Add(error.ToString());
            else
                articles.Add(result.Article!);
        }

        return (articles, errors);
    }

    private static InputFormat? FormatOf(string? contentType)
    {
        var mediaType = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        return mediaType switch
        {
            "text/plain" => InputFormat.Text,
            "text/html" => InputFormat.Html,
            "application/x-ndjson" or "application/jsonl" or "application/jsonlines" => InputFormat.Jsonl,
            _ => null,
        };
    }

    // The body is left unread, and Kestrel will not drain more than the limit: saying so lets the
    // client open a fresh connection for its next request instead of reusing one about to close.
    private IResult TooLarge(HttpContext context)
    {
        context.Response.Headers.Connection = "close";
        return Results.Problem($"The body is larger than this server accepts ({options.MaxRequestBytes:N0} bytes).", statusCode: StatusCodes.Status413PayloadTooLarge);
    }
}
