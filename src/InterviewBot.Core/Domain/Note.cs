namespace InterviewBot.Core.Domain;

/// <summary>A note a participant wrote against an interview (resume notes, call notes…).</summary>
public sealed class Note
{
    public const int MaxLength = 4000;

    private Note() { }

    public Note(Guid interviewId, Guid authorId, string stepId, string text, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        InterviewId = interviewId;
        AuthorId = authorId;
        StepId = stepId;
        Text = text;
        CreatedUtc = nowUtc;
    }

    public Guid Id { get; private set; }
    public Guid InterviewId { get; private set; }
    public Guid AuthorId { get; private set; }

    /// <summary>The playbook step the note was written for.</summary>
    public string StepId { get; private set; } = "";

    public string Text { get; private set; } = "";
    public DateTime CreatedUtc { get; private set; }

    /// <summary>The recruiter's note now belongs to the interview's new recruiter (<see cref="Interview.HandOver"/>).</summary>
    internal void PassTo(Guid authorId) => AuthorId = authorId;
}
