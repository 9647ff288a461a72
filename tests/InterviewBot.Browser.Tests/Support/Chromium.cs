using Microsoft.Playwright;

namespace InterviewBot.Browser.Tests.Support;

/// <summary>
/// Debian's Chromium, driven by Playwright. Playwright never downloads a browser here: it launches
/// this executable (CHROMIUM_PATH, else /usr/bin/chromium) with the flags this offline machine needs.
/// </summary>
public static class Chromium
{
    public static string ExecutablePath { get; } =
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>Under CI the browser tests must run: a missing browser fails them instead of skipping them.</summary>
    public static bool IsRequired => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string MissingReason =>
        $"Chromium is not installed at {ExecutablePath}. Install Debian's package (apt-get install -y chromium) " +
        "or set CHROMIUM_PATH; .ci/run installs it. Under CI=true this test fails instead of skipping.";

    public static BrowserTypeLaunchOptions LaunchOptions() => new()
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        // Root in a container needs --no-sandbox; the rest keep Chromium from reaching for Google's
        // services, which this machine's closed network refuses.
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic",
        ],
    };

    /// <summary>Fails with the reason when the browser is missing (the attribute has already skipped outside CI).</summary>
    public static void EnsureInstalled() => Assert.True(IsInstalled, MissingReason);
}

/// <summary>A fact that needs Chromium: skipped with the reason when it is missing, except under CI=true, where it runs and fails.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!Chromium.IsInstalled && !Chromium.IsRequired) Skip = Chromium.MissingReason;
    }
}
