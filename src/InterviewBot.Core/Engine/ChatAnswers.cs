using System.Text.Json;
using InterviewBot.Core.Playbooks;
using static InterviewBot.Core.Views.Markup;

namespace InterviewBot.Core.Engine;

/// <summary>
/// Answering a step in chat instead of on the card: the bot asks for each field in turn (for a
/// STAR story: situation, action, result) and keeps the answers in the session, so a restart in
/// the middle loses nothing.
/// </summary>
public sealed class ChatAnswers(InterviewAccess access, StepStorage storage)
{
    public async Task AwaitAnswerAsync(Turn turn, CancellationToken ct)
    {
        var (interview, step) = await access.LoadStepAsync(turn, ct);
        if (!step.TakesText) throw new DomainException("That step needs the card – its boxes can't be filled in chat.");
        turn.Person.ActiveInterviewId = interview.Id;
        var playbook = access.Playbook(interview, turn.Person);
        (await access.SessionAsync(turn, interview, ct)).Await(step.Id, playbook.PhaseOf(step).Id, turn.NowUtc);
        turn.Say(Ask(step, 0) + $" Type {Italic("cancel")} to stop.");
    }

    /// <summary>Takes free text as the answer the session is waiting for. False when nothing is waiting.</summary>
    public async Task<bool> TryTakeAnswerAsync(Turn turn, string text, CancellationToken ct)
    {
        var interview = await access.FindActiveAsync(turn, ct);
        if (interview is null) return false;
        var session = await access.FindSessionAsync(turn.Person, interview.Id, ct);
        if (session?.AwaitingStepId is not { } stepId) return false;
        var step = access.Playbook(interview, turn.Person).FindStep(stepId);
        if (step is null || !step.TakesText || session.AwaitingField >= step.Fields.Count)
        {
            session.StopAwaiting(turn.NowUtc);
            return false;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            turn.Say($"That was empty. {Ask(step, session.AwaitingField)} Or type {Italic("cancel")}.");
            return true;
        }

        var answers = Partial(session);
        answers[step.Fields[session.AwaitingField].Id] = text.Trim();
        var next = session.AwaitingField + 1;
        if (next < step.Fields.Count)
        {
            session.Continue(next, JsonSerializer.Serialize(answers), turn.NowUtc);
            turn.Say($"Got it. {Ask(step, next)}");
            return true;
        }

        var notice = await storage.StoreAsync(turn, interview, step, answers, appendLines: true, ct);
        session.StopAwaiting(turn.NowUtc);
        turn.Show(await access.CardAsync(turn, interview, session.PhaseId, null, ct), notice ?? $"Saved to {Bold(step.Title)} ✓");
        return true;
    }

    public async Task StopAwaitingAsync(Person person, DateTime nowUtc, CancellationToken ct)
    {
        if (person.ActiveInterviewId is not { } activeId) return;
        var session = await access.FindSessionAsync(person, activeId, ct);
        if (session?.AwaitingStepId is not null) session.StopAwaiting(nowUtc);
    }

    private static string Ask(PlaybookStep step, int field)
    {
        var f = step.Fields[field];
        var counter = step.Fields.Count > 1 ? $" ({field + 1} of {step.Fields.Count})" : "";
        var hint = f.Placeholder is null ? "" : $" For example: {f.Placeholder.Replace("e.g. ", "", StringComparison.Ordinal)}";
        var list = step.Action == StepAction.List ? " One item per line." : "";
        return $"Send me {Bold(f.Label)} for {Italic(step.Title)}{counter} as a message.{list}{hint}";
    }

    private static Dictionary<string, string> Partial(Session session)
    {
        if (string.IsNullOrEmpty(session.PartialAnswers)) return [];
        try { return JsonSerializer.Deserialize<Dictionary<string, string>>(session.PartialAnswers) ?? []; }
        catch (JsonException) { return []; }
    }
}
