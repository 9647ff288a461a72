using System.Globalization;
using InterviewBot.Core.Conversations;
using InterviewBot.Core.Engine;
using InterviewBot.Core.Nudges;
using static InterviewBot.Core.Views.Markup;

namespace InterviewBot.Core.FollowUp;

/// <summary>
/// Asking the hiring manager for a decision, and their answer. The recruiter taps <i>Ask … for a
/// decision</i>: if the bot can reach the hiring manager, the decision card goes to them (a nudge, so it
/// keeps to their working hours and is followed by a reminder each working morning until they answer);
/// if not, the recruiter is told at once what to do. The answer moves the interview on and is posted
/// to the recruiter, with the reason for them only.
/// </summary>
public sealed class DecisionFlow(InterviewAccess access, IInterviews interviews, IPeople people, INudges nudges, IConversationAddresses addresses, DirectChats chats)
{
    public async Task AskAsync(Turn turn, CancellationToken ct)
    {
        var interview = await access.LoadFromCardAsync(turn, ct);
        if (interview.SideOf(turn.Person.Id) != Audience.Recruiter)
            throw new DomainException("Only the recruiter on this interview can ask for the decision.");
        var named = interview.HiringManager
            ?? throw new DomainException($"No hiring manager is named for the call with {interview.Candidate.Name} yet. Type {Italic("hiring manager")} and their name, e.g. {Italic("hiring manager Sam Patel")}.");
        var manager = await FindManagerAsync(turn.Workspace, interview, turn.NowUtc, ct);
        var address = manager is null || manager.Id == turn.Person.Id ? null : await chats.FindAsync(turn.Workspace, manager, ct);
        if (manager is null || address is null)
        {
            turn.Say(Unreachable(turn.Workspace, named, manager is not null && manager.Id == turn.Person.Id));
            return;
        }
        interview.LinkHiringManager(manager, turn.NowUtc);
        if (named.TimeZoneId is { } zone) manager.AdoptGivenTimeZone(zone);
        interview.AskForDecision(turn.NowUtc);
        await access.ShowStepPhaseAsync(turn, interview, access.Playbook(interview, turn.Person).FindStep("send-feedback")!,
            $"Asked {named.FirstName} for a decision ✓ – they get it in their working hours, with a reminder each working morning until they answer. I'll tell you their answer.", ct);
    }

    public async Task AnswerAsync(Turn turn, CancellationToken ct)
    {
        var id = turn.Submit?.GuidValue(Verbs.KeyInterview);
        var interview = id is { } interviewId ? await interviews.FindAsync(turn.Workspace.Id, interviewId, ct) : null;
        if (interview is null) throw new DomainException("I can't find that interview any more.");
        if (!interview.IsHiringManager(turn.Person.Id)) throw new DomainException("That decision is asked of someone else, so I left it unchanged.");
        if (!Enum.TryParse<HiringAnswer>(turn.Submit?.Value(DecisionVerbs.KeyAnswer), out var answer) || !Enum.IsDefined(answer))
            throw new DomainException("That button is from an older version of me. Answer on the newest card.");
        if (!interview.AwaitsManager)
            throw new DomainException($"You already answered about {interview.Candidate.Name}; {interview.Recruiter.Name} has your answer.");
        var until = ReadUntil(turn, answer);
        interview.RecordManagerAnswer(answer, turn.Submit?.Value(DecisionVerbs.Reason), until, turn.NowUtc);

        var tapped = turn.Submit?.GuidValue(NudgeVerbs.KeyNudge) is { } nudgeId ? await nudges.FindAsync(turn.Workspace.Id, nudgeId, ct) : null;
        turn.ShowInPlace(DecisionCards.Ask(interview, turn.Person, tapped?.Kind == NudgeKind.DecisionReminder, tapped?.Id ?? Guid.Empty,
            tapped?.SentUtc ?? turn.NowUtc, DecisionCards.Answered(interview, answer)));
        // A recruiter without a 1:1 chat (booked through the API) sees the answer on the interview's cards.
        if (interview.Recruiter.PersonId is { } recruiter && await addresses.FindPersonalAsync(recruiter, ct) is not null)
            turn.Tell(recruiter, DecisionCards.Notice(interview));
    }

