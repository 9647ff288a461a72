using System.Text.RegularExpressions;

namespace InterviewBot.Core.FollowUp;

/// <summary>
/// Reads who is meant in <c>hiring manager …</c>: a name with an optional e-mail ("Sam Patel
/// sam@example.com"), or a Slack mention ("&lt;@U024BE7LH&gt;", as Slack sends "@Sam"), which gives their user id.
/// </summary>
public static partial class HiringManagerText
{
    public static HiringManager? Parse(string? text)
    {
        text = text?.Trim() ?? "";
        if (text.Length == 0) return null;
        var mention = SlackMention().Match(text);
        if (mention.Success)
            return new HiringManager(mention.Groups["label"].Value.Trim(), null, mention.Groups["id"].Value);
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var email = words.FirstOrDefault(w => w.Contains('@', StringComparison.Ordinal));
        var name = string.Join(' ', words.Where(w => !ReferenceEquals(w, email))).Trim(',', ' ');
        return name.Length == 0 ? null : new HiringManager(name, email?.Trim('<', '>', ',').Replace("mailto:", "", StringComparison.OrdinalIgnoreCase).Split('|')[0]);
    }

    [GeneratedRegex(@"<@(?<id>[UW][A-Z0-9]{2,30})(\|(?<label>[^>]*))?>")]
    private static partial Regex SlackMention();
}
