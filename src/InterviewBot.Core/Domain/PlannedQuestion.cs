namespace InterviewBot.Core.Domain;

/// <summary>A question a participant plans to ask, with what they want to learn from it.</summary>
public sealed class PlannedQuestion
{
    public const int MaxLength = 500;

    private PlannedQuestion() { }

    public PlannedQuestion(Guid interviewId, Guid authorId, int order, string text, string? intent)
    {
        Id = Guid.NewGuid();
        InterviewId = interviewId;
        AuthorId = authorId;
        Order = order;
        Text = text;
        Intent = intent;
    }

    public Guid Id { get; private set; }
    public Guid InterviewId { get; private set; }
    public Guid AuthorId { get; private set; }
    public int Order { get; private set; }
    public string Text { get; private set; } = "";
    public string? Intent { get; private set; }

    /// <summary>
    /// Reads "question -> intent" (also "=>" or " | ") into its two parts, so that a list typed in
    /// one box can carry intents.
    /// </summary>
    public static (string Text, string? Intent) Parse(string line)
    {
        foreach (var separator in new[] { "->", "=>", " | " })
        {
            var at = line.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                var intent = line[(at + separator.Length)..].Trim();
                return (line[..at].Trim(), intent.Length == 0 ? null : intent);
            }
        }
        return (line.Trim(), null);
    }

    public string Format() => Intent is null ? Text : $"{Text} -> {Intent}";

    public void Intend(string? intent)
    {
        intent = string.IsNullOrWhiteSpace(intent) ? null : intent.Trim();
        if (intent?.Length > MaxLength) throw new DomainException($"An intent can be up to {MaxLength} characters.");
        Intent = intent;
    }

    /// <summary>The recruiter's question now belongs to the interview's new recruiter (<see cref="Interview.HandOver"/>).</summary>
    internal void PassTo(Guid authorId) => AuthorId = authorId;

    public void Reword(string text)
    {
        text = text.Trim();
        if (text.Length == 0 || text.Length > MaxLength) throw new DomainException($"A question needs between 1 and {MaxLength} characters.");
        Text = text;
    }
}
