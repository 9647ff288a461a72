using System.Text.RegularExpressions;

namespace InterviewBot.Core.Playbooks;

/// <summary>Fills <c>{name}</c> placeholders in playbook links and drafts; <c>{a|b}</c> takes the first of them that has a value.</summary>
public static partial class TemplateText
{
    /// <summary>
    /// Replaces each known placeholder with its value. In URLs the values are URL-encoded; unknown
    /// or empty placeholders become an empty string in URLs and a bracketed hint in text.
    /// </summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string?> values, bool forUrl = false) =>
        Placeholder().Replace(template, match =>
        {
            var names = match.Groups[1].Value.Split('|');
            var value = names.Select(values.GetValueOrDefault).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
            if (string.IsNullOrWhiteSpace(value)) return forUrl ? "" : $"[{names[0]}]";
            return forUrl ? Uri.EscapeDataString(value.Trim()) : value.Trim();
        });

    [GeneratedRegex(@"\{([a-zA-Z]+(?:\|[a-zA-Z]+)*)\}")]
    private static partial Regex Placeholder();
}
