namespace InterviewBot.Core.Domain;

/// <summary>
/// The person whose decision the recruiter waits for after the call. Named on the booking (form or
/// interviews API) or later; the bot asks them for the decision when the recruiter taps
/// <i>Ask … for a decision</i>. <see cref="PersonId"/> links them once the bot knows them in the
/// workspace (they talked to it, or their chat user id was given). They see only what they need to
/// decide on this one interview: the recruiter's call summary, nothing of others.
/// </summary>
/// <param name="PlatformUserId">Their chat user id (Teams 29:…, Slack U…), when known.</param>
/// <param name="TimeZoneId">An IANA zone given with the booking, used until they tell the bot their own.</param>
public sealed record HiringManager(string Name, string? Email = null, string? PlatformUserId = null, string? TimeZoneId = null, Guid? PersonId = null)
{
    public const int MaxUserIdLength = 200;

    /// <summary>How the bot addresses them on buttons: "Ask Sam for a decision".</summary>
    public string FirstName => PersonNames.FirstName(Name);

    /// <summary>A checked copy: single-line text, a name, lengths and an e-mail that looks like one.</summary>
    public static HiringManager Checked(HiringManager manager)
    {
        ArgumentNullException.ThrowIfNull(manager);
        var name = UserText.SingleLine(manager.Name).Trim();
        var email = UserText.SingleLineOrNull(manager.Email)?.Trim();
        var userId = UserText.SingleLineOrNull(manager.PlatformUserId)?.Trim();
        var zone = UserText.SingleLineOrNull(manager.TimeZoneId)?.Trim();
        if (name.Length == 0) throw new DomainException("The hiring manager's name is missing.");
        if (name.Length > Party.MaxNameLength) throw new DomainException($"The hiring manager's name can be up to {Party.MaxNameLength} characters.");
        if (!string.IsNullOrEmpty(email) && (!email.Contains('@', StringComparison.Ordinal) || email.Length > 200))
            throw new DomainException("The hiring manager's e-mail is not an e-mail address.");
        if (userId?.Length > MaxUserIdLength) throw new DomainException("The hiring manager's user id is too long.");
        if (!string.IsNullOrEmpty(zone) && !Zones.TryFind(zone, out _))
            throw new DomainException($"Unknown time zone \"{zone}\"; use an IANA name such as Europe/Berlin.");
        return new HiringManager(name, string.IsNullOrEmpty(email) ? null : email, string.IsNullOrEmpty(userId) ? null : userId,
            string.IsNullOrEmpty(zone) ? null : zone, manager.PersonId);
    }
}

/// <summary>What the hiring manager answered when asked for a decision.</summary>
public enum HiringAnswer
{
    /// <summary>Invite the candidate to the next round.</summary>
    NextRound,

    /// <summary>Not a fit; the reason (if any) is an internal note for the recruiter only.</summary>
    NotAFit,

    /// <summary>No decision yet: they need until a date, which becomes the promised feedback date.</summary>
    NeedsTime,
}
