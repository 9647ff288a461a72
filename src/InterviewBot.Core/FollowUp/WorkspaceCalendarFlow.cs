using System.Globalization;
using InterviewBot.Core.Engine;
using InterviewBot.Core.Nudges;
using static InterviewBot.Core.Views.Markup;

namespace InterviewBot.Core.FollowUp;

/// <summary>
/// The workspace's calendar, set in a team channel: the default zone of people the bot has not talked
/// to yet (booked through the interviews API), and days off for countries the holiday calendar lacks.
/// Either change plans the workspace's calls again when it is saved. The rule that only a team channel
/// changes them, and the announcements, are <see cref="TeamChannelFlow"/>'s.
/// </summary>
internal static class WorkspaceCalendarFlow
{
    private const string Example = "holiday add 2027-01-07 UA Orthodox Christmas";

    /// <summary>How many upcoming days a listing shows; a workspace may keep up to <see cref="Domain.Workspace.MaxHolidays"/>.</summary>
    private const int Listed = 30;

    public static void DefaultZone(Turn turn, string zone)
    {
        if (zone.Length == 0)
        {
            var current = turn.Workspace.DefaultTimeZoneId is { } chosen ? $"This workspace's default time zone is {ZoneFlow.Name(chosen, turn.NowUtc)}." : "This workspace uses the host's default time zone.";
            turn.Say($"{current} People I have not talked to yet are nudged in it. To change it, type {Bold("default zone")} and a city, e.g. {Bold("default zone Berlin")}.");
            return;
        }
        var match = ZoneCatalog.Find(zone);
        if (match.Id is null)
        {
            turn.Say(ZoneFlow.NotOneZone(zone, match, "default zone", turn.NowUtc));
            return;
        }
        turn.Workspace.UseDefaultTimeZone(match.Id);
        var text = $"{TeamChannelFlow.Who(turn)} set the workspace's default time zone to {ZoneFlow.Name(match.Id, turn.NowUtc)}: people I have not talked to yet are nudged in it until they tell me their own.";
        TeamChannelFlow.Announce(turn, text, text);
    }

    public static void Add(Turn turn, string argument)
    {
        var parts = argument.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2 || !TryDate(parts[0], out var date) || !IsCountry(parts[1]))
        {
            turn.Say($"Type {Bold("holiday add")}, the date, the two-letter country code and a name, e.g. {Bold(Example)}.");
            return;
        }
        var country = parts[1].ToUpperInvariant();
        if (!turn.Workspace.AddHoliday(country, date, parts.Length > 2 ? parts[2] : ""))
        {
            turn.Say($"{country} already has that holiday on {Day(date)}.");
            return;
        }
        var name = turn.Workspace.Holidays.Single(h => h.Country == country && h.Date == date).Name;
        var text = $"{TeamChannelFlow.Who(turn)} added a holiday for {country}: {name} on {Day(date)}. People whose holiday country is {country} get no reminders that day.";
        TeamChannelFlow.Announce(turn, text, text);
    }

    public static void Remove(Turn turn, string argument)
    {
        var parts = argument.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !TryDate(parts[0], out var date) || !IsCountry(parts[1]))
        {
            turn.Say($"Type {Bold("holiday remove")}, the date and the country code, e.g. {Bold("holiday remove 2027-01-07 UA")}.");
            return;
        }
        var country = parts[1].ToUpperInvariant();
        if (!turn.Workspace.RemoveHoliday(country, date))
        {
            turn.Say($"There is no holiday added for {country} on {Day(date)}. Type {Bold($"holidays {country}")} to see them.");
            return;
        }
        var text = $"{TeamChannelFlow.Who(turn)} removed the holiday for {country} on {Day(date)}: reminders may come that day again.";
        TeamChannelFlow.Announce(turn, text, text);
    }

    public static void List(Turn turn, string argument)
    {
        var country = argument.Trim();
        if (country.Length > 0 && !IsCountry(country))
        {
            turn.Say($"Type {Bold("holidays")} and a two-letter country code, e.g. {Bold("holidays UA")}, or {Bold("holidays")} for every country.");
            return;
        }
        country = country.ToUpperInvariant();
        var from = DateOnly.FromDateTime(turn.NowUtc).AddDays(-1);
        var upcoming = turn.Workspace.Holidays
            .Where(h => (country.Length == 0 || h.Country == country) && h.Date >= from)
            .OrderBy(h => h.Date).ThenBy(h => h.Country, StringComparer.Ordinal).ToList();
        var calendar = country.Length > 0 && HolidayCalendar.IsSupported(country) ? $" Public holidays of {country} come from my holiday calendar as well." : "";
        var add = $"Add one with {Bold(Example)}.";
        if (upcoming.Count == 0)
        {
            turn.Say($"No days off are added for {(country.Length == 0 ? "any country" : country)} from today on.{calendar} {add}");
            return;
        }
        var lines = upcoming.Take(Listed).Select(h => $"{h.Country} {h.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {h.Name} ({h.Date.DayOfWeek.ToString()[..3]})");
        var more = upcoming.Count > Listed ? $"\n…and {upcoming.Count - Listed} more." : "";
        turn.Say($"Days off added for {(country.Length == 0 ? "this workspace" : country)}:\n{string.Join('\n', lines)}{more}\n{calendar.Trim()} {add}".Replace("\n ", "\n", StringComparison.Ordinal));
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date) && date.Year is >= 2000 and <= 2200;

    private static bool IsCountry(string text) => text.Length == 2 && text.All(char.IsAsciiLetter);

    private static string Day(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);
}
