using System.Text.RegularExpressions;
using InterviewBot.Core.Playbooks;

namespace InterviewBot.Core.Tests;

public partial class PlaybookCatalogTests
{
    private static readonly PlaybookCatalog Catalog = PlaybookCatalog.Default;

    public static TheoryData<string, string> AllSteps()
    {
        var data = new TheoryData<string, string>();
        foreach (var playbook in PlaybookCatalog.Default.All)
        {
            foreach (var step in playbook.Steps) data.Add(playbook.Id, step.Id);
        }
        return data;
    }

    private static PlaybookStep StepOf(string playbookId, string stepId) =>
        Catalog.All.Single(p => p.Id == playbookId).FindStep(stepId)!;

    [Fact]
    public void The_embedded_catalog_has_one_playbook_for_each_side_of_the_call()
    {
        Assert.Equal(Audience.Recruiter, Catalog.For(Audience.Recruiter).Audience);
        Assert.Equal(Audience.Candidate, Catalog.For(Audience.Candidate).Audience);
        Assert.NotEqual(Catalog.Recruiter.Id, Catalog.Candidate.Id);
        Assert.All(Catalog.All, p => Assert.False(string.IsNullOrWhiteSpace(p.Title)));
    }

    [Theory]
    [InlineData(Audience.Recruiter, 3, 7, 2)]
    [InlineData(Audience.Candidate, 4, 4, 2)]
    public void Each_playbook_has_the_steps_of_the_product_brief_before_during_and_after_the_call(
        Audience audience, int before, int during, int after)
    {
        var playbook = Catalog.For(audience);

        Assert.Equal(["before", "during", "after"], playbook.Phases.Select(p => p.Id));
        Assert.Equal([before, during, after], playbook.Phases.Select(p => p.Steps.Count));
        Assert.All(playbook.Phases, p => Assert.False(string.IsNullOrWhiteSpace(p.Title)));
    }

    [Fact]
    public void The_two_playbooks_hold_all_22_steps_of_the_product_brief() =>
        Assert.Equal(22, Catalog.All.Sum(p => p.Steps.Count()));

    [Theory]
    [MemberData(nameof(AllSteps))]
    public void Every_step_has_a_title_and_a_one_line_why(string playbookId, string stepId)
    {
        var step = StepOf(playbookId, stepId);

        Assert.False(string.IsNullOrWhiteSpace(step.Title));
        Assert.False(string.IsNullOrWhiteSpace(step.Why));
        Assert.DoesNotContain('\n', step.Why);
        Assert.True(Enum.IsDefined(step.Action));
    }

    [Theory]
    [MemberData(nameof(AllSteps))]
    public void Every_step_gives_the_person_something_to_do_in_the_chat(string playbookId, string stepId)
    {
        var step = StepOf(playbookId, stepId);

        switch (step.Action)
        {
            case StepAction.Text or StepAction.List when step.Store != StepStore.Intents:
                Assert.NotEmpty(step.Fields);
                break;
            case StepAction.Link:
                Assert.NotEmpty(step.Links);
                break;
            case StepAction.Draft:
                Assert.NotEmpty(step.Drafts);
                Assert.All(step.Drafts, d => Assert.False(string.IsNullOrWhiteSpace(d.Text)));
                break;
        }
        Assert.All(step.Fields, f => Assert.False(string.IsNullOrWhiteSpace(f.Label)));
        Assert.Equal(step.Fields.Count, step.Fields.Select(f => f.Id).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(AllSteps))]
    public void Every_link_opens_an_absolute_https_page_once_filled_in(string playbookId, string stepId)
    {
        var values = new Dictionary<string, string?> { ["candidate"] = "Zoë Müller", ["recruiter"] = "Sam Rivera", ["company"] = "Acme & Sons" };

        foreach (var link in StepOf(playbookId, stepId).Links)
        {
            Assert.False(string.IsNullOrWhiteSpace(link.Label));
            var url = TemplateText.Fill(link.Url, values, forUrl: true);
            Assert.True(Uri.TryCreate(url, UriKind.Absolute, out var uri), $"{stepId}: '{url}' is not an absolute URL");
            Assert.Equal(Uri.UriSchemeHttps, uri.Scheme);
        }
    }

    [Theory]
    [MemberData(nameof(AllSteps))]
    public void Every_placeholder_in_the_content_is_one_the_cards_can_fill(string playbookId, string stepId)
    {
        // A misspelt placeholder would reach the user as "[candiate]" in a draft or an empty search.
        var me = Samples.Person("Rita Recruiter");
        var step = StepOf(playbookId, stepId);
        // Besides the interview's own values, drafts may use the step's answers, and {recipient}, {topic}… when drafted per person.
        var known = ChecklistCardBuilder.Placeholders(Samples.Screen(me), me).Keys
            .Concat(step.Fields.Select(f => f.Id))
            .Concat(step.DraftPer is null ? [] : DraftWriter.PerRecipient).ToList();
        var texts = step.Links.SelectMany(l => new[] { l.Label, l.Url }).Append(step.Prompt ?? "").Concat(step.Drafts.Select(d => d.Text));

        var used = texts.SelectMany(t => Placeholder().Matches(t).SelectMany(m => m.Groups[1].Value.Split('|')));

        Assert.All(used, name => Assert.Contains(name, known));
    }

    [Fact]
    public void Step_ids_are_unique_within_each_playbook()
    {
        foreach (var playbook in Catalog.All)
        {
            var ids = playbook.Steps.Select(s => s.Id).ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [GeneratedRegex(@"\{([a-zA-Z|]+)\}")]
    private static partial Regex Placeholder();
}
