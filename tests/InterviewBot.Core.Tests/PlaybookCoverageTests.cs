using InterviewBot.Core.Playbooks;

namespace InterviewBot.Core.Tests;

/// <summary>Every playbook step gives the user something to do or get, and the coverage table says what.</summary>
public sealed class PlaybookCoverageTests
{
    public static TheoryData<string, string> Steps()
    {
        var data = new TheoryData<string, string>();
        foreach (var playbook in PlaybookCatalog.Default.All)
            foreach (var step in playbook.Steps) data.Add(playbook.Id, step.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public void Every_step_has_an_action_beyond_reading(string playbookId, string stepId)
    {
        var step = PlaybookCatalog.Default.All.Single(p => p.Id == playbookId).FindStep(stepId)!;

        var gives = step.Fields.Count > 0 || step.Links.Count > 0 || step.Drafts.Count > 0
            || step.Coach != StepCoach.None || step.Store == StepStore.Intents || step.Nudge is not null;

        Assert.True(gives, $"{playbookId}/{stepId} only asks to be ticked off: give it an input, links, a draft, a coach or a nudge.");
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public void Every_step_is_in_the_coverage_table(string playbookId, string stepId)
    {
        var table = File.ReadAllText(Path.Combine(RepoRootPath(), "docs", "coverage.md"));

        Assert.True(table.Contains($"(`{stepId}`)", StringComparison.Ordinal), $"docs/coverage.md does not mention {playbookId}/{stepId}");
    }

    [Fact]
    public void The_playbooks_hold_the_22_steps_of_the_brief()
    {
        Assert.Equal(22, PlaybookCatalog.Default.All.Sum(p => p.Steps.Count()));
    }

    private static string RepoRootPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "InterviewBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("InterviewBot.sln not found");
    }
}
