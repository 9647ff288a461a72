using static InterviewBot.Core.Views.Markup;

namespace InterviewBot.Core.Engine;

/// <summary>
/// <c>zone</c> in a 1:1 chat: which zone the person's reminders follow, and a new one by typing a city
/// ("zone lisbon") or an IANA name; a city that could be several zones gets the few to choose from.
/// </summary>
public static class ZoneFlow
{
    public static void Handle(Turn turn, string typed)
    {
        var person = turn.Person;
        if (typed.Length == 0)
        {
            var detected = ZoneCatalog.Of(turn.Message.User.TimeZoneId);
            var offer = detected is not null && detected.Id != person.TimeZoneId
                ? $" Your chat app says {detected.LongLabel(turn.NowUtc)}: type {Bold($"zone {detected.Name}")} to use it."
                : "";
            turn.Say($"I use {Name(person.TimeZoneId, turn.NowUtc)} for your reminders.{offer} To change it, type {Bold("zone")} and your city, e.g. {Bold("zone Lisbon")}.");
            return;
        }
        var match = ZoneCatalog.Find(typed);
        if (match.Id is null)
        {
            turn.Say(NotOneZone(typed, match, "zone", turn.NowUtc));
            return;
        }
        person.ChangeWorkingTime(match.Id, person.WorkdayStart, person.WorkdayEnd, person.WorkingDays, person.HolidayCountry);
        turn.Say($"Your time zone is now {Name(match.Id, turn.NowUtc)}. Reminders follow it from now on.");
    }

    /// <summary>
    /// The answer to a zone that is not exactly one: the zones it could be, each as the command that
    /// picks it (<paramref name="command"/> and the zone's name), or how to type one.
    /// </summary>
    public static string NotOneZone(string typed, ZoneMatch match, string command, DateTime nowUtc) =>
        match.Candidates.Count > 0
            ? $"\"{typed}\" could be several zones. Type one of these:\n" +
              string.Join('\n', match.Candidates.Select(z => $"{Bold($"{command} {z.Name}")} – {z.LongLabel(nowUtc)}"))
            : $"I don't know a time zone called \"{typed}\". Type your city or a bigger one in your zone, e.g. {Bold($"{command} Lisbon")}, " +
              $"or an IANA name such as {Bold($"{command} Europe/Lisbon")}.";

    /// <summary>"Lisbon (Europe/Lisbon, UTC+0 now)", or the id alone for a zone the system no longer knows.</summary>
    public static string Name(string zoneId, DateTime nowUtc) => ZoneCatalog.Of(zoneId)?.LongLabel(nowUtc) ?? zoneId;
}
