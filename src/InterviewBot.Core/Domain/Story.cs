namespace InterviewBot.Core.Domain;

/// <summary>
/// An achievement told in STAR shape (situation and task, action, result), kept in the person's
/// brag list and reusable across interviews.
/// </summary>
public sealed class Story
{
    public const int MaxPartLength = 2000;

    private Story() { }

    public Story(Guid workspaceId, Guid personId, string situation, string action, string result, Guid? interviewId, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        WorkspaceId = workspaceId;
        PersonId = personId;
        InterviewId = interviewId;
        CreatedUtc = nowUtc;
        Update(situation, action, result, nowUtc);
    }

    public Guid Id { get; private set; }
    public Guid WorkspaceId { get; private set; }
    public Guid PersonId { get; private set; }

    /// <summary>The interview whose prep the story was written for, if any.</summary>
    public Guid? InterviewId { get; private set; }

    public string Situation { get; private set; } = "";
    public string Action { get; private set; } = "";
    public string Result { get; private set; } = "";
    public DateTime CreatedUtc { get; private set; }
    public DateTime UpdatedUtc { get; private set; }

    public void Update(string situation, string action, string result, DateTime nowUtc)
    {
        situation = situation.Trim();
        action = action.Trim();
        result = result.Trim();
        if (situation.Length == 0 || action.Length == 0 || result.Length == 0)
            throw new DomainException("A story needs all three parts: the situation, what you did, and the result.");
        if (Math.Max(situation.Length, Math.Max(action.Length, result.Length)) > MaxPartLength)
            throw new DomainException($"Each part of a story can be up to {MaxPartLength} characters.");
        Situation = situation;
        Action = action;
        Result = result;
        UpdatedUtc = nowUtc;
    }
}
