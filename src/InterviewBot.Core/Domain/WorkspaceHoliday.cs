namespace InterviewBot.Core.Domain;

/// <summary>
/// A day off a team added for a country, for countries the holiday calendar does not know (Ukraine,
/// India…) or days it leaves out. People whose holiday country it is are not nudged on it.
/// </summary>
public sealed class WorkspaceHoliday
{
    public const int MaxNameLength = 80;

    private WorkspaceHoliday() { }

    public WorkspaceHoliday(string country, DateOnly date, string name)
    {
        Country = country;
        Date = date;
        Name = name;
    }

    /// <summary>ISO 3166-1 alpha-2 code, upper case.</summary>
    public string Country { get; private set; } = "";

    public DateOnly Date { get; private set; }

    public string Name { get; private set; } = "";

    internal bool Rename(string name)
    {
        if (name == Name) return false;
        Name = name;
        return true;
    }
}
