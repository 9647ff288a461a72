namespace InterviewBot.Core.Engine;

public enum CommandKind
{
    Help,
    NewInterview,
    Prep,
    ListInterviews,
    Settings,
    Phase,
    Note,
    Open,
    Cancel,
    Stories,
    Journal,
    ExportData,
    ForgetMe,
    DeleteInterview,

    /// <summary><c>privacy export &lt;e-mail or name&gt;</c>: a privacy admin's copy of what is held about a candidate.</summary>
    PrivacyExport,

    /// <summary><c>privacy erase &lt;e-mail or name&gt;</c>: a privacy admin's erasure of a candidate, after a confirmation.</summary>
    PrivacyErase,

    /// <summary><c>privacy</c> alone, or without whom it is about: how the two above are typed.</summary>
    PrivacyHelp,

    /// <summary><c>privacy removed</c>: a privacy admin sees the workspaces that removed the bot and may delete their kept data now.</summary>
    PrivacyRemoved,

    /// <summary><c>hiring manager &lt;name&gt; [e-mail]</c> (or a Slack mention): names the current interview's hiring manager.</summary>
    HiringManager,

    /// <summary><c>hand over to @name</c> or <c>hand over @from to @to</c>: open interviews to another recruiter.</summary>
    HandOver,

    /// <summary><c>join &lt;code&gt;</c>: a candidate joins a recruiter's booking with its invite code.</summary>
    Join,

    /// <summary><c>leave</c>: a candidate leaves the recruiter's booking they joined; their prep stays theirs.</summary>
    Leave,

    /// <summary><c>calendar [address|off]</c>: the person's calendar feed (Calendar/CalendarFlow).</summary>
    Calendar,

    /// <summary><c>zone [city or IANA name]</c>: the person's time zone, shown or changed (<see cref="ZoneFlow"/>).</summary>
    Zone,
}

/// <summary>A typed command with its argument (the phase name, the note text, the list number…).</summary>
public sealed record Command(CommandKind Kind, string Argument = "");

/// <summary>Reads what people type. Forgiving about case, punctuation, a leading slash and extra spaces.</summary>
public static class CommandParser
{
    private static readonly (string Phrase, CommandKind Kind)[] Phrases =
    [
        ("help", CommandKind.Help), ("?", CommandKind.Help), ("hi", CommandKind.Help), ("hello", CommandKind.Help),
        ("start", CommandKind.Help), ("menu", CommandKind.Help), ("what can you do", CommandKind.Help),
        ("new interview", CommandKind.NewInterview), ("new phone screen", CommandKind.NewInterview),
        ("new screen", CommandKind.NewInterview), ("new call", CommandKind.NewInterview), ("new", CommandKind.NewInterview),
        ("prep", CommandKind.Prep), ("prepare", CommandKind.Prep), ("new prep", CommandKind.Prep),
        ("my interviews", CommandKind.ListInterviews), ("interviews", CommandKind.ListInterviews),
        ("list", CommandKind.ListInterviews), ("my calls", CommandKind.ListInterviews), ("upcoming", CommandKind.ListInterviews),
        ("settings", CommandKind.Settings), ("preferences", CommandKind.Settings), ("my settings", CommandKind.Settings),
        ("before", CommandKind.Phase), ("during", CommandKind.Phase), ("after", CommandKind.Phase),
        ("checklist", CommandKind.Phase), ("call card", CommandKind.Phase),
        ("my stories", CommandKind.Stories), ("stories", CommandKind.Stories), ("brag list", CommandKind.Stories), ("my brag list", CommandKind.Stories),
        ("my journal", CommandKind.Journal), ("journal", CommandKind.Journal),
        ("export my data", CommandKind.ExportData), ("my data", CommandKind.ExportData), ("export", CommandKind.ExportData),
        ("export data", CommandKind.ExportData), ("forget me", CommandKind.ForgetMe), ("delete my data", CommandKind.ForgetMe),
        ("delete interview", CommandKind.DeleteInterview), ("delete this interview", CommandKind.DeleteInterview),
        ("leave", CommandKind.Leave), ("leave this interview", CommandKind.Leave),
        ("cancel", CommandKind.Cancel), ("stop", CommandKind.Cancel), ("never mind", CommandKind.Cancel), ("nevermind", CommandKind.Cancel),
    ];

