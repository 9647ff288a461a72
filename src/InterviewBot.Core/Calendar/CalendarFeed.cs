namespace InterviewBot.Core.Calendar;

/// <summary>
/// A person's calendar feed: the secret ICS address their calendar publishes, kept encrypted
/// (<see cref="ProtectedAddress"/>), and what the last polls learned – the validators for a conditional
/// request, and since when it fails, so its owner is told once when it has failed for a day.
/// </summary>
public sealed class CalendarFeed
{
    /// <summary>How long a feed fails before its owner is told.</summary>
    public static readonly TimeSpan TellAfter = TimeSpan.FromDays(1);

    private CalendarFeed() { }

    public CalendarFeed(Guid workspaceId, Guid personId, string protectedAddress, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
        PersonId = personId;
        ProtectedAddress = protectedAddress;
        CreatedUtc = nowUtc;
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid PersonId { get; private set; }

    /// <summary>The address, encrypted: never shown, logged or exported in clear.</summary>
    public string ProtectedAddress { get; private set; } = "";

    public string? ETag { get; private set; }
    public DateTimeOffset? LastModified { get; private set; }
    public DateTime? LastReadUtc { get; private set; }
    public DateTime? FailingSinceUtc { get; private set; }

    /// <summary>The owner was told that the feed fails (once per run of failures).</summary>
    public bool FailureTold { get; private set; }

    public string? LastProblem { get; private set; }
    public DateTime CreatedUtc { get; private set; }

    /// <summary>A new address for the same person: what was learned about the old one goes.</summary>
    public void Replace(string protectedAddress, DateTime nowUtc)
    {
        ProtectedAddress = protectedAddress;
        ETag = null;
        LastModified = null;
        FailingSinceUtc = null;
        FailureTold = false;
        LastProblem = null;
        CreatedUtc = nowUtc;
    }

    public void Succeeded(string? etag, DateTimeOffset? lastModified, DateTime nowUtc)
    {
        ETag = etag;
        LastModified = lastModified;
        Unchanged(nowUtc);
    }

    public void Unchanged(DateTime nowUtc)
    {
        LastReadUtc = nowUtc;
        FailingSinceUtc = null;
        FailureTold = false;
        LastProblem = null;
    }

    /// <summary>Records a failed poll; true when the owner should be told now (a day of failures, not told yet).</summary>
    public bool Failed(string problem, DateTime nowUtc)
    {
        LastProblem = problem;
        FailingSinceUtc ??= nowUtc;
        if (FailureTold || nowUtc - FailingSinceUtc.Value < TellAfter) return false;
        FailureTold = true;
        return true;
    }
}
