namespace InterviewBot.Core.Calendar;

/// <summary>The buttons and inputs of the card that asks about a phone screen found in a calendar.</summary>
public static class CalendarVerbs
{
    public const string Track = "calendar.track";
    public const string Ignore = "calendar.ignore";
    public const string Link = "calendar.link";

    public const string KeyEvent = "calendarEventId";
    public const string Candidate = "calendar.candidate";
    public const string Role = "calendar.role";
}
