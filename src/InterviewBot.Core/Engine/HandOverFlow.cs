using System.Text.RegularExpressions;
using InterviewBot.Core.Privacy;
using static InterviewBot.Core.Views.Markup;

namespace InterviewBot.Core.Engine;

/// <summary>
/// Hand over: a recruiter gives their open interviews (not closed, not cancelled) to another person of
/// the workspace – all of them with <c>hand over to @name</c>, or one from its card – and a privacy admin
/// can do it for anyone with <c>hand over @from to @to</c> (a recruiter who left or is away). The new
/// owner becomes each interview's recruiter; the waiting nudges follow them into their own working time
/// when the change is saved (<see cref="FollowUp.NudgePlanner"/>). The new owner gets one card listing
/// what they took over, the old owner a confirmation; when the new owner has no chat with the bot yet,
/// whoever handed over is told what to do.
/// </summary>
public sealed partial class HandOverFlow(IPeople people, IInterviews interviews, IConversationAddresses addresses, InterviewAccess access, PrivacyAdmins admins)
{
    public static readonly string Usage =
        $"Type {Italic("hand over to @name")} to give your open interviews to a colleague, or tap {Italic("Hand over")} on an interview's card for just that one.";

    public const string OnlyInPersonalChat = "Hand over works only in a 1:1 chat with me, where the calls it moves are not read by others, so I did nothing here.";

    /// <summary>How far back open interviews are looked for: one still waiting on a decision may be old.</summary>
    private static readonly TimeSpan Open = TimeSpan.FromDays(3660);

    private const int MaxInterviews = 500;

    [GeneratedRegex(@"^(?:(?<from>.+?)\s+)?to\s+(?<to>.+)$", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 100)]
    private static partial Regex FromTo();

    /// <summary><c>hand over to X</c> or <c>hand over X to Y</c>, typed in a 1:1 chat.</summary>
    public async Task HandOverTypedAsync(Turn turn, string argument, CancellationToken ct)
    {
        var match = FromTo().Match(argument.Trim());
        if (!match.Success)
        {
            turn.Say(Usage);
            return;
        }
        var from = match.Groups["from"].Success ? await FindAsync(turn, match.Groups["from"].Value, ct) : turn.Person;
        var to = await FindAsync(turn, match.Groups["to"].Value, ct);
        MayHandOver(turn, from, to);
        var open = (await interviews.ListForPersonAsync(turn.Workspace.Id, from.Id, turn.NowUtc - Open, MaxInterviews, ct))
            .Where(i => i.Recruiter.PersonId == from.Id && i.IsOpen).ToList();
        var theirOwn = open.Where(i => i.Candidate.PersonId == to.Id).ToList();
        var handed = open.Except(theirOwn).ToList();
        if (handed.Count == 0)
        {
            turn.Say(from.Id == turn.Person.Id
                ? "You have no open interviews to hand over, so nothing changed."
                : $"{from.DisplayName} has no open interviews to hand over, so nothing changed.");
            return;
        }
        foreach (var interview in handed) interview.HandOver(to.Id, to.DisplayName, turn.NowUtc);
        var kept = theirOwn.Count == 0 ? "" : $" I kept {Count(theirOwn.Count)} where {to.DisplayName} is the candidate.";
        turn.Say(await TellAsync(turn, from, to, handed, kept, ct));
    }

    /// <summary>The <c>Hand over</c> button on an interview's card: asks to whom.</summary>
    public async Task ShowFormAsync(Turn turn, CancellationToken ct)
    {
        var interview = await access.LoadFromCardAsync(turn, ct);
        MayHandOver(turn, Recruiter(interview, turn), null);
        turn.Show(Form(interview, turn.Person, null, null));
    }

    /// <summary>The form's answer: hands over that one interview.</summary>
    public async Task HandOverOneAsync(Turn turn, CancellationToken ct)
    {
        var interview = await access.LoadFromCardAsync(turn, ct);
        var typed = turn.Submit?.Value(Verbs.KeyNewOwner)?.Trim() ?? "";
        if (typed.Length == 0)
        {
            turn.ShowInPlace(Form(interview, turn.Person, typed, "Say who takes it over: @name or their full name."));
            return;
        }
        Person to;
        try
        {
            to = await FindAsync(turn, typed, ct);
            MayHandOver(turn, Recruiter(interview, turn), to);
            interview.HandOver(to.Id, to.DisplayName, turn.NowUtc);
        }
        catch (DomainException refused)
        {
            turn.ShowInPlace(Form(interview, turn.Person, typed, refused.Message));
            return;
        }
        // The form turns into the confirmation (on Slack the modal closes and it goes to the chat).
        turn.ShowInPlace(new SummaryView($"Handed over to {to.DisplayName}", await TellAsync(turn, turn.Person, to, [interview], "", ct), [], [],
            [ActionButton.For("My interviews", Verbs.ListInterviews)]));
    }

    /// <summary>The card's form: one field, a person to hand over to (a mention or a name).</summary>
    public static FormView Form(Interview interview, Person viewer, string? typed, string? error) => new(
        $"Hand over: {ChecklistCardBuilder.Headline(interview, viewer)}",
        "Who takes this call over? They become its recruiter and get its reminders in their own working hours.",
        [new FieldView(Verbs.KeyNewOwner, "New owner", FieldInputKind.Person, typed, "@name or full name", Required: true, MaxLength: Party.MaxNameLength, Error: error)],
        ActionButton.For("Hand over", Verbs.HandOver, true, (Verbs.KeyInterview, interview.Id.ToString())),
        ActionButton.For("Cancel", Verbs.Dismiss));

