using InterviewBot.Core.Domain;
using InterviewBot.Core.Playbooks;
using InterviewBot.Core.Ports;

namespace InterviewBot.Core.Engine;

/// <summary>
/// Working through a playbook: showing a phase, ticking steps, saving answers from the card or
/// from chat, and moving the interview through its lifecycle.
/// </summary>
public sealed class ChecklistFlow(IInterviews interviews, IRoleBriefs briefs, ISessions sessions, PlaybookCatalog playbooks)
{
    public async Task ShowNewAsync(Turn turn, Interview interview, Session session, CancellationToken ct) =>
        turn.Show(await CardAsync(turn, interview, session.PhaseId, null, ct));

    /// <summary>"before" / "during" / "after" / "checklist" typed in chat: the current interview's card.</summary>
    public async Task ShowActiveAsync(Turn turn, string phaseId, CancellationToken ct)
    {
        var interview = await ActiveAsync(turn, ct);
        if (interview is null) return;
        var session = await SessionAsync(turn, interview, ct);
        var phase = Playbook(interview, turn.Person).FindPhase(phaseId.Length == 0 ? session.PhaseId : phaseId);
        session.GoTo(phase?.Id ?? session.PhaseId, turn.NowUtc);
        turn.Show(await CardAsync(turn, interview, session.PhaseId, null, ct));
    }

    public async Task OpenAsync(Turn turn, CancellationToken ct)
    {
        var interview = await LoadAsync(turn, turn.Submit?.GuidValue(Verbs.KeyInterview), ct);
        await OpenAsync(turn, interview, ct);
    }

    public async Task OpenAsync(Turn turn, Interview interview, CancellationToken ct)
    {
        turn.Person.ActiveInterviewId = interview.Id;
        var session = await SessionAsync(turn, interview, ct);
        session.StopAwaiting(turn.NowUtc);
        turn.Show(await CardAsync(turn, interview, session.PhaseId, null, ct));
    }

    public async Task ShowPhaseAsync(Turn turn, CancellationToken ct)
    {
        var interview = await LoadAsync(turn, turn.Submit?.GuidValue(Verbs.KeyInterview), ct);
        var phase = Playbook(interview, turn.Person).FindPhase(turn.Submit?.Value(Verbs.KeyPhase))
            ?? throw new DomainException("I don't know that part of the playbook. Try before, during or after.");
        turn.Person.ActiveInterviewId = interview.Id;
        (await SessionAsync(turn, interview, ct)).GoTo(phase.Id, turn.NowUtc);
        turn.ShowInPlace(await CardAsync(turn, interview, phase.Id, null, ct));
    }

    public async Task ToggleAsync(Turn turn, CancellationToken ct)
    {
        var (interview, step) = await LoadStepAsync(turn, ct);
        var entry = interview.Entry(turn.Person.Id, step.Id);
        entry.Mark(!entry.Done, turn.NowUtc);
        await ShowStepPhaseAsync(turn, interview, step, null, ct);
    }

    public async Task SaveAsync(Turn turn, CancellationToken ct)
    {
        var (interview, step) = await LoadStepAsync(turn, ct);
        var values = step.Action == StepAction.Draft
            ? new Dictionary<string, string> { ["draft"] = turn.Submit!.Value(Verbs.StepInput(step.Id, "draft")) ?? "" }
            : step.Fields.ToDictionary(f => f.Id, f => turn.Submit!.Value(Verbs.StepInput(step.Id, f.Id)) ?? "");
        var notice = await StoreAsync(turn, interview, step, values, appendLines: false, ct);
        await ShowStepPhaseAsync(turn, interview, step, notice, ct);
    }

    /// <summary>"Answer in chat": the next message the person types fills this step.</summary>
    public async Task AwaitAnswerAsync(Turn turn, CancellationToken ct)
    {
        var (interview, step) = await LoadStepAsync(turn, ct);
        if (!step.TakesText) throw new DomainException("That step needs the card – it has more than one box to fill.");
        turn.Person.ActiveInterviewId = interview.Id;
        var playbook = Playbook(interview, turn.Person);
        (await SessionAsync(turn, interview, ct)).Await(step.Id, playbook.PhaseOf(step).Id, turn.NowUtc);
        var hint = step.Action == StepAction.List ? " One item per line." : "";
        turn.Say($"Go ahead: send me your answer for **{step.Title}** as a message.{hint} Type *cancel* to stop.");
    }

