using Chronicle.Articles;
using Chronicle.Pipeline;
using Chronicle.Storage;
using Chronicle.Web.Hosting;
using Microsoft.Data.Sqlite;

namespace Chronicle.Web.Tests;

/// <summary>
/// A real server on loopback over a store of the bundled sample dispatch (dated 2024-11-20), plus one
/// article whose text is hostile markup. Places are not read by the pipeline yet, so two events are
/// given one here, as the places stage will store them, for the map to have points.
/// </summary>
public sealed class SampleServer : IAsyncLifetime
{
    public const string HostileTitle = "A page that tries to run script";

    /// <summary>Text that is markup: shown as text, it must never become elements or run.</summary>
    public const string HostileText =
        HostileTitle + "\n\nPolice in Norland arrested two protesters. <script>window.__pwned = 1</script> " +
        "<img src=x onerror=\"window.__pwned = 2\"> The protesters denied the charges.";

    public const string PlaceName = "Khartoum";

    private static readonly Lazy<ArticlePipeline> SharedPipeline = new(() => ArticlePipeline.CreateDefault());

    private readonly ScratchDir _dir = new();
    private RunningServer? _server;

    public static ArticlePipeline Pipeline => SharedPipeline.Value;

    public string DbPath => _dir.File("sample.db");

    public Uri Address => _server!.Address;

    public string SampleId { get; private set; } = "";

    public string HostileId { get; private set; } = "";

    public HttpClient Client { get; } = new();

    public async Task InitializeAsync()
    {
        using (var store = new SqliteArticleStore(DbPath))
        {
            SampleId = store.Store(Pipeline.Analyze(new RawArticle
            {
                Text = await File.ReadAllTextAsync(RepoPaths.SampleDispatch), Date = new DateOnly(2024, 11, 20), Location = new InputLocation("sample"),
            })).Id;
            HostileId = store.Store(Pipeline.Analyze(new RawArticle { Text = HostileText, Date = new DateOnly(2024, 11, 21), Location = new InputLocation("hostile") })).Id;
        }

        using (var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            connection.Open();
            using var place = connection.CreateCommand();
            place.CommandText = "UPDATE events SET place_name = $name, place_country = 'SDN', place_lat = 15.5, place_lon = 32.53 WHERE rowid IN (SELECT rowid FROM events ORDER BY rowid LIMIT 2)";
            place.Parameters.AddWithValue("$name", PlaceName);
            place.ExecuteNonQuery();
        }

        _server = await ChronicleServer.StartAsync(new ServerOptions { DbPath = DbPath, Urls = "http://127.0.0.1:0" });
        Client.BaseAddress = Address;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_server is not null)
            await _server.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SampleServerCollection : ICollectionFixture<SampleServer>
{
    public const string Name = "sample server";
}
