using System.Diagnostics;
using Npgsql;

namespace InterviewBot.Testing;

/// <summary>
/// A PostgreSQL server for tests, each test getting a database of its own on it. The server is the
/// one <see cref="ConnectionStringVariable"/> names (.ci/run starts one and sets it), or else a
/// throwaway cluster started here from PostgreSQL's server programs and stopped when the test run
/// ends. Used by the persistence, engine and cluster tests.
/// </summary>
/// <remarks>
/// initdb and postgres refuse to run as root. Run as root (CI, containers), the throwaway cluster
/// is created and started as the <c>postgres</c> user that Debian's package adds, in a temporary
/// folder owned by that user.
/// </remarks>
public static class TestPostgres
{
    /// <summary>A connection string whose user may create databases, e.g. <c>Host=127.0.0.1;Port=5432;Username=postgres</c>.</summary>
    public const string ConnectionStringVariable = "INTERVIEWBOT_TEST_POSTGRES";

    /// <summary>The folder with initdb, pg_ctl and postgres, when they are not in the usual places.</summary>
    public const string BinVariable = "POSTGRES_BIN";

    private static readonly string? Configured = Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } value ? value : null;
    private static readonly Lazy<string?> Bin = new(FindBin);
    private static readonly Lazy<Task<string>> Server = new(() => Configured is not null ? Task.FromResult(Configured) : ThrowawayCluster.StartAsync(Bin.Value!));

    /// <summary>A server is configured, or one can be started here.</summary>
    public static bool IsAvailable => Configured is not null || Bin.Value is not null;

    /// <summary>Under CI the PostgreSQL tests must run: a missing server fails them instead of skipping them.</summary>
    public static bool IsRequired => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string MissingReason =>
        $"PostgreSQL is not available: set {ConnectionStringVariable} to the connection string of a server where that user may create " +
        $"databases, or install PostgreSQL's server (apt-get install postgresql, or {BinVariable}=<folder with initdb and pg_ctl>) so the " +
        "tests start a throwaway one. .ci/run does this. Under CI=true these tests fail instead of skipping.";

    /// <summary>A new, empty database; its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        if (!IsAvailable) throw new InvalidOperationException(MissingReason);
        var admin = await Server.Value;
        var name = "interviewbot_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(admin) { Database = name, IncludeErrorDetail = true }.ToString();
    }

    /// <summary>Drops a database <see cref="CreateDatabaseAsync"/> made, closing whatever is still connected to it.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using (var pooled = new NpgsqlConnection(connectionString)) NpgsqlConnection.ClearPool(pooled);
        await using var connection = new NpgsqlConnection(await Server.Value);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary><see cref="BinVariable"/>, else the newest /usr/lib/postgresql/*/bin, else the PATH.</summary>
    private static string? FindBin()
    {
        static bool HasServer(string? folder) =>
            !string.IsNullOrEmpty(folder) && File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl"));

        var configured = Environment.GetEnvironmentVariable(BinVariable);
        if (HasServer(configured)) return configured;
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(HasServer)
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
        return debian ?? (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).FirstOrDefault(HasServer);
    }

    /// <summary>initdb + pg_ctl in a temporary folder, on a free loopback port, gone when the test process exits.</summary>
    private static class ThrowawayCluster
    {
        private const string FolderPrefix = "interviewbot-pg-";

        public static async Task<string> StartAsync(string bin)
        {
            RemoveStoppedClusters();
            var root = Path.Combine(Path.GetTempPath(), FolderPrefix + Guid.NewGuid().ToString("N")[..12]);
            var data = Path.Combine(root, "data");
            var log = Path.Combine(root, "server.log");
            Directory.CreateDirectory(root);
            var asRoot = Environment.UserName == "root";
            if (asRoot) await RunAsync("chown", ["postgres:postgres", root], runAsPostgres: false);

            var port = FreePort.Find();
            await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"], asRoot);
            // Durability is not what these tests are about: no fsync makes creating databases quick.
            var options = $"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c max_connections=300 " +
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off";
            try
            {
                await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", log, "-o", options, "-w", "-t", "60", "start"], asRoot);
            }
            catch (InvalidOperationException failure)
            {
                throw new InvalidOperationException($"{failure.Message}\n{(File.Exists(log) ? await File.ReadAllTextAsync(log) : "")}", failure);
            }

            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                try
                {
                    RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], asRoot).GetAwaiter().GetResult();
                    Directory.Delete(root, recursive: true);
                }
                catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
                {
                    // A leftover folder in the temp directory is harmless.
                }
            };
            return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
        }

        /// <summary>
        /// Folders of earlier runs whose server is no longer running (no postmaster.pid), and that are not
        /// being set up by another test process right now: the test host process may be ended before its
        /// exit handler has removed its folder.
        /// </summary>
        private static void RemoveStoppedClusters()
        {
            foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), FolderPrefix + "*"))
            {
                if (File.Exists(Path.Combine(folder, "data", "postmaster.pid"))) continue;
                if (DateTime.UtcNow - Directory.GetCreationTimeUtc(folder) < TimeSpan.FromMinutes(10)) continue;
                try { Directory.Delete(folder, recursive: true); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* someone else's; leave it */ }
            }
        }

        private static async Task RunAsync(string program, IReadOnlyList<string> arguments, bool runAsPostgres)
        {
            var start = runAsPostgres
                ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", program, .. arguments])
                : new ProcessStartInfo(program, arguments);
            start.RedirectStandardOutput = true;
            start.RedirectStandardError = true;
            start.UseShellExecute = false;
            start.WorkingDirectory = Path.GetTempPath();
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await errors}{await output}");
        }
    }
}

/// <summary>A fact that needs PostgreSQL: skipped with the reason when there is none, except under CI=true, where it runs and fails.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestPostgres.IsAvailable && !TestPostgres.IsRequired) Skip = TestPostgres.MissingReason;
    }
}
