using Chronicle.Storage;
using Chronicle.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Chronicle.Web.Api;

/// <summary>Counts over the events that pass the filters: actors, days, dyads, places and facets. Paging parameters are ignored except limit, which caps the rows.</summary>
internal static class StatsEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        Stat(api, "/actors", "Coded actors of the selected events with how often each is source and target, most frequent first.",
            (store, query) => store.ActorCounts(query, query.Limit), defaultLimit: 100);
        Stat(api, "/stats/timeline", "Selected events per day by QuadClass (quads[0] is QuadClass 1) with the day's mean Goldstein score.",
            (store, query) => store.Timeline(query), defaultLimit: 1000);
        Stat(api, "/stats/dyads", "Source-to-target pairs of coded actors: event counts and mean Goldstein score, most frequent first.",
            (store, query) => store.Dyads(query, query.Limit), defaultLimit: 60);
        Stat(api, "/stats/places", "Places of the selected events that have coordinates, with counts and mean Goldstein score.",
            (store, query) => store.Places(query, query.Limit), defaultLimit: 1000);
        Stat(api, "/stats/facets", "Counts of the selected events by QuadClass, PLOVER type and country.",
            (store, query) => store.Facets(query, query.Limit), defaultLimit: 30);
    }

    private static void Stat<T>(IEndpointRouteBuilder api, string pattern, string summary, Func<IArticleStore, EventQuery, T> read, int defaultLimit) =>
        api.MapGet(pattern, async ([AsParameters] EventFilterParameters filters, StorePool stores, AggregateCache cache, CancellationToken ct) =>
        {
            var (query, errors) = filters.ToQuery(defaultLimit, maxLimit: 10_000);
            return query is null ? Results.ValidationProblem(errors) : Results.Ok(await cache.Read(stores, pattern, query with { Offset = 0 }, read, ct));
        })
        .WithSummary(summary)
        .Produces<T>()
        .ProducesValidationProblem();
}
