using InterviewBot.Core.Privacy;
using static InterviewBot.Core.Views.Markup;

namespace InterviewBot.Core.Engine;

/// <summary>
/// Requests from candidates who never used the bot and exist only as a name and e-mail address on
/// recruiters' interviews: a privacy admin (<see cref="PrivacyAdmins"/>), in a 1:1 chat, exports what the
/// workspace holds about them or erases it after a confirmation. Each request that ends leaves one audit
/// line (<see cref="PrivacyAudit"/>). Anyone else is refused without a word about any candidate.
/// The admin also deletes at once, rather than after <c>Privacy:UninstalledWorkspaceDays</c>, the data of the
/// workspaces that removed the bot (<c>privacy removed</c>).
/// </summary>
/// <remarks>
/// A person's own prep interviews are not searched: they are private to that person, who exports or
/// deletes them with their own "export my data" and "forget me".
/// </remarks>
public sealed class CandidateRequestFlow(
    ICandidateData candidates,
    IPendingErasures pending,
    PrivacyAdmins admins,
    PrivacyAudit audit,
    INudgeScheduler scheduler,
    IInstallations installations,
    UninstalledWorkspaceSweep removedWorkspaces)
{
    public const string NotAnAdmin = "Only privacy admins can do that, so I did nothing.";

    public const string OnlyInPersonalChat = "Privacy requests work only in a 1:1 chat with me, so I did nothing here.";

    public static readonly string Usage =
        $"Type {Italic("privacy export")} and the candidate's e-mail address or full name for a copy of everything I hold about them in this workspace, " +
        $"or {Italic("privacy erase")} and the same to erase it (I ask you to confirm first). " +
        $"{Italic("privacy removed")} lists the workspaces that removed me, whose data I keep for a while, and deletes it now if you say so.";

    private const string NothingHeld = "I hold nothing about a candidate with that e-mail address or name in this workspace.";

    public static bool IsRequest(Command? command) =>
        command?.Kind is CommandKind.PrivacyExport or CommandKind.PrivacyErase or CommandKind.PrivacyHelp or CommandKind.PrivacyRemoved;

    public void Help(Turn turn)
    {
        AdminOnly(turn);
        turn.Say(Usage);
    }

    public async Task ExportAsync(Turn turn, string about, CancellationToken ct)
    {
        AdminOnly(turn);
        var export = CandidateDataExport.Of(await candidates.LoadAsync(turn.Workspace.Id, await MatchesAsync(turn, about, ct), ct));
        audit.Record(turn, "export", export.Interviews.Count, export.Records);
        if (export.Interviews.Count == 0)
        {
            turn.Say(NothingHeld);
            return;
        }
        var json = PersonalDataJson.Write(export);
        foreach (var message in PersonalDataJson.Messages(json, PersonalDataJson.MaxLengthOn(turn.Message.Workspace.Platform), "that candidate in this workspace"))
            turn.Say(message);
    }

    public async Task ShowEraseAsync(Turn turn, string about, CancellationToken ct)
    {
        AdminOnly(turn);
        var records = await candidates.LoadAsync(turn.Workspace.Id, await MatchesAsync(turn, about, ct), ct);
        if (records.Interviews.Count == 0)
        {
            audit.Record(turn, "erase", 0, 0);
            turn.Say(NothingHeld);
            return;
        }
        // One request waits per admin: an earlier card stops working.
        foreach (var earlier in await pending.ListByAdminAsync(turn.Workspace.Id, turn.Person.Id, ct)) pending.Remove(earlier);
        var request = new PendingErasure(turn.Workspace.Id, turn.Person.Id, records.Interviews.Select(i => i.Id), turn.NowUtc);
        pending.Add(request);
        turn.Show(CandidateRequestCards.ConfirmErase(request, records, turn.Person));
    }

    public async Task EraseAsync(Turn turn, CancellationToken ct)
    {
        AdminOnly(turn);
        var request = await RequestOnCardAsync(turn, ct);
        var erased = await candidates.EraseAsync(turn.Workspace.Id, request.InterviewIds, ct);
        pending.Remove(request);
        foreach (var nudgeId in erased.WaitingNudgeIds) await scheduler.CancelAsync(nudgeId, ct);
        audit.Record(turn, "erase", erased.Interviews, erased.Records);
        turn.ShowInPlace(CandidateRequestCards.Erased(erased));
    }

    public async Task KeepAsync(Turn turn, CancellationToken ct)
    {
        AdminOnly(turn);
        var request = await RequestOnCardAsync(turn, ct);
        pending.Remove(request);
        audit.Record(turn, "erase cancelled", 0, 0);
        turn.ShowInPlace(PrivacyCards.NothingDeleted());
    }

    /// <summary><c>privacy removed</c>: the workspaces that removed the bot, when their data goes, and <i>Delete now</i>.</summary>
    public async Task ShowRemovedAsync(Turn turn, CancellationToken ct)
    {
        AdminOnly(turn);
        var removed = await installations.ListUninstalledAsync(ct);
        if (removed.Count == 0)
        {
            turn.Say("No workspace has removed me, so there is no kept data to delete.");
            return;
        }
        turn.Show(PrivacyCards.RemovedWorkspaces(removed, removedWorkspaces.DeletedFrom, turn.Person));
    }

    /// <summary><i>Delete now</i>: everything of every workspace that removed the bot, at once.</summary>
    public async Task DeleteRemovedAsync(Turn turn, CancellationToken ct)
    {
        AdminOnly(turn);
        var deleted = await removedWorkspaces.RunNowAsync(turn.NowUtc, ct);
        audit.Record(turn, "delete removed workspaces", 0, deleted);
        turn.ShowInPlace(new SummaryView(deleted == 0 ? "Nothing left to delete" : $"Deleted {deleted} workspace{(deleted == 1 ? "" : "s")} ✓",
            deleted == 0 ? "Those workspaces were deleted already." : "Everything I held of the workspaces that removed me is gone: people, interviews, notes, reminders and their records.",
            [], [], []));
    }

    private void AdminOnly(Turn turn)
    {
        if (!admins.Includes(turn.Person.PlatformUserId)) throw new DomainException(NotAnAdmin);
        if (!turn.Message.IsPersonalChat) throw new DomainException(OnlyInPersonalChat);
    }

    /// <summary>The recruiters' interviews whose candidate is the one typed.</summary>
    private async Task<IReadOnlyList<Guid>> MatchesAsync(Turn turn, string about, CancellationToken ct)
    {
        var query = CandidateQuery.Parse(about);
        if (query is null) return [];
        var onFile = await candidates.ListCandidatesAsync(turn.Workspace.Id, ct);
        return onFile.Where(c => query.Matches(c.Name, c.Email)).Select(c => c.InterviewId).ToList();
    }

    /// <summary>The waiting request the card's button names; only the admin who made it can answer it, for a day.</summary>
    private async Task<PendingErasure> RequestOnCardAsync(Turn turn, CancellationToken ct)
    {
        var request = turn.Submit?.GuidValue(Verbs.KeyRequest) is { } id ? await pending.FindAsync(turn.Workspace.Id, id, ct) : null;
        if (request is null || !request.CanBeConfirmedBy(turn.Person.Id, turn.NowUtc))
            throw new DomainException($"That button belongs to an earlier request, so I changed nothing. Type {Italic("privacy erase")} and the e-mail address or name to start again.");
        return request;
    }
}
