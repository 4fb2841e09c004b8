using Chronicle.Export;
using Chronicle.Web.Api;
using Chronicle.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Chronicle.Web.Hosting;

/// <summary>The analyst's desk: the JSON API under /api, its OpenAPI document, and the web UI, over one store.</summary>
public static class ChronicleServer
{
    /// <summary>Where the OpenAPI document is served ({documentName} is "v1").</summary>
    public const string OpenApiPattern = "/api/openapi/{documentName}.json";

    /// <summary>Builds the server; it listens once run or started.</summary>
    public static WebApplication Build(ServerOptions options)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(ChronicleServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes;
        });
        if (!options.Verbose)
            builder.Logging.SetMinimumLevel(LogLevel.Warning);

        var apiKey = options.ApiKey ?? builder.Configuration["Chronicle:ApiKey"] ?? Environment.GetEnvironmentVariable("CHRONICLE_API_KEY");
        var services = builder.Services;
        services.ConfigureHttpJsonOptions(json => ContractJson.Configure(json.SerializerOptions));
        services.AddProblemDetails();
        services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Chronicle";
            document.Info.Description = "Coded events with their evidence: who did what to whom, when, where, and which sentence says so.";
            return Task.CompletedTask;
        }));
        services.AddSingleton(options);
        services.AddSingleton(_ => new StorePool(options.DbPath, options.Readers));
        services.AddSingleton<AggregateCache>();
        services.AddSingleton(new ApiKey(apiKey));
        services.AddSingleton<ArticleIngest>();
        if (options.CorsOrigins.Count > 0)
            services.AddCors(cors => cors.AddDefaultPolicy(policy => policy.WithOrigins([.. options.CorsOrigins]).WithMethods("GET", "POST").AllowAnyHeader()));

        var app = builder.Build();
        // Open the store now: a missing directory or a too-new schema fails the start, not the first request.
        app.Services.GetRequiredService<StorePool>();

        var ui = new EmbeddedFileProvider(typeof(ChronicleServer).Assembly, "Chronicle.Web.wwwroot");
        var page = DeskPage.From(ui);

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(SecurityHeaders.For(page.ScriptHash));
        if (options.CorsOrigins.Count > 0)
            app.UseCors();

        app.Use(page.Serve);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = ui });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = ui });

        var api = app.MapGroup("/api");
        EventEndpoints.Map(api);
        ArticleEndpoints.Map(api);
        StatsEndpoints.Map(api);
        SearchEndpoints.Map(api);
        ExportEndpoints.Map(api);
        app.MapOpenApi(OpenApiPattern);
        return app;
    }

    /// <summary>Builds and starts a server; dispose the result to stop it.</summary>
    public static async Task<RunningServer> StartAsync(ServerOptions options, CancellationToken ct = default)
    {
        var app = Build(options);
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningServer(app, new Uri(address));
    }
}

/// <summary>A started server and the address it listens on (with the port it was given when asked for port 0).</summary>
public sealed class RunningServer(WebApplication app, Uri address) : IAsyncDisposable
{
    public Uri Address { get; } = address;

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        // The container disposes the store pool with the app.
        await app.DisposeAsync();
    }
}
