using System.Text.RegularExpressions;
using InterviewBot.Core.Conversations;

namespace InterviewBot.Slack.Inbound;

/// <summary>
/// Slack writes a mention in a message's text as <c>&lt;@U123&gt;</c> (or <c>&lt;@U123|name&gt;</c> where it
/// escapes a slash command's text). The core gets the text with each one as "@name" – the name Slack
/// gave, else the name on the person's profile, else "@U123" – and the
/// user id behind it, so "hand over to &lt;@U123&gt;" names that person.
/// </summary>
internal static partial class SlackMentions
{
    [GeneratedRegex(@"<@(?<id>[UW][A-Z0-9]+)(?:\|(?<name>[^>]*))?>", RegexOptions.None, matchTimeoutMilliseconds: 100)]
    private static partial Regex Mention();

    /// <summary>
    /// A card's answers with each person picked in a user picker (a value that is exactly one mention, see
    /// <see cref="SlackStateValues"/>) written as "@name", and the mentions behind them.
    /// </summary>
    public static async Task<(CardSubmit? Submit, IReadOnlyList<ChatMention> Mentions)> ReadAsync(CardSubmit? submit, Func<string, Task<string?>> nameOf)
    {
        var mentions = new List<ChatMention>();
        if (submit is null) return (submit, mentions);
        var values = new Dictionary<string, string>(submit.Values, StringComparer.Ordinal);
        foreach (var (key, value) in submit.Values)
        {
            if (Mention().Match(value) is not { Success: true } m || m.Length != value.Length) continue;
            var (written, found) = await ReadAsync(value, nameOf);
            values[key] = written ?? value;
            mentions.AddRange(found ?? []);
        }
        return (submit with { Values = values }, mentions);
    }

    public static async Task<(string? Text, IReadOnlyList<ChatMention>? Mentions)> ReadAsync(string? text, Func<string, Task<string?>> nameOf)
    {
        if (text is null || !text.Contains("<@", StringComparison.Ordinal)) return (text, null);
        var found = Mention().Matches(text);
        if (found.Count == 0) return (text, null);
        var mentions = new List<ChatMention>();
        var plain = new System.Text.StringBuilder();
        var at = 0;
        foreach (Match m in found)
        {
            var id = m.Groups["id"].Value;
            var given = m.Groups["name"].Success ? m.Groups["name"].Value.Trim() : "";
            var name = given.Length > 0 ? given : await nameOf(id) is { Length: > 0 } known ? known : id;
            plain.Append(text, at, m.Index - at).Append('@').Append(name);
            at = m.Index + m.Length;
            mentions.Add(new ChatMention(id, "@" + name));
        }
        plain.Append(text, at, text.Length - at);
        return (plain.ToString(), mentions);
    }
}
