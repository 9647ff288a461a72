using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InterviewBot.Testing;

/// <summary>
/// Counts the SQL commands EF Core runs against one database (by its connection string, so tests running
/// alongside on other databases do not count) that read a given table, from EF Core's own diagnostic events.
/// </summary>
public sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _connectionString;
    private readonly string _table;
    private readonly IDisposable _listeners;
    private readonly List<IDisposable> _subscriptions = [];
    private int _count;

    /// <param name="table">The table's name as the SQL quotes it, e.g. <c>"Interviews"</c> (quotes included).</param>
    public CommandCounter(string connectionString, string table)
    {
        _connectionString = connectionString;
        _table = table;
        _listeners = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public int Count => Volatile.Read(ref _count);

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
            lock (_subscriptions) _subscriptions.Add(value.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key != RelationalEventId.CommandExecuted.Name || value.Value is not CommandExecutedEventData executed) return;
        if (executed.Context?.Database.GetConnectionString() != _connectionString) return;
        if (executed.Command.CommandText.Contains("FROM " + _table, StringComparison.Ordinal)) Interlocked.Increment(ref _count);
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
}
