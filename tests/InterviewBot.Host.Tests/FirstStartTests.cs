namespace InterviewBot.Host.Tests;

/// <summary>What a newcomer meets when starting the host: the settings sample works as copied, and a bad setting is one plain line.</summary>
public sealed class FirstStartTests
{
    [Fact]
    public async Task The_settings_sample_copied_as_appsettings_json_starts_the_host()
    {
        using var workDir = new TempFolder();
        File.Copy(Path.Combine(RepoRoot.Path, "appsettings.sample.json"), Path.Combine(workDir.Path, "appsettings.json"));

        await using var host = await HostProcess.StartAsync(new() { Folder = workDir });

        Assert.True(await host.IsHealthyAsync(), "/healthz answers 200");
    }

    [Fact]
    public async Task A_bad_setting_stops_startup_with_one_plain_line_naming_it_and_no_stack_trace()
    {
        using var workDir = new TempFolder();
        await using var host = HostProcess.Start(new()
        {
            Folder = workDir,
            Settings = new Dictionary<string, string> { ["Api:Keys:0:Key"] = "CHANGE-ME", ["Api:Keys:0:Platform"] = "botframework", ["Api:Keys:0:Tenant"] = "local" },
        });

        var exitCode = await host.WaitForExitAsync();

        Assert.NotEqual(0, exitCode);
        var lines = host.Lines.Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        var line = Assert.Single(lines);
        Assert.Contains("Api:Keys:0:Key", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", line, StringComparison.Ordinal);
    }
}
