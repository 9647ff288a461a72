namespace InterviewBot.Core.Domain;

/// <summary>
/// How many invite codes that did not work the person typed lately: at most <see cref="MaxFailedJoins"/>
/// an hour, so 2^40 codes cannot be tried one after another.
/// </summary>
public sealed partial class Person
{
    public const int MaxFailedJoins = 5;

    public static readonly TimeSpan FailedJoinWindow = TimeSpan.FromHours(1);

    /// <summary>Codes that did not work since <see cref="FailedJoinsSinceUtc"/>.</summary>
    public int FailedJoins { get; private set; }

    /// <summary>When the hour in which <see cref="FailedJoins"/> are counted began (the first failure in it).</summary>
    public DateTime? FailedJoinsSinceUtc { get; private set; }

    /// <summary>When the person may try a code again; null: now.</summary>
    public DateTime? JoinBlockedUntil(DateTime nowUtc) =>
        FailedJoinsSinceUtc is { } since && nowUtc - since < FailedJoinWindow && FailedJoins >= MaxFailedJoins ? since + FailedJoinWindow : null;

    public void CountFailedJoin(DateTime nowUtc)
    {
        if (FailedJoinsSinceUtc is not { } since || nowUtc - since >= FailedJoinWindow)
        {
            FailedJoinsSinceUtc = nowUtc;
            FailedJoins = 0;
        }
        FailedJoins++;
    }
}
