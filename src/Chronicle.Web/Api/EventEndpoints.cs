using Chronicle.Export;
using Chronicle.Storage;
using Chronicle.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Chronicle.Web.Api;

/// <summary>A page of events with the number of events that pass the filters.</summary>
public sealed record EventPage(IReadOnlyList<EventRecord> Events, int Total, int Offset, int Limit);

/// <summary>GET /api/events (filtered, sorted, paged) and GET /api/events/{id}.</summary>
internal static class EventEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/events", async ([AsParameters] EventFilterParameters filters, StorePool stores, AggregateCache cache, CancellationToken ct) =>
        {
            var (query, errors) = filters.ToQuery();
            if (query is null)
                return Results.ValidationProblem(errors);
            // The total does not depend on the order or the page: one cache entry serves every page of a filter.
            var total = await cache.Read(stores, "count", query with { Sort = EventSort.Newest, Offset = 0, Limit = 0 }, (store, q) => store.CountEvents(q), ct);
            var events = await stores.Use(store => store.FindEvents(query, total), ct);
            return Results.Ok(new EventPage(events, total, query.Offset, query.Limit));
        })
        .WithSummary("Events that pass the filters of `chronicle events`, sorted and paged, with their total.")
        .Produces<EventPage>()
        .ProducesValidationProblem();

        api.MapGet("/events/{id}", async Task<Results<Ok<EventRecord>, NotFound>> (string id, StorePool stores, CancellationToken ct) =>
            await stores.Use(store => store.FindEvent(id), ct) is { } record ? TypedResults.Ok(record) : TypedResults.NotFound())
        .WithSummary("One event with its sentence and the spans (into its story's text) of its source, verb and target.");
    }
}
