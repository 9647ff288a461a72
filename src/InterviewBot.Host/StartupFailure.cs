using System.Reflection;
using InterviewBot.Core.Ports;
using Microsoft.Extensions.Options;

namespace InterviewBot.Host;

/// <summary>
/// A setting that stops start-up is told in one plain line naming it, not in a stack trace: the
/// settings checks throw <see cref="SettingException"/> (or options validation fails) with a message
/// that names the setting and what to put there. Anything else – a service that cannot be built, a
/// bug – keeps its stack trace. Only when the host runs as its own process – under a test's
/// WebApplicationFactory the exception travels on to the test.
/// </summary>
internal static class StartupFailure
{
    /// <summary>Whether <paramref name="failure"/> is a settings check to tell in one line (not a bug, whose stack trace helps).</summary>
    public static bool IsBadSetting(Exception failure) =>
        OwnProcess && IsSettingError(failure);

    /// <summary>Whether a setting is what stopped start-up, wherever in <paramref name="failure"/>'s chain it was thrown.</summary>
    internal static bool IsSettingError(Exception failure) => Reason(failure) is not null;

    /// <summary>"InterviewBot did not start: Setting Api:Keys:0:Key is too short: …" – one line.</summary>
    public static string Line(Exception failure)
    {
        var reason = Reason(failure)?.Message ?? failure.Message;
        return "InterviewBot did not start: " + string.Join(' ', reason.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static bool OwnProcess => Assembly.GetEntryAssembly() == typeof(StartupFailure).Assembly;

    /// <summary>The innermost settings failure in the chain (the host wraps start-up failures in others).</summary>
    private static Exception? Reason(Exception failure)
    {
        Exception? found = null;
        for (var e = failure; e is not null; e = e is AggregateException { InnerExceptions.Count: 1 } one ? one.InnerExceptions[0] : e.InnerException)
        {
            if (e is SettingException or OptionsValidationException) found = e;
        }
        return found;
    }
}
