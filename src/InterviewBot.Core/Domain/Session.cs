namespace InterviewBot.Core.Domain;

/// <summary>
/// Where one person is in the playbook of one interview: the phase they are looking at, and the
/// step whose answer the next free-text message fills. Stored, so a restart loses nothing.
/// </summary>
public sealed class Session
{
    private Session() { }

    public Session(Guid personId, Guid interviewId, string phaseId, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        PersonId = personId;
        InterviewId = interviewId;
        PhaseId = phaseId;
        UpdatedUtc = nowUtc;
    }

    public Guid Id { get; private set; }
    public Guid PersonId { get; private set; }
    public Guid InterviewId { get; private set; }
    public string PhaseId { get; private set; } = "";

    /// <summary>The step waiting for a free-text answer, or null.</summary>
    public string? AwaitingStepId { get; private set; }

    public DateTime UpdatedUtc { get; private set; }

    public void GoTo(string phaseId, DateTime nowUtc)
    {
        PhaseId = phaseId;
        AwaitingStepId = null;
        UpdatedUtc = nowUtc;
    }

    public void Await(string stepId, string phaseId, DateTime nowUtc)
    {
        PhaseId = phaseId;
        AwaitingStepId = stepId;
        UpdatedUtc = nowUtc;
    }

    public void StopAwaiting(DateTime nowUtc)
    {
        AwaitingStepId = null;
        UpdatedUtc = nowUtc;
    }
}