    /// <summary>Takes free text as the answer the session is waiting for. False when nothing is waiting.</summary>
    public async Task<bool> TryTakeAnswerAsync(Turn turn, string text, CancellationToken ct)
    {
        if (turn.Person.ActiveInterviewId is not { } activeId) return false;
        var interview = await interviews.FindAsync(turn.Workspace.Id, activeId, ct);
        if (interview is null || !interview.IsParticipant(turn.Person.Id)) return false;
        var session = await sessions.FindAsync(turn.Person.Id, interview.Id, ct);
        if (session?.AwaitingStepId is not { } stepId) return false;
        var step = Playbook(interview, turn.Person).FindStep(stepId);
        if (step is null || !step.TakesText)
        {
            session.StopAwaiting(turn.NowUtc);
            return false;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            turn.Say($"That was empty. Send your answer for **{step.Title}**, or type *cancel*.");
            return true;
        }

        var notice = await StoreAsync(turn, interview, step, new Dictionary<string, string> { [step.Fields[0].Id] = text }, appendLines: true, ct);
        session.StopAwaiting(turn.NowUtc);
        turn.Show(await CardAsync(turn, interview, session.PhaseId, null, ct), notice ?? $"Saved to **{step.Title}** ✓");
        return true;
    }

    public async Task AddNoteAsync(Turn turn, string text, CancellationToken ct)
    {
        var interview = await ActiveAsync(turn, ct);
        if (interview is null) return;
        interview.AddNote(turn.Person.Id, "take-notes", text, turn.NowUtc);
        interview.Entry(turn.Person.Id, "take-notes").Mark(true, turn.NowUtc);
        turn.Say($"Note added to {ChecklistCardBuilder.Headline(interview, turn.Person)} ✓");
    }

    public async Task SetStatusAsync(Turn turn, CancellationToken ct)
    {
        var interview = await LoadAsync(turn, turn.Submit?.GuidValue(Verbs.KeyInterview), ct);
        if (interview.SideOf(turn.Person.Id) != Audience.Recruiter)
            throw new DomainException("Only the recruiter on this interview can change its status.");
        if (!InterviewLifecycle.TryParse(turn.Submit?.Value(Verbs.KeyStatus), out var status))
            throw new DomainException("I don't know that status.");
        interview.MoveTo(status, turn.NowUtc);
        turn.ShowInPlace(await CardAsync(turn, interview, "after", $"Marked as {status.Describe()} ✓", ct));
    }

    public async Task StopAwaitingAsync(Person person, DateTime nowUtc, CancellationToken ct)
    {
        if (person.ActiveInterviewId is not { } activeId) return;
        var session = await sessions.FindAsync(person.Id, activeId, ct);
        if (session?.AwaitingStepId is not null) session.StopAwaiting(nowUtc);
    }

    private async Task<string?> StoreAsync(Turn turn, Interview interview, PlaybookStep step,
        IReadOnlyDictionary<string, string> values, bool appendLines, CancellationToken ct)
    {
        var entry = interview.Entry(turn.Person.Id, step.Id);
        var now = turn.NowUtc;
        switch (step.Store)
        {
            case StepStore.Notes:
                var text = values.Values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
                if (text is null) return "Nothing to save – the box was empty.";
                interview.AddNote(turn.Person.Id, step.Id, text, now);
                entry.Mark(true, now);
                return "Note saved ✓";

            case StepStore.Questions:
                var lines = values.Values.First().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
                if (appendLines) lines = interview.QuestionsBy(turn.Person.Id).Select(q => q.Format()).Concat(lines);
                var list = lines.ToList();
                interview.ReplaceQuestions(turn.Person.Id, list, now);
                entry.Mark(list.Count > 0, now);
                return list.Count == 1 ? "1 question saved ✓" : $"{list.Count} questions saved ✓";

            case StepStore.RoleBrief:
                var brief = await BriefAsync(turn, interview, create: true, ct);
                brief!.SetAll(values, now);
                entry.Mark(brief!.Fields.Count > 0, now);
                return $"Role brief for {interview.Role} saved ✓ – it will show on every call for this role.";

            case StepStore.FeedbackDate:
                var date = values.GetValueOrDefault("date");
                if (!string.IsNullOrWhiteSpace(date))
                {
                    if (!DateOnly.TryParse(date, System.Globalization.CultureInfo.InvariantCulture, out var promised))
                        throw new DomainException($"\"{date}\" is not a date. Use the date picker.");
                    interview.PromiseFeedbackBy(promised, now);
                }
                // Both boxes are kept on the entry; a promised date alone is enough to count as done.
                entry.Save(StepAnswers.Write(step, values), now);
                if (interview.FeedbackDueDate is not null && !entry.Done) entry.Mark(true, now);
                return interview.FeedbackDueDate is { } due ? $"Feedback promised by {due:ddd d MMM} ✓" : "Saved ✓";

            default:
                if (step.Action == StepAction.Draft)
                {
                    entry.Keep(values.GetValueOrDefault("draft"), now);
                    return "Draft saved ✓";
                }
                var stored = StepAnswers.Write(step, values);
                var tooLong = values.Values.FirstOrDefault(v => v.Length > Note.MaxLength);
                if (tooLong is not null) throw new DomainException($"Answers can be up to {Note.MaxLength} characters; that one has {tooLong.Length}.");
                entry.Save(stored, now);
                return stored is null ? "Cleared." : "Saved ✓";
        }
    }

