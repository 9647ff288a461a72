using System.Text.RegularExpressions;
using InterviewBot.Core.Conversations;

namespace InterviewBot.Slack.Inbound;

/// <summary>
/// Slack writes a mention in a message's text as <c>&lt;@U123&gt;</c> (or <c>&lt;@U123|name&gt;</c> where it
/// escapes a slash command's text). The core gets the text with each one as "@name" – or "@U123" when
/// Slack gave no name – and the user id behind it, so "hand over to &lt;@U123&gt;" names that person.
/// </summary>
internal static partial class SlackMentions
{
    [GeneratedRegex(@"<@(?<id>[UW][A-Z0-9]+)(?:\|(?<name>[^>]*))?>", RegexOptions.None, matchTimeoutMilliseconds: 100)]
    private static partial Regex Mention();

    public static (string? Text, IReadOnlyList<ChatMention>? Mentions) Read(string? text)
    {
        if (text is null || !text.Contains("<@", StringComparison.Ordinal)) return (text, null);
        var mentions = new List<ChatMention>();
        var plain = Mention().Replace(text, m =>
        {
            var name = m.Groups["name"].Success && m.Groups["name"].Value.Trim().Length > 0 ? m.Groups["name"].Value.Trim() : m.Groups["id"].Value;
            var written = "@" + name;
            mentions.Add(new ChatMention(m.Groups["id"].Value, written));
            return written;
        });
        return (plain, mentions);
    }
}