    /// <summary>
    /// Tells the new owner (and the old one, when someone else handed over) and returns the confirmation for
    /// whoever handed over – with what to do when the new owner cannot be reached yet.
    /// </summary>
    private async Task<string> TellAsync(Turn turn, Person from, Person to, List<Interview> handed, string kept, CancellationToken ct)
    {
        var what = handed.Count == 1 ? $"the call with {handed[0].Candidate.Name}" : Count(handed.Count);
        var reachable = await addresses.FindPersonalAsync(to.Id, ct) is { } address && address.WorkspaceId == turn.Workspace.Id;
        if (reachable) turn.Tell(to.Id, TakenOver(handed, from, to, turn.Person));

        var unreachable = reachable ? "" :
            $" I can't message {to.DisplayName} yet: they have never opened a chat with me. Ask them to write {Italic("hi")} to me (in Teams, to add the app first); " +
            $"their reminders wait for them and {Italic("my interviews")} shows what they took over.";
        if (from.Id == turn.Person.Id)
            return $"Done – {to.DisplayName} now runs {what}, and its reminders go to them in their working hours. You no longer get any.{kept}{unreachable}";
        turn.Tell(from.Id, null, $"{turn.Person.DisplayName} handed {(handed.Count == 1 ? what : "your " + what)} over to {to.DisplayName}. You no longer get their reminders.");
        return $"Done – {to.DisplayName} now runs {from.DisplayName}'s {what}, and its reminders go to them in their working hours.{kept}{unreachable}";
    }

    /// <summary>The new owner's card: every call they took over, in their own time zone, each one tap away.</summary>
    public static SummaryView TakenOver(IReadOnlyList<Interview> handed, Person from, Person to, Person by)
    {
        var lines = handed.Select((i, n) => $"{Bold($"{n + 1}.")} {Describe.When(i, to)} – {i.Candidate.Name} – {i.Role} ({i.Status.Describe()})").ToList();
        var who = by.Id == from.Id ? from.DisplayName : $"{by.DisplayName}, for {from.DisplayName},";
        return new SummaryView(
            handed.Count == 1 ? $"You took over the call with {handed[0].Candidate.Name}" : $"You took over {Count(handed.Count)}",
            $"{who} handed {(handed.Count == 1 ? "it" : "them")} to you. Their reminders now come to you, in your working hours ({to.TimeZoneId}).",
            [],
            [new Section("Taken over", lines)],
            [.. handed.Take(10).Select((i, n) => ActionButton.For($"Open {n + 1}", Verbs.OpenInterview, n == 0, (Verbs.KeyInterview, i.Id.ToString()))),
             ActionButton.For("My interviews", Verbs.ListInterviews)]);
    }

    /// <summary>Only the recruiter hands over their own interviews; a privacy admin anyone's. Nobody hands to themselves.</summary>
    private void MayHandOver(Turn turn, Person from, Person? to)
    {
        if (from.Id != turn.Person.Id && !admins.Includes(turn.Person.PlatformUserId))
            throw new DomainException($"Only {from.DisplayName} or a privacy admin can hand over {from.DisplayName}'s interviews, so nothing changed.");
        if (to is null || to.Id != from.Id) return;
        throw new DomainException(from.Id == turn.Person.Id
            ? "You can't hand your interviews over to yourself. Name a colleague instead."
            : $"{from.DisplayName} can't hand over to themselves. Name a colleague instead.");
    }

    /// <summary>The recruiter of the interview on the card, who must be someone the bot knows.</summary>
    private static Person Recruiter(Interview interview, Turn turn)
    {
        if (interview.Recruiter.PersonId != turn.Person.Id || !interview.IsOpen)
            throw new DomainException(interview.IsOpen
                ? "Only the call's recruiter can hand it over, so nothing changed."
                : $"The call with {interview.Candidate.Name} is {interview.Status.Describe()}, so there is nothing left to hand over.");
        return turn.Person;
    }

    /// <summary>
    /// A person as typed: an @mention the platform identified (by its user id), "me", or a display name
    /// (the full name, or a first name only one person here has) – always within this workspace.
    /// </summary>
    private async Task<Person> FindAsync(Turn turn, string typed, CancellationToken ct)
    {
        typed = typed.Trim().TrimEnd('.', '!', '?', ',', ';');
        if (typed.Equals("me", StringComparison.OrdinalIgnoreCase) || typed.Equals("myself", StringComparison.OrdinalIgnoreCase)) return turn.Person;
        var mention = turn.Message.Mentions?.FirstOrDefault(m => string.Equals(m.Text, typed, StringComparison.OrdinalIgnoreCase));
        if (mention is not null)
            return await people.FindAsync(turn.Workspace.Id, mention.PlatformUserId, ct) ?? throw NotHere(typed);
        var name = typed.TrimStart('@').Trim();
        var found = name.Length == 0 ? [] : await people.FindByNameAsync(turn.Workspace.Id, name, ct);
        var exact = found.Where(p => p.DisplayName.Equals(name, StringComparison.OrdinalIgnoreCase)).ToList();
        var matches = exact.Count > 0 ? exact : found;
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw NotHere(typed),
            _ => throw new DomainException($"More than one person here is called {name}, so nothing changed. Use their full name, or @mention them."),
        };
    }

    private static DomainException NotHere(string typed) =>
        new($"I don't know anyone called {typed} in this workspace, so nothing changed. They need to have written to me here once; check the name, or @mention them.");

    private static string Count(int interviews) => interviews == 1 ? "1 interview" : $"{interviews} interviews";
}
