namespace InterviewBot.Core.Domain;

/// <summary>
/// One side of an interview. A party may be a person who uses the bot (<see cref="PersonId"/>) or
/// only a name and e-mail address (a candidate who is not in the chat workspace).
/// </summary>
public sealed record Party(string Name, string? Email = null, Guid? PersonId = null)
{
    public const int MaxNameLength = 120;
}
