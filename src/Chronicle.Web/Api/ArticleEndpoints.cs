using Chronicle.Storage;
using Chronicle.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Chronicle.Web.Api;

/// <summary>GET /api/articles, GET /api/articles/{id} (with every layer as spans) and POST /api/articles (ingest).</summary>
internal static class ArticleEndpoints
{
    /// <summary>More events than any one article holds: the reader shows all of them.</summary>
    private const int EventsPerArticle = 100_000;

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/articles", async (int? limit, StorePool stores, CancellationToken ct) =>
        {
            if (limit is < 1 or > 1000)
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["limit is a whole number from 1 to 1000."] });
            return Results.Ok(await stores.Use(store => store.ListArticles(limit ?? 100), ct));
        })
        .WithSummary("Stored articles, newest ingest first, with their counts of stories, sentences and events.")
        .Produces<IReadOnlyList<ArticleSummary>>()
        .ProducesValidationProblem();

        api.MapGet("/articles/{id}", async Task<Results<Ok<ArticleView>, NotFound>> (string id, StorePool stores, CancellationToken ct) =>
        {
            var view = await stores.Use(store => store.FindArticle(id) is { } article
                ? ArticleView.Of(article, store.FindEvents(new EventQuery { Article = id, Sort = EventSort.Oldest, Limit = EventsPerArticle }))
                : null, ct);
            return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
        })
        .WithSummary("An article's text, story by story, with its sentences, entities, actors and events as spans.");

        api.MapPost("/articles", (HttpContext context, ArticleIngest ingest, CancellationToken ct) => ingest.Handle(context, ct))
        .WithSummary("Ingest articles: the body is text/plain, text/html or application/x-ndjson (JSONL). Needs the API key (X-Api-Key or Authorization: Bearer).")
        .Accepts<string>("text/plain", "text/html", "application/x-ndjson")
        .Produces<IngestReport>(StatusCodes.Status201Created)
        .Produces<IngestReport>()
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    }
}
