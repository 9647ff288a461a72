namespace InterviewBot.Core.FollowUp;

/// <summary>The buttons on a nudge card and the inputs that go with them.</summary>
public static class NudgeVerbs
{
    public const string Done = "nudge.done";
    public const string Snooze = "nudge.snooze";
    public const string Stop = "nudge.stop";

    public const string KeyNudge = "nudgeId";
    public const string SnoozeFor = "snoozeFor";
    public const string SnoozeReason = "snoozeReason";

    /// <summary>The "you'll hear by" date on a card about updating the candidate.</summary>
    public const string HearBy = "hearBy";

    /// <summary>Snooze choices: an hour, the next working morning, two working days, a working week.</summary>
    public const string OneHour = "1h", NextMorning = "morning", TwoDays = "2d", OneWeek = "1w";
}