    private async Task ShowStepPhaseAsync(Turn turn, Interview interview, PlaybookStep step, string? notice, CancellationToken ct)
    {
        var phaseId = Playbook(interview, turn.Person).PhaseOf(step).Id;
        turn.Person.ActiveInterviewId = interview.Id;
        (await SessionAsync(turn, interview, ct)).GoTo(phaseId, turn.NowUtc);
        turn.ShowInPlace(await CardAsync(turn, interview, phaseId, notice, ct));
    }

    private async Task<Views.ChecklistView> CardAsync(Turn turn, Interview interview, string phaseId, string? notice, CancellationToken ct)
    {
        var playbook = Playbook(interview, turn.Person);
        var phase = playbook.FindPhase(phaseId) ?? playbook.Phases[0];
        var brief = playbook.Audience == Audience.Recruiter ? await BriefAsync(turn, interview, create: false, ct) : null;
        return ChecklistCardBuilder.Build(interview, turn.Person, playbook, phase, brief, notice);
    }

    private async Task<RoleBrief?> BriefAsync(Turn turn, Interview interview, bool create, CancellationToken ct)
    {
        var brief = await briefs.FindAsync(turn.Workspace.Id, RoleBrief.KeyOf(interview.Role), ct);
        if (brief is null && create)
        {
            brief = new RoleBrief(turn.Workspace.Id, interview.Role, turn.NowUtc);
            briefs.Add(brief);
        }
        return brief;
    }

    private Playbook Playbook(Interview interview, Person person) =>
        playbooks.For(interview.SideOf(person.Id) ?? Audience.Recruiter);

    private async Task<Session> SessionAsync(Turn turn, Interview interview, CancellationToken ct)
    {
        var session = await sessions.FindAsync(turn.Person.Id, interview.Id, ct);
        if (session is null)
        {
            session = new Session(turn.Person.Id, interview.Id, Playbook(interview, turn.Person).Phases[0].Id, turn.NowUtc);
            sessions.Add(session);
        }
        return session;
    }

    private async Task<Interview?> ActiveAsync(Turn turn, CancellationToken ct)
    {
        var interview = turn.Person.ActiveInterviewId is { } id ? await interviews.FindAsync(turn.Workspace.Id, id, ct) : null;
        if (interview is not null && interview.IsParticipant(turn.Person.Id)) return interview;
        turn.Show(HelpCards.Help(turn.Person), "You have no current interview yet. Book one with *new interview*, prepare for one with *prep*, or pick one from *my interviews*.");
        return null;
    }

    private async Task<Interview> LoadAsync(Turn turn, Guid? interviewId, CancellationToken ct)
    {
        var interview = interviewId is { } id ? await interviews.FindAsync(turn.Workspace.Id, id, ct) : null;
        if (interview is null) throw new DomainException("I can't find that interview any more. Type *my interviews* to see yours.");
        if (!interview.IsParticipant(turn.Person.Id)) throw new DomainException("That card belongs to an interview you are not part of, so I left it unchanged.");
        return interview;
    }

    private async Task<(Interview, PlaybookStep)> LoadStepAsync(Turn turn, CancellationToken ct)
    {
        var interview = await LoadAsync(turn, turn.Submit?.GuidValue(Verbs.KeyInterview), ct);
        var step = Playbook(interview, turn.Person).FindStep(turn.Submit?.Value(Verbs.KeyStep))
            ?? throw new DomainException("That step is no longer in the playbook. Type *checklist* for the current one.");
        return (interview, step);
    }
}
