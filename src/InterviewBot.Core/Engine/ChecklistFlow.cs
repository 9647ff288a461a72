using InterviewBot.Core.Coaching;
using InterviewBot.Core.Playbooks;

namespace InterviewBot.Core.Engine;

/// <summary>
/// Working through a playbook on its cards: showing a phase, ticking steps, saving answers,
/// taking a question coach's rewrite, and moving the interview through its lifecycle.
/// </summary>
public sealed class ChecklistFlow(InterviewAccess access, StepStorage storage, FollowUp.HomeRefresh homes)
{
    private static readonly QuestionCoach Questions = new();

    public async Task ShowNewAsync(Turn turn, Interview interview, Session session, CancellationToken ct) =>
        turn.Show(await access.CardAsync(turn, interview, session.PhaseId, null, ct));

    /// <summary>"before" / "during" / "after" / "checklist" typed in chat: the current interview's card.</summary>
    public async Task ShowActiveAsync(Turn turn, string phaseId, CancellationToken ct)
    {
        var interview = await access.ActiveAsync(turn, ct);
        if (interview is null) return;
        var session = await access.SessionAsync(turn, interview, ct);
        var phase = access.Playbook(interview, turn.Person).FindPhase(phaseId.Length == 0 ? session.PhaseId : phaseId);
        session.GoTo(phase?.Id ?? session.PhaseId, turn.NowUtc);
        turn.Show(await access.CardAsync(turn, interview, session.PhaseId, null, ct));
    }

    public async Task OpenAsync(Turn turn, CancellationToken ct) => await OpenAsync(turn, await access.LoadFromCardAsync(turn, ct), ct);

    public async Task OpenAsync(Turn turn, Interview interview, CancellationToken ct)
    {
        turn.Person.ActiveInterviewId = interview.Id;
        var session = await access.SessionAsync(turn, interview, ct);
        session.StopAwaiting(turn.NowUtc);
        turn.Show(await access.CardAsync(turn, interview, session.PhaseId, null, ct));
    }

    public async Task ShowPhaseAsync(Turn turn, CancellationToken ct)
    {
        var interview = await access.LoadFromCardAsync(turn, ct);
        var phase = access.Playbook(interview, turn.Person).FindPhase(turn.Submit?.Value(Verbs.KeyPhase))
            ?? throw new DomainException("I don't know that part of the playbook. Try before, during or after.");
        turn.Person.ActiveInterviewId = interview.Id;
        (await access.SessionAsync(turn, interview, ct)).GoTo(phase.Id, turn.NowUtc);
        turn.ShowInPlace(await access.CardAsync(turn, interview, phase.Id, null, ct));
    }

    public async Task ToggleAsync(Turn turn, CancellationToken ct)
    {
        var (interview, step) = await access.LoadStepAsync(turn, ct);
        var entry = interview.Entry(turn.Person.Id, step.Id);
        entry.Mark(!entry.Done, turn.NowUtc);
        var notice = entry.Done ? ApplyEffect(turn, interview, step) : null;
        await access.ShowStepPhaseAsync(turn, interview, step, notice, ct);
    }

    public async Task SaveAsync(Turn turn, CancellationToken ct)
    {
        var (interview, step) = await access.LoadStepAsync(turn, ct);
        var prefix = $"step.{step.Id}.";
        var values = turn.Submit!.Values
            .Where(v => v.Key.StartsWith(prefix, StringComparison.Ordinal))
            .ToDictionary(v => v.Key[prefix.Length..], v => v.Value);
        foreach (var field in step.Fields) values.TryAdd(field.Id, "");
        var notice = await storage.StoreAsync(turn, interview, step, values, appendLines: false, ct);
        await access.ShowStepPhaseAsync(turn, interview, step, notice, ct);
    }

