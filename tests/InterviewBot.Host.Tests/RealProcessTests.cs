namespace InterviewBot.Host.Tests;

/// <summary>The built host as a real process, started the way a newcomer starts it: no settings at all.</summary>
public sealed class RealProcessTests
{
    [Fact]
    public async Task With_no_settings_the_host_creates_its_SQLite_file_and_answers_healthz()
    {
        using var workDir = new TempFolder();

        // Starting waits for /healthz to answer 200 (and fails the test with the host's output if it does not).
        await using var host = await HostProcess.StartAsync(new() { Folder = workDir });

        Assert.True(await host.IsHealthyAsync(), "/healthz answers 200");
        Assert.True(File.Exists(Path.Combine(workDir.Path, "data", "interviewbot.db")), "the SQLite file is created under ./data");
    }
}
