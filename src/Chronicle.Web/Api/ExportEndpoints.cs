using System.Text;
using System.Text.Json;
using Chronicle.Export;
using Chronicle.Storage;
using Chronicle.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Chronicle.Web.Api;

/// <summary>
/// GET /api/events.csv, .jsonl and .tsv (GDELT 2.0's event layout): the events that pass the filters, in
/// their sort, streamed a batch at a time. limit caps the rows (default 10,000).
/// </summary>
internal static class ExportEndpoints
{
    private const int DefaultRows = 10_000;
    private const int MaxRows = 1_000_000;
    private const int Batch = 2_000;

    public static void Map(IEndpointRouteBuilder api)
    {
        Export(api, "csv", "text/csv; charset=utf-8", "Selected events as CSV, with a header row.",
            CsvFormat.Row(EventCsv.Header), (_, record, _) => CsvFormat.Row(EventCsv.Fields(record)));
        Export(api, "jsonl", "application/x-ndjson; charset=utf-8", "Selected events, one JSON object a line, in the contract's schema.",
            null, (_, record, _) => JsonSerializer.Serialize(record, ContractJson.Options));
        Export(api, "tsv", "text/tab-separated-values; charset=utf-8", "Selected events in GDELT 2.0's event table layout (61 columns, no header).",
            null, GdeltEventTsv.Row);
    }

    private static void Export(
        IEndpointRouteBuilder api, string extension, string contentType, string summary,
        string? header, Func<long, EventRecord, DateTime, string> line) =>
        api.MapGet("/events." + extension, async ([AsParameters] EventFilterParameters filters, HttpContext context, StorePool stores, CancellationToken ct) =>
        {
            var (query, errors) = filters.ToQuery(DefaultRows, MaxRows);
            if (query is null)
                return Results.ValidationProblem(errors);

            context.Response.ContentType = contentType;
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"events.{extension}\"";
            var added = DateTime.UtcNow;
            await using var writer = new StreamWriter(context.Response.Body, new UTF8Encoding(false), bufferSize: 64 * 1024);
            if (header is not null)
                await writer.WriteLineAsync(header);
            long number = 0;
            for (var offset = query.Offset; offset < query.Offset + query.Limit; offset += Batch)
            {
                var take = Math.Min(Batch, query.Offset + query.Limit - offset);
                var batch = await stores.Use(store => store.FindEvents(query with { Offset = offset, Limit = take }), ct);
                foreach (var record in batch)
                    await writer.WriteLineAsync(line(++number, record, added));
                await writer.FlushAsync(ct);
                if (batch.Count < take)
                    break;
            }

            return Results.Empty;
        })
        .WithSummary(summary)
        .Produces<string>(StatusCodes.Status200OK, contentType.Split(';')[0])
        .ProducesValidationProblem();
}
