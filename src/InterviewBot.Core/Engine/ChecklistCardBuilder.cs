using System.Globalization;
using InterviewBot.Core.Playbooks;

namespace InterviewBot.Core.Engine;

/// <summary>What a checklist card is built from; <paramref name="Stories"/> is the viewer's brag list, newest first (the candidate's call card shows it).</summary>
public sealed record ChecklistContext(Interview Interview, Person Viewer, Playbook Playbook, PlaybookPhase Phase, RoleBrief? Brief, IReadOnlyList<Story>? Stories = null)
{
    /// <summary>E-mail is set up here (SMTP, or the local page's Outbox): the recruiter's drafts get <i>Send by e-mail</i>.</summary>
    public bool CanEmail { get; init; }
}

/// <summary>Builds the checklist card of one phase for one participant. Pure: same input, same card.</summary>
public static class ChecklistCardBuilder
{
    /// <summary>At most this many "Plan: …" buttons from the prep notes, so the action bar stays readable.</summary>
    private const int AsksOffered = 3;

    public static ChecklistView Build(Interview interview, Person viewer, Playbook playbook, PlaybookPhase phase, RoleBrief? brief, string? notice = null) =>
        Build(new ChecklistContext(interview, viewer, playbook, phase, brief), notice);

    public static ChecklistView Build(ChecklistContext context, string? notice = null)
    {
        var (interview, viewer, playbook, phase, brief, _) = context;
        var placeholders = Placeholders(interview, viewer);
        var items = phase.Steps.Select(step => StepItemBuilder.Build(context, step, placeholders)).ToList();
        var id = interview.Id.ToString();

        var buttons = new List<ActionButton>();
        foreach (var other in playbook.Phases.Where(p => p.Id != phase.Id))
            buttons.Add(ActionButton.For(other.Title, Verbs.ShowPhase, false, (Verbs.KeyInterview, id), (Verbs.KeyPhase, other.Id)));
        // The recruiter hands the call to a colleague from its first card, where the action bar has room.
        if (playbook.Audience == Audience.Recruiter && phase.Id == playbook.Phases[0].Id && interview.Recruiter.PersonId == viewer.Id && interview.IsOpen)
            buttons.Add(ActionButton.For("Hand over", Verbs.ShowHandOver, false, (Verbs.KeyInterview, id)));
        if (playbook.Audience == Audience.Recruiter && phase.Id == "during")
        {
            foreach (var ask in PrepSections.UnplannedAsks(context).Take(AsksOffered))
                buttons.Add(ActionButton.For($"Plan: {HelpCards.Shorten(ask, 60)}", Verbs.PlanFromNote, false, (Verbs.KeyInterview, id), (Verbs.KeyQuestion, ask)));
        }
        if (playbook.Audience == Audience.Recruiter && phase.Id == "after")
        {
            if (AskLabel(interview) is { } ask) buttons.Add(ActionButton.For(ask, FollowUp.DecisionVerbs.Ask, false, (Verbs.KeyInterview, id)));
            foreach (var next in InterviewLifecycle.NextFrom(interview.Status))
                buttons.Add(ActionButton.For(StatusLabel(next), Verbs.SetStatus, false, (Verbs.KeyInterview, id), (Verbs.KeyStatus, next.ToString())));
            // Only whoever created the record may delete it (the engine checks again when it is tapped).
            if (interview.OwnerId == viewer.Id) buttons.Add(ActionButton.For("Delete interview", Verbs.DeleteInterview, false, (Verbs.KeyInterview, id)));
        }

        return new ChecklistView(
            $"{phase.Title}: {Headline(interview, viewer)}",
            $"{Describe.When(interview, viewer)} · {interview.Status.Describe()}.{(CandidateSide.Promise(interview, viewer) is { } promise ? $" {promise}." : "")} {phase.Intro}",
            items.Count(i => i.Done),
            items.Count,
            items,
            buttons,
            phase.Id switch
            {
                "during" => CallFacts(interview, viewer, playbook, brief),
                "after" => BudgetFacts.For(interview, viewer, playbook, brief).ToList() is { Count: > 0 } flag ? flag : null,
                _ => null,
            },
            phase.Id switch { "during" => PrepSections.ForCall(context), "after" => PrepSections.ForAfter(context), _ => null },
            notice);
    }

