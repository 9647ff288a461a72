using System.Text.RegularExpressions;

namespace InterviewBot.Slack.Inbound;

/// <summary>
/// Slack sends what people typed in messages and slash commands with &amp;, &lt; and &gt; written as
/// entities (the three characters its mrkdwn reserves). The core keeps text as people typed it, and
/// every answer escapes it again on the way out, so "R&amp;D" stays "R&amp;D" and never becomes "R&amp;amp;D".
/// </summary>
internal static partial class SlackEntities
{
    [GeneratedRegex("&(amp|lt|gt);", RegexOptions.None, matchTimeoutMilliseconds: 100)]
    private static partial Regex Entity();

    public static string Decode(string text) =>
        text.Contains('&', StringComparison.Ordinal)
            ? Entity().Replace(text, m => m.Groups[1].Value switch { "lt" => "<", "gt" => ">", _ => "&" })
            : text;
}
