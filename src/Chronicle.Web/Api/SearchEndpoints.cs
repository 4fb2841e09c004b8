using Chronicle.Storage;
using Chronicle.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Chronicle.Web.Api;

/// <summary>GET /api/search?q=: full-text search over story text, as `chronicle search` does it.</summary>
internal static class SearchEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/search", async (string? q, int? limit, StorePool stores, CancellationToken ct) =>
        {
            if (limit is < 1 or > 200)
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["limit is a whole number from 1 to 200."] });
            if (string.IsNullOrWhiteSpace(q))
                return Results.Ok(Array.Empty<SearchHit>());
            return Results.Ok(await stores.Use(store => store.Search(q, limit ?? 20), ct));
        })
        .WithSummary("Stories whose text matches: words, \"phrases\", prefix*; best first, matches marked [ and ] in the snippet.")
        .Produces<IReadOnlyList<SearchHit>>()
        .ProducesValidationProblem();
}
