using InterviewBot.Core.Mail;
using InterviewBot.Core.Playbooks;

namespace InterviewBot.Core.Tests;

/// <summary>
/// <i>Send by e-mail</i> is offered on the recruiter's drafts to the candidate (feedback, the holding message) only
/// where e-mail is set up; never to the candidate, never on other steps.
/// </summary>
public sealed class MailButtonTests
{
    private static readonly Playbook Recruiter = PlaybookCatalog.Default.Recruiter;
    private readonly Person _recruiter = Samples.Person("Rita Recruiter");

    private ChecklistView After(bool canEmail) =>
        ChecklistCardBuilder.Build(new ChecklistContext(Samples.Screen(_recruiter), _recruiter, Recruiter, Recruiter.FindPhase("after")!, null) { CanEmail = canEmail });

    [Fact]
    public void With_email_set_up_the_recruiters_drafts_offer_send_by_email_and_nothing_else_does()
    {
        var offering = After(canEmail: true).Items.Where(i => i.Buttons.Any(b => b.Verb == MailVerbs.Compose)).Select(i => i.StepId);

        Assert.Equal(["send-feedback", "keep-in-the-loop"], offering);
    }

    [Fact]
    public void Without_email_no_step_offers_it()
    {
        Assert.DoesNotContain(After(canEmail: false).Items.SelectMany(i => i.Buttons), b => b.Verb == MailVerbs.Compose);
    }

    [Fact]
    public void The_button_names_the_interview_and_the_step_whose_draft_goes()
    {
        var card = After(canEmail: true);

        var button = Assert.Single(card.Items.Single(i => i.StepId == "keep-in-the-loop").Buttons, b => b.Verb == MailVerbs.Compose);

        Assert.Equal("Send by e-mail", button.Label);
        Assert.Equal("keep-in-the-loop", button.Data![Engine.Verbs.KeyStep]);
    }
}
