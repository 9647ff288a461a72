using System.Text.RegularExpressions;

namespace InterviewBot.Core.Playbooks;

/// <summary>Fills <c>{name}</c> placeholders in playbook links and drafts.</summary>
public static partial class TemplateText
{
    /// <summary>
    /// Replaces each known placeholder with its value. In URLs the values are URL-encoded; unknown
    /// or empty placeholders become an empty string in URLs and a bracketed hint in text.
    /// </summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string?> values, bool forUrl = false) =>
        Placeholder().Replace(template, match =>
        {
            var value = values.GetValueOrDefault(match.Groups[1].Value);
            if (string.IsNullOrWhiteSpace(value)) return forUrl ? "" : $"[{match.Groups[1].Value}]";
            return forUrl ? Uri.EscapeDataString(value.Trim()) : value.Trim();
        });

    [GeneratedRegex(@"\{([a-zA-Z]+)\}")]
    private static partial Regex Placeholder();
}
