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

    /// <summary>For a step with several fields answered in chat: which field the next message fills.</summary>
    public int AwaitingField { get; private set; }

    /// <summary>The answers given so far in a chat dialog (field id → text, as JSON).</summary>
    public string? PartialAnswers { get; private set; }

    public DateTime UpdatedUtc { get; private set; }

    public void GoTo(string phaseId, DateTime nowUtc)
    {
        PhaseId = phaseId;
        StopAwaiting(nowUtc);
    }

    public void Await(string stepId, string phaseId, DateTime nowUtc)
    {
        PhaseId = phaseId;
        AwaitingStepId = stepId;
        AwaitingField = 0;
        PartialAnswers = null;
        UpdatedUtc = nowUtc;
    }

    /// <summary>Keeps the answers so far and moves the dialog on to the next field.</summary>
    public void Continue(int nextField, string partialAnswers, DateTime nowUtc)
    {
        AwaitingField = nextField;
        PartialAnswers = partialAnswers;
        UpdatedUtc = nowUtc;
    }

    public void StopAwaiting(DateTime nowUtc)
    {
        AwaitingStepId = null;
        AwaitingField = 0;
        PartialAnswers = null;
        UpdatedUtc = nowUtc;
    }
}
