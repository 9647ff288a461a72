using InterviewBot.Core.Domain;

namespace InterviewBot.Persistence.Configurations;

/// <summary>
/// Column lengths. Where the core has a limit it is used; elsewhere the limit is the platform's
/// (Teams display names can be 256 characters) with room to spare.
/// </summary>
internal static class Lengths
{
    public const int Platform = 32;
    public const int ExternalId = 200;
    public const int PlatformUserId = 200;
    public const int ConversationId = 512;
    public const int MessageId = 200;

    /// <summary>Display names and party names: the core does not cap names that come from the platform.</summary>
    public const int Name = 256;

    public const int Email = 320;
    public const int Role = 200;
    public const int Company = 200;
    public const int TimeZoneId = 64;
    public const int CountryCode = 10;
    public const int PlaybookId = 100;
    public const int Enum = 32;

    /// <summary>A [Flags] enum stored by name can list several members ("Saturday, MondayToFriday").</summary>
    public const int FlagsEnum = 100;

    public const int NoteText = Note.MaxLength;

    /// <summary>Every nudge kind's name, joined by commas, with room for more kinds.</summary>
    public const int KindSet = 400;

    public const int NudgeKey = 200;
    public const int NudgeError = Nudge.MaxErrorLength;
    public const int SnoozeReason = Nudge.MaxReasonLength;
    public const int StoryPart = Story.MaxPartLength;

    /// <summary>A chat dialog's answers so far: a few fields of at most a note's length each, as JSON.</summary>
    public const int PartialAnswers = 4 * Note.MaxLength;
    public const int QuestionText = PlannedQuestion.MaxLength;
}
