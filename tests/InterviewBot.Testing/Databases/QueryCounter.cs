using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InterviewBot.Testing;

/// <summary>
/// The SQL commands EF Core runs on one database while the counter is alive, read from EF Core's own
/// diagnostic events: a test of database work per call counts them. Only commands on a connection
/// whose connection string contains <c>database</c> (a SQLite file's path, a PostgreSQL database's
/// name) are kept, so tests running alongside on their own databases are not counted.
/// </summary>
public sealed class QueryCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _database;
    private readonly IDisposable _listeners;
    private readonly List<IDisposable> _subscriptions = [];
    private readonly List<string> _commands = [];

    /// <param name="database">Text of the counted database's connection string: <see cref="TestDatabase.ConnectionString"/>, a <see cref="TempFolder"/>'s <c>DatabaseFile</c>.</param>
    public QueryCounter(string database)
    {
        _database = Named(database);
        _listeners = DiagnosticListener.AllListeners.Subscribe(this);
    }

    /// <summary>Every command's SQL, in the order run.</summary>
    public IReadOnlyList<string> Commands
    {
        get { lock (_commands) return _commands.ToList(); }
    }

    /// <summary>The commands that read <paramref name="table"/> (<c>SELECT … FROM "Nudges"</c>, joins included).</summary>
    public IReadOnlyList<string> Reading(string table) =>
        Commands.Where(sql => sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
            && sql.Contains($"\"{table}\"", StringComparison.Ordinal)).ToList();

    /// <summary>Forgets what was counted so far.</summary>
    public void Clear()
    {
        lock (_commands) _commands.Clear();
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
            lock (_subscriptions) _subscriptions.Add(value.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key != RelationalEventId.CommandExecuted.Name || value.Value is not CommandExecutedEventData executed) return;
        if (!executed.Command.Connection?.ConnectionString.Contains(_database, StringComparison.OrdinalIgnoreCase) ?? true) return;
        lock (_commands) _commands.Add(executed.Command.CommandText);
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _listeners.Dispose();
        lock (_subscriptions) _subscriptions.ForEach(s => s.Dispose());
    }

    /// <summary>A SQLite connection string names its file; a PostgreSQL one its database: the part that tells databases apart.</summary>
    private static string Named(string database)
    {
        var builder = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = database.Contains('=', StringComparison.Ordinal) ? database : "" };
        foreach (var key in new[] { "Data Source", "Database" })
            if (builder.TryGetValue(key, out var value) && value is string { Length: > 0 } named) return named;
        return database;
    }
}
