using InterviewBot.Core.Playbooks;
using static InterviewBot.Core.Views.Markup;

namespace InterviewBot.Core.Engine;

/// <summary>
/// Loads an interview for the person in the turn – only within their workspace and only if they
/// are on it – together with their session, playbook and the role brief, and builds its cards.
/// </summary>
public sealed class InterviewAccess(IInterviews interviews, IRoleBriefs briefs, ISessions sessions, IStories stories, PlaybookCatalog playbooks,
    Mail.MailOptions mail)
{
    public Playbook Playbook(Interview interview, Person person) =>
        playbooks.For(interview.SideOf(person.Id) ?? Audience.Recruiter);

    /// <summary>The interview named by a card's data; refuses politely when it is gone or not theirs.</summary>
    public async Task<Interview> LoadAsync(Turn turn, Guid? interviewId, CancellationToken ct)
    {
        var interview = interviewId is { } id ? await FindAsync(turn, id, ct) : null;
        if (interview is null) throw new DomainException($"I can't find that interview any more. Type {Italic("my interviews")} to see yours.");
        if (!interview.IsParticipant(turn.Person.Id)) throw new DomainException("That card belongs to an interview you are not part of, so I left it unchanged.");
        return interview;
    }

    public Task<Interview> LoadFromCardAsync(Turn turn, CancellationToken ct) =>
        LoadAsync(turn, turn.Submit?.GuidValue(Verbs.KeyInterview), ct);

    /// <summary>The interview and step a card button names.</summary>
    public async Task<(Interview Interview, PlaybookStep Step)> LoadStepAsync(Turn turn, CancellationToken ct)
    {
        var interview = await LoadFromCardAsync(turn, ct);
        var step = Playbook(interview, turn.Person).FindStep(turn.Submit?.Value(Verbs.KeyStep))
            ?? throw new DomainException($"That step is no longer in the playbook. Type {Italic("checklist")} for the current one.");
        return (interview, step);
    }

    /// <summary>The person's current interview, or null after telling them how to get one.</summary>
    public async Task<Interview?> ActiveAsync(Turn turn, CancellationToken ct)
    {
        var interview = await FindActiveAsync(turn, ct);
        if (interview is null)
            turn.Show(HelpCards.Help(turn.Person), $"You have no current interview yet. Book one with {Italic("new interview")}, prepare for one with {Italic("prep")}, or pick one from {Italic("my interviews")}.");
        return interview;
    }

    public async Task<Interview?> FindActiveAsync(Turn turn, CancellationToken ct)
    {
        var interview = turn.Person.ActiveInterviewId is { } id ? await FindAsync(turn, id, ct) : null;
        return interview is not null && interview.IsParticipant(turn.Person.Id) ? interview : null;
    }

    /// <summary>
    /// An interview of the turn's workspace, or one of another workspace the person joined as its candidate
    /// once its recruiter accepted them – the only way across the seal between workspaces. One lookup either way.
    /// </summary>
    private Task<Interview?> FindAsync(Turn turn, Guid interviewId, CancellationToken ct) =>
        interviews.FindReachableAsync(turn.Workspace.Id, turn.Person.Id, interviewId, ct);

    public async Task<Session> SessionAsync(Turn turn, Interview interview, CancellationToken ct)
    {
        var session = await sessions.FindAsync(turn.Person.Id, interview.Id, ct);
        if (session is null)
        {
            session = new Session(turn.Person.Id, interview.Id, Playbook(interview, turn.Person).Phases[0].Id, turn.NowUtc);
            sessions.Add(session);
        }
        return session;
    }

    public Task<Session?> FindSessionAsync(Person person, Guid interviewId, CancellationToken ct) => sessions.FindAsync(person.Id, interviewId, ct);

    public async Task<RoleBrief?> BriefAsync(Turn turn, Interview interview, bool create, CancellationToken ct)
    {
        var brief = await briefs.FindAsync(turn.Workspace.Id, RoleBrief.KeyOf(interview.Role), ct);
        if (brief is null && create)
        {
            brief = new RoleBrief(turn.Workspace.Id, interview.Role, turn.NowUtc);
            briefs.Add(brief);
        }
        return brief;
    }

    /// <summary>The checklist card of a phase, as this person sees it now.</summary>
    public async Task<ChecklistView> CardAsync(Turn turn, Interview interview, string phaseId, string? notice, CancellationToken ct)
    {
        var playbook = Playbook(interview, turn.Person);
        var phase = playbook.FindPhase(phaseId) ?? playbook.Phases[0];
        var brief = playbook.Audience == Audience.Recruiter ? await BriefAsync(turn, interview, create: false, ct) : null;
        // The candidate's stories go with them into the call.
        var bragList = playbook.Audience == Audience.Candidate && phase.Id == "during" ? await stories.ListAsync(turn.Workspace.Id, turn.Person.Id, ct) : null;
        return ChecklistCardBuilder.Build(new ChecklistContext(interview, turn.Person, playbook, phase, brief, bragList) { CanEmail = mail.CanSend }, notice);
    }

    /// <summary>Shows the phase a step belongs to, updating the tapped card, and makes the interview current.</summary>
    public async Task ShowStepPhaseAsync(Turn turn, Interview interview, PlaybookStep step, string? notice, CancellationToken ct)
    {
        var phaseId = Playbook(interview, turn.Person).PhaseOf(step).Id;
        turn.Person.ActiveInterviewId = interview.Id;
        (await SessionAsync(turn, interview, ct)).GoTo(phaseId, turn.NowUtc);
        turn.ShowInPlace(await CardAsync(turn, interview, phaseId, notice, ct));
    }

    public Task<IReadOnlyList<Interview>> ListAsync(Turn turn, DateTime fromUtc, int max, CancellationToken ct) =>
        interviews.ListForPersonAsync(turn.Workspace.Id, turn.Person.Id, fromUtc, max, ct);
}
