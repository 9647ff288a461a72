namespace InterviewBot.Slack;

/// <summary>
/// The Slack channel's clock: real time. Slack stamps every request it sends (the signature check
/// compares that stamp with now) and counts its rate limits in real time, so the channel never tells
/// time by the application's <see cref="TimeProvider"/>, which local mode moves forward to show next
/// week's nudges today. <c>AddSlackChannel</c> adds <see cref="Real"/> unless one is registered
/// already (a test's fake clock).
/// </summary>
/// <param name="Time">Real time, or a test's fake clock.</param>
internal sealed record SlackClock(TimeProvider Time)
{
    public static SlackClock Real { get; } = new(TimeProvider.System);
}