    /// <summary>Sets or changes the current interview's hiring manager: <c>hiring manager Sam Patel sam@example.com</c>, or on Slack <c>hiring manager @Sam</c>.</summary>
    public async Task NameAsync(Turn turn, string? argument, CancellationToken ct)
    {
        var interview = await access.ActiveAsync(turn, ct);
        if (interview is null) return;
        if (interview.SideOf(turn.Person.Id) != Audience.Recruiter)
            throw new DomainException("Only the recruiter on an interview can name its hiring manager.");
        // A mention the channel identified (Slack's <@U…>, a Teams @mention) gives the person's user id.
        var mention = turn.Message.Mentions?.FirstOrDefault(m => argument?.Contains(m.Text, StringComparison.OrdinalIgnoreCase) == true);
        var named = (mention is null ? HiringManagerText.Parse(argument) : FromMention(mention))
            ?? throw new DomainException($"Say who: {Italic("hiring manager Sam Patel")}, optionally with their e-mail{(turn.Workspace.Platform == Platforms.Slack ? ", or mention them: hiring manager @Sam" : "")}.");
        if (named.PlatformUserId is { } userId)
        {
            var known = await people.FindAsync(turn.Workspace.Id, userId, ct);
            // A bare mention names whoever was named before, or the person the bot knows by that id.
            var before = interview.HiringManager;
            named = named with
            {
                Name = named.Name.Length == 0 ? known?.DisplayName ?? before?.Name ?? userId
                    // Slack shows a short display name ("@Sam"); the full name given before ("Sam Patel") stays.
                    : before is not null && before.Name.StartsWith(named.Name + " ", StringComparison.OrdinalIgnoreCase) ? before.Name
                    : named.Name,
                Email = before?.Email,
                TimeZoneId = before?.TimeZoneId,
            };
        }
        interview.NameHiringManager(named, turn.NowUtc);
        turn.Say($"Hiring manager for {interview.Candidate.Name}: {interview.HiringManager!.Name} ✓ After the call, tap {Italic($"Ask {interview.HiringManager.FirstName} for a decision")} on the after-call card.");
    }

    /// <summary>The mentioned person: their user id, and the name the channel showed unless that is only the id.</summary>
    private static HiringManager FromMention(ChatMention mention)
    {
        var name = mention.Text.TrimStart('@').Trim();
        return new HiringManager(name == mention.PlatformUserId ? "" : name, null, mention.PlatformUserId);
    }

    /// <summary>
    /// The person the bot knows the hiring manager as: linked before, by their chat user id (created on
    /// Slack, where a DM can be opened by id), else the one person in the workspace with that name.
    /// </summary>
    private async Task<Person?> FindManagerAsync(Workspace workspace, Interview interview, DateTime nowUtc, CancellationToken ct)
    {
        var named = interview.HiringManager!;
        if (named.PersonId is { } linked && await people.GetAsync(workspace.Id, linked, ct) is { } person
            && (named.PlatformUserId is null || named.PlatformUserId == person.PlatformUserId)) return person;
        if (named.PlatformUserId is { } userId)
        {
            var known = await people.FindAsync(workspace.Id, userId, ct);
            if (known is null && DirectChats.CanOpenByUserId(workspace))
            {
                known = new Person(workspace.Id, userId, named.Name, nowUtc);
                people.Add(known);
            }
            return known;
        }
        // The store also finds "Sam" in "Sam Lee"; the hiring manager is linked by the whole name only.
        var sameName = (await people.FindByNameAsync(workspace.Id, named.Name, ct))
            .Where(p => p.DisplayName.Equals(named.Name.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        return sameName.Count == 1 ? sameName[0] : null;
    }

    private static string Unreachable(Workspace workspace, HiringManager manager, bool isYou)
    {
        var first = manager.FirstName;
        if (isYou) return "You are named as the hiring manager yourself, so there is nobody to ask. Name the hiring manager with hiring manager and their name.";
        var why = workspace.Platform == Platforms.Slack
            ? $"I can't reach {first} yet: they have not written to me, and I don't know their Slack user."
            : $"I can't reach {first} yet: Teams only lets me write to people who have the app and have written to me once.";
        return $"{why} Ask {first} to send me a message once (any message, in a 1:1 chat with me), then tap {Italic($"Ask {first} for a decision")} again.";
    }

    private static DateOnly? ReadUntil(Turn turn, HiringAnswer answer)
    {
        var text = turn.Submit?.Value(DecisionVerbs.Until);
        if (answer != HiringAnswer.NeedsTime) return null;
        if (string.IsNullOrWhiteSpace(text)) throw new DomainException("Pick the date you need until, then tap the button again.");
        if (!DateOnly.TryParse(text, CultureInfo.InvariantCulture, out var date)) throw new DomainException($"\"{text}\" is not a date. Use the date picker.");
        if (date < DayWords.DateIn(turn.NowUtc, turn.Person.TimeZoneId)) throw new DomainException("That date has passed. Pick today or a later day.");
        return date;
    }
}