    public static Command? Parse(string? text)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0) return null;

        foreach (var (phrase, kind) in Phrases)
        {
            if (normalized == phrase) return new Command(kind, kind == CommandKind.Phase ? PhaseArgument(phrase) : "");
        }

        var raw = (text ?? "").Trim().TrimStart('/');
        foreach (var prefix in new[] { "note:", "note " })
        {
            if (raw.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && raw.Length > prefix.Length)
                return new Command(CommandKind.Note, raw[prefix.Length..].Trim());
        }
        if (normalized.StartsWith("open ", StringComparison.Ordinal))
            return new Command(CommandKind.Open, normalized[5..].Trim().TrimStart('#'));
        const string Manager = "hiring manager";
        if (normalized.StartsWith(Manager, StringComparison.Ordinal) && (normalized.Length == Manager.Length || normalized[Manager.Length] is ' ' or ':'))
            return new Command(CommandKind.HiringManager, raw[Manager.Length..].Trim().TrimStart(':').Trim());
        if (normalized == "join" || normalized.StartsWith("join ", StringComparison.Ordinal))
            return new Command(CommandKind.Join, raw[4..].Trim());
        return HandOverRequest(raw) ?? CalendarRequest(raw) ?? PrivacyRequest(raw) ?? ZoneRequest(raw);
    }

    /// <summary>"zone …" (or "time zone …", "timezone …"), with the city or id as typed.</summary>
    private static Command? ZoneRequest(string raw)
    {
        foreach (var prefix in new[] { "zone", "time zone", "timezone", "my zone", "my time zone" })
        {
            if (raw.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && (raw.Length == prefix.Length || char.IsWhiteSpace(raw[prefix.Length]) || raw[prefix.Length] == ':'))
                return new Command(CommandKind.Zone, raw[prefix.Length..].Trim().TrimStart(':').Trim().TrimEnd('.', '!', '?'));
        }
        return null;
    }

    /// <summary>"hand over …" (or "handover …"), with the rest as typed: names and mentions keep their case.</summary>
    private static Command? HandOverRequest(string raw)
    {
        foreach (var prefix in new[] { "hand over", "handover", "hand-over" })
        {
            if (raw.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && (raw.Length == prefix.Length || char.IsWhiteSpace(raw[prefix.Length])))
                return new Command(CommandKind.HandOver, raw[prefix.Length..].Trim());
        }
        return null;
    }

    /// <summary>"calendar …", with the rest as typed: a feed's address is case-sensitive.</summary>
    private static Command? CalendarRequest(string raw)
    {
        const string Calendar = "calendar";
        if (!raw.StartsWith(Calendar, StringComparison.OrdinalIgnoreCase) || (raw.Length > Calendar.Length && !char.IsWhiteSpace(raw[Calendar.Length])))
            return null;
        return new Command(CommandKind.Calendar, raw[Calendar.Length..].Trim());
    }

    /// <summary>"privacy export …" or "privacy erase …", with whom it is about as typed (case and all).</summary>
    private static Command? PrivacyRequest(string raw)
    {
        const string Privacy = "privacy";
        if (!raw.StartsWith(Privacy, StringComparison.OrdinalIgnoreCase) || (raw.Length > Privacy.Length && !char.IsWhiteSpace(raw[Privacy.Length])))
            return null;
        var rest = raw[Privacy.Length..].Trim();
        var space = rest.IndexOfAny([' ', '\t', '\n']);
        var (verb, about) = space < 0 ? (rest, "") : (rest[..space], rest[space..].Trim());
        var kind = verb.ToLowerInvariant() switch
        {
            "" => CommandKind.PrivacyHelp,
            "export" => CommandKind.PrivacyExport,
            "erase" => CommandKind.PrivacyErase,
            "removed" => CommandKind.PrivacyRemoved,
            _ => (CommandKind?)null, // "privacy policy?" and the like are not a request
        };
        if (kind is null) return null;
        if (kind == CommandKind.PrivacyRemoved) return about.Length == 0 ? new Command(CommandKind.PrivacyRemoved) : null;
        return about.Length == 0 ? new Command(CommandKind.PrivacyHelp) : new Command(kind.Value, about);
    }

    /// <summary>Lower case, single spaces, no leading slash, no trailing punctuation.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var words = text.Trim().TrimStart('/').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var joined = string.Join(' ', words).ToLowerInvariant();
        return joined == "?" ? joined : joined.TrimEnd('.', '!', '?', ',', ';', ':').Trim();
    }

    private static string PhaseArgument(string phrase) => phrase switch
    {
        "checklist" => "",
        "call card" => "during",
        _ => phrase,
    };
}