    /// <summary>Replaces a closed planned question with the coach's open rewrite, keeping its intent.</summary>
    public async Task RewriteQuestionAsync(Turn turn, CancellationToken ct)
    {
        var interview = await access.LoadFromCardAsync(turn, ct);
        var questions = interview.QuestionsBy(turn.Person.Id).ToList();
        if (!int.TryParse(turn.Submit?.Value(Verbs.KeyIndex), System.Globalization.CultureInfo.InvariantCulture, out var index) || index < 0 || index >= questions.Count)
            throw new DomainException("That question has changed since the card was made. Here is the current list.");
        var assessment = Questions.Assess(questions[index].Text);
        var notice = "That one is already open.";
        if (assessment is { IsClosed: true, Suggestion: { } rewrite })
        {
            questions[index].Reword(rewrite);
            notice = $"Question {index + 1} rewritten ✓";
        }
        var step = access.Playbook(interview, turn.Person).Steps.First(s => s.Coach == StepCoach.QuestionCoach);
        await access.ShowStepPhaseAsync(turn, interview, step, notice, ct);
    }

    /// <summary>
    /// Adds the question a prep note asks for ("gap – ask why") to the planned questions, as the card
    /// offered it; a note that changed since the card was made is not guessed at.
    /// </summary>
    public async Task PlanFromNoteAsync(Turn turn, CancellationToken ct)
    {
        var interview = await access.LoadFromCardAsync(turn, ct);
        var playbook = access.Playbook(interview, turn.Person);
        var step = playbook.Steps.First(s => s.Coach == StepCoach.QuestionCoach);
        var question = turn.Submit?.Value(Verbs.KeyQuestion);
        // The asks are read from the person's own notes and answers: the role brief plays no part.
        var context = new ChecklistContext(interview, turn.Person, playbook, playbook.PhaseOf(step), Brief: null);
        if (question is null || !PrepSections.UnplannedAsks(context).Contains(question))
        {
            await access.ShowStepPhaseAsync(turn, interview, step, "That note has changed or is planned already – here is the current list.", ct);
            return;
        }
        interview.AppendQuestions(turn.Person.Id, [$"{question} -> from my prep notes"], turn.NowUtc);
        interview.Entry(turn.Person.Id, step.Id).Mark(true, turn.NowUtc);
        await access.ShowStepPhaseAsync(turn, interview, step, $"Added to your planned questions ✓ \"{HelpCards.Shorten(question, 80)}\"", ct);
    }

    public async Task AddNoteAsync(Turn turn, string text, CancellationToken ct)
    {
        var interview = await access.ActiveAsync(turn, ct);
        if (interview is null) return;
        interview.AddNote(turn.Person.Id, "take-notes", text, turn.NowUtc);
        interview.Entry(turn.Person.Id, "take-notes").Mark(true, turn.NowUtc);
        turn.Say($"Note added to {ChecklistCardBuilder.Headline(interview, turn.Person)} ✓");
    }

    public async Task SetStatusAsync(Turn turn, CancellationToken ct)
    {
        var interview = await access.LoadFromCardAsync(turn, ct);
        if (interview.SideOf(turn.Person.Id) != Audience.Recruiter)
            throw new DomainException("Only the recruiter on this interview can change its status.");
        if (!InterviewLifecycle.TryParse(turn.Submit?.Value(Verbs.KeyStatus), out var status))
            throw new DomainException("I don't know that status.");
        interview.MoveTo(status, turn.NowUtc);
        homes.Changed(interview);
        turn.ShowInPlace(await access.CardAsync(turn, interview, "after", $"Marked as {status.Describe()} ✓", ct));
    }

    /// <summary>Marking "feedback sent" or a holding message sent also moves the interview on.</summary>
    private string? ApplyEffect(Turn turn, Interview interview, PlaybookStep step)
    {
        var target = step.Effect switch
        {
            StepEffect.FeedbackSent => InterviewStatus.FeedbackSent,
            StepEffect.DecisionPending => InterviewStatus.DecisionPending,
            _ => (InterviewStatus?)null,
        };
        if (target is not { } status || interview.SideOf(turn.Person.Id) != Audience.Recruiter) return null;
        if (!interview.Advance(status, turn.NowUtc)) return null;
        homes.Changed(interview);
        return $"Interview marked as {status.Describe()} ✓";
    }
}
