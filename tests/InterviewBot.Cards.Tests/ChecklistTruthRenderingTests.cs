using InterviewBot.Core.Domain;
using InterviewBot.Core.Engine;

namespace InterviewBot.Cards.Tests;

/// <summary>
/// Teams and Slack show the same truth about a checklist: a half-filled role brief or a closed
/// planned question leaves its step open, and the progress count says so in both renderings.
/// </summary>
public class ChecklistTruthRenderingTests
{
    private readonly Samples _samples = new Samples().WithProgress();

    private (List<string?> Adaptive, List<string> Slack) Rendered(string phaseId, RoleBrief? brief)
    {
        var playbook = Samples.Playbooks.Recruiter;
        var view = ChecklistCardBuilder.Build(_samples.RecruiterInterview, _samples.Recruiter, playbook, playbook.FindPhase(phaseId)!, brief);
        var adaptive = CardJson.OfType(AdaptiveCardRenderer.Render(view, Samples.CardId), "TextBlock").Select(t => (string?)t["text"]).ToList();
        var slack = BlockKitJson.Texts(BlockKitRenderer.RenderMessage(view, Samples.CardId));
        return (adaptive, slack);
    }

    [Fact]
    public void A_brief_with_the_product_and_salary_but_not_the_daily_work_leaves_the_vacancy_open_in_both()
    {
        var brief = new RoleBrief(_samples.Workspace.Id, "Backend engineer", Samples.Now);
        brief.Set("product", "Payments platform", Samples.Now);
        brief.Set("salary", "85,000–95,000 EUR", Samples.Now);

        var (adaptive, slack) = Rendered("before", brief);

        Assert.Contains("○ Know the vacancy in depth", adaptive);
        Assert.Contains(adaptive, t => t!.EndsWith("**1/3 done**", StringComparison.Ordinal));
        Assert.Contains(slack, t => t.Contains("○ *Know the vacancy in depth*", StringComparison.Ordinal));
        Assert.Contains(slack, t => t.EndsWith("*1/3 done*", StringComparison.Ordinal));
    }

    [Fact]
    public void A_closed_planned_question_leaves_ask_open_questions_open_in_both()
    {
        _samples.RecruiterInterview.ReplaceQuestions(_samples.Recruiter.Id, ["Did you work with Kafka?", "What would you change in your last team?"], Samples.Now);

        var (adaptive, slack) = Rendered("during", null);

        Assert.Contains("○ Ask open questions", adaptive);
        Assert.Contains(adaptive, t => t!.EndsWith("**1/7 done**", StringComparison.Ordinal));
        Assert.Contains(slack, t => t.Contains("○ *Ask open questions*", StringComparison.Ordinal));
        Assert.Contains(slack, t => t.EndsWith("*1/7 done*", StringComparison.Ordinal));
    }
}
