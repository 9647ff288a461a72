namespace InterviewBot.Core.Domain;

/// <summary>
/// How the bot calls someone by name: a draft's greeting of a line like "Olena Kovalenko – team lead", the
/// recruiter's or hiring manager's first name on a card. The one place a name is cut down to its first name.
/// </summary>
public static class PersonNames
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase) { "dr", "prof", "mr", "mrs", "ms", "mx" };

    /// <summary>The name alone, without a role or note after a dash, comma or bracket.</summary>
    public static string NameOnly(string line)
    {
        var name = line.Trim();
        foreach (var cut in new[] { " – ", " — ", " - ", ",", "(", " | " })
        {
            var at = name.IndexOf(cut, StringComparison.Ordinal);
            if (at > 0) name = name[..at].Trim();
        }
        return name;
    }

    /// <summary>
    /// The first name ("Hi Olena,"). A title keeps the surname ("Hi Dr Kovalenko,"), since that is how
    /// the person signed themselves.
    /// </summary>
    public static string FirstName(string line)
    {
        var parts = NameOnly(line).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return line.Trim();
        return parts.Length > 1 && Titles.Contains(parts[0].TrimEnd('.')) ? $"{parts[0].TrimEnd('.')} {parts[^1]}" : parts[0];
    }
}