    /// <summary>
    /// "Ask Sam for a decision" once the call is over and a hiring manager is named, until it is decided;
    /// "Ask Sam again" while their answer is awaited or they asked for more time.
    /// </summary>
    private static string? AskLabel(Interview interview)
    {
        if (interview.HiringManager is not { } manager || interview.Status is not (InterviewStatus.Held or InterviewStatus.DecisionPending)) return null;
        if (interview.Status == InterviewStatus.Held && interview.ManagerAnswer is HiringAnswer.NextRound or HiringAnswer.NotAFit && !interview.AwaitsManager) return null;
        return interview.AwaitsManager || interview.ManagerAnswer == HiringAnswer.NeedsTime ? $"Ask {manager.FirstName} again" : $"Ask {manager.FirstName} for a decision";
    }

    public static string Headline(Interview interview, Person viewer) =>
        interview.SideOf(viewer.Id) == Audience.Candidate
            ? $"{interview.Role} at {interview.Company ?? "the company"}"
            : $"{interview.Candidate.Name} – {interview.Role}";

    /// <summary>Values for the placeholders in links and drafts, as <paramref name="viewer"/> would write them.</summary>
    public static Dictionary<string, string?> Placeholders(Interview interview, Person viewer)
    {
        var callNotes = interview.NotesBy(viewer.Id).Where(n => n.StepId == "take-notes").Select(n => n.Text).ToList();
        return new Dictionary<string, string?>
        {
            ["candidate"] = interview.Candidate.Name,
            ["recruiter"] = interview.Recruiter.Name,
            ["candidateFirst"] = PersonNames.FirstName(interview.Candidate.Name),
            ["recruiterFirst"] = PersonNames.FirstName(interview.Recruiter.Name),
            ["company"] = interview.Company,
            ["role"] = interview.Role,
            ["callDate"] = Zones.ToLocal(interview.StartUtc, viewer.TimeZoneId).ToString("dddd d MMMM", CultureInfo.InvariantCulture),
            ["feedbackDate"] = interview.FeedbackDueDate?.ToString("dddd d MMMM", CultureInfo.InvariantCulture),
            ["me"] = viewer.DisplayName,
            [DraftWriter.CallNotes] = callNotes.Count == 0 ? null : string.Join('\n', callNotes),
        };
    }

    private static List<Fact> CallFacts(Interview interview, Person viewer, Playbook playbook, RoleBrief? brief)
    {
        var facts = new List<Fact> { new(interview.SideOf(viewer.Id) == Audience.Candidate ? "Interviewer" : "Candidate", interview.CounterpartName(viewer.Id)) };
        if (playbook.Audience == Audience.Recruiter)
        {
            var briefStep = playbook.Steps.FirstOrDefault(s => s.Store == StepStore.RoleBrief);
            if (briefStep is not null && brief is not null)
                facts.AddRange(briefStep.Fields.Where(f => brief[f.Id] is not null).Select(f => new Fact(f.Label, brief[f.Id]!)));
            facts.AddRange(BudgetFacts.For(interview, viewer, playbook, brief));
        }
        else
        {
            var number = interview.FindEntry(viewer.Id, "salary-number")?.Value;
            if (number is not null) facts.Add(new Fact("My number", number));
        }
        if (interview.FeedbackDueDate is { } due)
            facts.Add(new Fact("Feedback promised by", due.ToString("ddd d MMM", CultureInfo.InvariantCulture)));
        return facts;
    }

    private static string StatusLabel(InterviewStatus status) => status switch
    {
        InterviewStatus.Held => "Call held",
        InterviewStatus.DecisionPending => "Decision pending",
        InterviewStatus.FeedbackSent => "Feedback sent",
        InterviewStatus.Closed => "Close",
        InterviewStatus.Cancelled => "Cancelled",
        InterviewStatus.NoShow => "No-show",
        InterviewStatus.Scheduled => "Back to scheduled",
        _ => status.ToString(),
    };
}
