namespace InterviewBot.Core.Domain;

/// <summary>One person's progress on one playbook step of one interview.</summary>
public sealed class ChecklistEntry
{
    private ChecklistEntry() { }

    public ChecklistEntry(Guid interviewId, Guid personId, string stepId)
    {
        Id = Guid.NewGuid();
        InterviewId = interviewId;
        PersonId = personId;
        StepId = stepId;
    }

    public Guid Id { get; private set; }
    public Guid InterviewId { get; private set; }
    public Guid PersonId { get; private set; }
    public string StepId { get; private set; } = "";
    public bool Done { get; private set; }

    /// <summary>What the person entered for the step (text, or lines for a list), if anything.</summary>
    public string? Value { get; private set; }

    public DateTime UpdatedUtc { get; private set; }

    /// <summary>The step's progress now belongs to the interview's new recruiter (<see cref="Interview.HandOver"/>).</summary>
    internal void PassTo(Guid personId) => PersonId = personId;

    /// <summary>The same answer on another interview of the same person (their material moving to their own record).</summary>
    internal ChecklistEntry CopyTo(Guid interviewId) =>
        new(interviewId, PersonId, StepId) { Done = Done, Value = Value, UpdatedUtc = UpdatedUtc };

    public void Mark(bool done, DateTime nowUtc)
    {
        Done = done;
        UpdatedUtc = nowUtc;
    }

    /// <summary>Keeps an edited text (a draft) without changing whether the step is done.</summary>
    public void Keep(string? value, DateTime nowUtc)
    {
        Value = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        UpdatedUtc = nowUtc;
    }

    public void Save(string? value, DateTime nowUtc)
    {
        Value = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        Done = Value is not null;
        UpdatedUtc = nowUtc;
    }
}
