using System.Globalization;

namespace InterviewBot.Testing;

/// <summary>
/// The calendar exports the tests serve, in the shapes Outlook ("publish calendar") and Google ("secret
/// address in iCal format") write them (the .ics files beside this one, embedded). Outlook's phone screen with Jordan Lee can be moved or
/// cancelled, as the calendar's owner would between two polls.
/// </summary>
public static class CalendarExports
{
    /// <summary>Thu 4 Mar 2027, 14:00 in Berlin (W. Europe Standard Time): 13:00 UTC.</summary>
    public static readonly DateTime JordanLocal = new(2027, 3, 4, 14, 0, 0);

    public static string Outlook(DateTime? jordanLocalStart = null, bool jordanCancelled = false, int sequence = 0)
    {
        var start = jordanLocalStart ?? JordanLocal;
        return Crlf(Read("outlook-publish.ics")
            .Replace("{{JORDAN_START}}", Stamp(start), StringComparison.Ordinal)
            .Replace("{{JORDAN_END}}", Stamp(start.AddMinutes(30)), StringComparison.Ordinal)
            .Replace("{{JORDAN_STATUS}}", jordanCancelled ? "CANCELLED" : "CONFIRMED", StringComparison.Ordinal)
            .Replace("{{JORDAN_SEQUENCE}}", sequence.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    /// <summary>Outlook's export with Jordan Lee's phone screen deleted from the calendar.</summary>
    public static string OutlookWithoutJordan()
    {
        var text = Outlook();
        var start = text.IndexOf("BEGIN:VEVENT", StringComparison.Ordinal);
        var end = text.IndexOf("END:VEVENT\r\n", start, StringComparison.Ordinal) + "END:VEVENT\r\n".Length;
        return text.Remove(start, end - start);
    }

    public static string Google() => Crlf(Read("google-secret.ics"));

    private static string Read(string name)
    {
        using var stream = typeof(CalendarExports).Assembly.GetManifestResourceStream("InterviewBot.Testing.Calendar." + name)
            ?? throw new InvalidOperationException($"The export {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string Stamp(DateTime local) => local.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    /// <summary>iCalendar lines end in CRLF, as both services send them.</summary>
    private static string Crlf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
}
