using InterviewBot.Core.Privacy;
using static InterviewBot.Core.Views.Markup;

namespace InterviewBot.Core.Engine;

/// <summary>
/// A person's data in chat: "export my data" answers with all of it as JSON; "forget me" deletes it
/// after a confirmation; "delete interview" lets the person who created an interview remove it.
/// </summary>
/// <remarks>
/// The deletions are committed by the store before it returns, so the reminders' timers are
/// cancelled right after; the store also lets go of the turn's copies of what it removed, so the
/// turn's commit neither plans reminders for, nor saves, records that no longer exist.
/// </remarks>
public sealed class PrivacyFlow(IPersonalData personalData, InterviewAccess access, IInterviews interviews, INudgeScheduler scheduler)
{
    public async Task ExportAsync(Turn turn, CancellationToken ct)
    {
        var export = await personalData.ExportAsync(turn.Workspace.Id, turn.Person.Id, ct);
        var messages = PersonalDataJson.Messages(PersonalDataJson.Write(export), PersonalDataJson.MaxLengthOn(turn.Message.Workspace.Platform));
        foreach (var message in messages) turn.Say(message);
    }

    public async Task ShowForgetAsync(Turn turn, CancellationToken ct)
    {
        var held = await personalData.ExportAsync(turn.Workspace.Id, turn.Person.Id, ct);
        turn.Show(PrivacyCards.ConfirmForget(turn.Person, held));
    }

    public async Task ForgetAsync(Turn turn, CancellationToken ct)
    {
        // The card names whose data it deletes; an old card (or one made for someone else) does nothing.
        if (turn.Submit?.GuidValue(Verbs.KeyPerson) != turn.Person.Id)
            throw new DomainException($"That button belongs to an earlier request, so I changed nothing. Type {Italic("forget me")} to start again.");

        foreach (var booking in (await interviews.ListForPersonAsync(turn.Workspace.Id, turn.Person.Id, DateTime.MinValue, MaxOwned, ct))
                     .Where(i => i.OwnerId == turn.Person.Id))
            interviews.KeepCandidatesPrep(booking, turn.NowUtc);
        var result = await personalData.ForgetAsync(turn.Workspace.Id, turn.Person.Id, ct);
        await CancelTimersAsync(result.WaitingNudgeIds, ct);
        turn.ShowInPlace(PrivacyCards.Forgotten());
    }

    /// <summary>"delete interview" typed in chat: the current interview.</summary>
    public async Task ShowDeleteActiveAsync(Turn turn, CancellationToken ct)
    {
        var interview = await access.ActiveAsync(turn, ct);
        if (interview is null) return;
        turn.Show(PrivacyCards.ConfirmDeleteInterview(OwnedBy(turn, interview), turn.Person));
    }

    /// <summary>"Delete interview" tapped on a checklist card.</summary>
    public async Task ShowDeleteAsync(Turn turn, CancellationToken ct)
    {
        var interview = await access.LoadFromCardAsync(turn, ct);
        turn.Show(PrivacyCards.ConfirmDeleteInterview(OwnedBy(turn, interview), turn.Person));
    }

    public async Task DeleteInterviewAsync(Turn turn, CancellationToken ct)
    {
        var interview = OwnedBy(turn, await access.LoadFromCardAsync(turn, ct));
        var headline = ChecklistCardBuilder.Headline(interview, turn.Person);
        // A candidate who joined keeps their own prep: it moves to a record of theirs first (saved with the turn; the deletion does not touch it).
        interviews.KeepCandidatesPrep(interview, turn.NowUtc);

        var waiting = await personalData.DeleteInterviewAsync(turn.Workspace.Id, interview.Id, ct);
        if (turn.Person.ActiveInterviewId == interview.Id) turn.Person.ActiveInterviewId = null;
        await CancelTimersAsync(waiting, ct);
        turn.ShowInPlace(PrivacyCards.InterviewDeleted(headline));
    }

    public static void Keep(Turn turn) => turn.ShowInPlace(PrivacyCards.NothingDeleted());

    /// <summary>Every interview someone created, however old, when they ask to be forgotten.</summary>
    private const int MaxOwned = 10_000;

    private static Interview OwnedBy(Turn turn, Interview interview) =>
        interview.OwnerId == turn.Person.Id
            ? interview
            : throw new DomainException("Only the person who created this interview can delete it, so I left it unchanged.");

    private async Task CancelTimersAsync(IReadOnlyList<Guid> nudgeIds, CancellationToken ct)
    {
        foreach (var nudgeId in nudgeIds) await scheduler.CancelAsync(nudgeId, ct);
    }
}
