using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Slack.Tests.Support;

/// <summary>
/// The errors the host logged, with their exceptions: a wait that times out shows them, so a turn that
/// failed (and answered with its apology) says why in the test's message.
/// </summary>
public sealed class HostErrors : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly ConcurrentQueue<string> _warnings = new();

    public IReadOnlyList<string> Lines => [.. _errors];

    /// <summary>What the host logged as warnings (the first 50).</summary>
    public IReadOnlyList<string> Warnings => [.. _warnings];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(HostErrors errors, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning)
            {
                if (errors._warnings.Count < 50) errors._warnings.Enqueue($"{category}: {formatter(state, exception)}");
                return;
            }
            if (!IsEnabled(logLevel) || errors._errors.Count >= 20) return;
            errors._errors.Enqueue($"{category}: {formatter(state, exception)}{(exception is null ? "" : "\n" + exception)}");
        }
    }
}
