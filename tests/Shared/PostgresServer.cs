using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Chronicle.Storage;
using Npgsql;

namespace Chronicle.Tests;

/// <summary>
/// The PostgreSQL server of a test run, shared by its tests through <see cref="PostgresCollection"/>:
/// the server <see cref="UrlVariable"/> names (a postgresql:// URL of a user that may create databases),
/// or else a throwaway one started on first use from the installed binaries (initdb into a temp
/// folder, listening on a free loopback port) and stopped and deleted when disposed. Every database
/// it hands out is new, and is dropped at the end on a server that outlives the run.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    /// <summary>The environment variable that names a server to use instead of starting one.</summary>
    public const string UrlVariable = "CHRONICLE_TEST_POSTGRES";

    private static readonly string? External = Environment.GetEnvironmentVariable(UrlVariable) is { Length: > 0 } url ? url : null;

    private static readonly string? Binaries = FindBinaries();

    // PostgreSQL refuses to run as root: then its programs run as the postgres user.
    private static readonly bool AsRoot = !OperatingSystem.IsWindows() && Environment.IsPrivilegedProcess;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _databases = [];
    private readonly Lazy<string> _maintenanceUrl;
    private string? _folder;

    public PostgresServer() => _maintenanceUrl = new(() => External ?? Start());

    /// <summary>Why PostgreSQL tests cannot run here, or null when they can.</summary>
    public static string? Unavailable { get; } = External is not null ? null
        : Binaries is null ? $"PostgreSQL is not installed (no initdb in /usr/lib/postgresql/*/bin or on PATH; apt-get install postgresql, as .ci/run does) and {UrlVariable} names no server"
        : AsRoot && !File.ReadLines("/etc/passwd").Any(line => line.StartsWith("postgres:", StringComparison.Ordinal))
            ? "running as root, and there is no postgres user to run the PostgreSQL server as (PostgreSQL refuses root)"
            : null;

    /// <summary>The URL of this run's database called <paramref name="name"/>, created (empty) on the first call with that name.</summary>
    public string Database(string name)
    {
        lock (_gate)
        {
            if (_databases.TryGetValue(name, out var known))
                return known;
            var database = $"chronicle_test_{Guid.NewGuid():N}";
            Execute(_maintenanceUrl.Value, $"CREATE DATABASE {database}");
            return _databases[name] = new UriBuilder(_maintenanceUrl.Value) { Path = "/" + database }.Uri.AbsoluteUri;
        }
    }

    /// <summary>The URL of a new, empty database of its own.</summary>
    public string CreateDatabase() => Database(Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        lock (_gate)
        {
            NpgsqlConnection.ClearAllPools();
            if (_folder is not null)
            {
                // Started or not (a failed start leaves its folder too), nothing of the server outlives the run.
                if (_maintenanceUrl.IsValueCreated)
                    RunAsServerUser(Path.Join(Binaries, "pg_ctl"), "-D", Path.Join(_folder, "data"), "-m", "immediate", "stop");
                Directory.Delete(_folder, recursive: true);
            }
            else if (_maintenanceUrl.IsValueCreated)
            {
                foreach (var url in _databases.Values)
                    Execute(_maintenanceUrl.Value, $"DROP DATABASE IF EXISTS {new Uri(url).AbsolutePath.TrimStart('/')} WITH (FORCE)");
            }
        }
    }

    /// <summary>Runs initdb and pg_ctl start; returns the URL of the new server's maintenance database.</summary>
    /// <remarks>Called once: a failure is kept by the Lazy and thrown to every later caller.</remarks>
    private string Start()
    {
        if (Unavailable is not null)
            throw new InvalidOperationException(Unavailable);
        _folder = Path.Join(Path.GetTempPath(), "chronicle-postgres-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        // The server may run as another user (postgres, when we are root): it writes its data, socket and log here.
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(_folder, (UnixFileMode)0b111_111_111);
        var data = Path.Join(_folder, "data");
        // C.UTF-8: text search reads words by Unicode letter classes, as SQLite's tokenizer does.
        RunAsServerUser(Path.Join(Binaries, "initdb"), "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync", "--no-instructions");
        var port = FreePort();
        RunAsServerUser(Path.Join(Binaries, "pg_ctl"), "-D", data, "-l", Path.Join(_folder, "server.log"), "-w", "-t", "60",
            "-o", $"-p {port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start");
        return $"postgresql://postgres@127.0.0.1:{port}/postgres";
    }

    private void RunAsServerUser(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(AsRoot ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (AsRoot)
        {
            foreach (var argument in new[] { "-u", "postgres", "--", program })
                start.ArgumentList.Add(argument);
        }
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            var log = _folder is not null && File.Exists(Path.Join(_folder, "server.log")) ? File.ReadAllText(Path.Join(_folder, "server.log")) : "";
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed ({process.ExitCode}): {output.Result}{error}{log}");
        }
    }

    private static void Execute(string url, string sql)
    {
        using var connection = new NpgsqlConnection(PostgresUrl.ToConnectionString(url));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The folder of the newest installed server's initdb and pg_ctl, or null.</summary>
    private static string? FindBinaries()
    {
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(dir => (Dir: Path.Join(dir, "bin"), Version: int.TryParse(Path.GetFileName(dir), out var v) ? v : 0))
                .Where(d => File.Exists(Path.Join(d.Dir, "initdb")))
                .OrderByDescending(d => d.Version)
                .Select(d => d.Dir)
            : [];
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Where(dir => File.Exists(Path.Join(dir, "initdb")));
        return debian.Concat(path).FirstOrDefault();
    }
}
