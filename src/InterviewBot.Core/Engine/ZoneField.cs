namespace InterviewBot.Core.Engine;

/// <summary>
/// The time zone field of the settings and booking forms: every zone by city with today's offset
/// ("Lisbon (UTC+0 now)"), the zone it holds first, the one the chat client reports next, then the
/// others nearest those (see <see cref="ZoneCatalog.NearestFirst"/>).
/// </summary>
public static class ZoneField
{
    /// <summary>The field's label, which says that the offsets listed are today's.</summary>
    public const string Label = "Time zone: type your city (offsets as of today)";

    public static FieldView For(string id, string label, string zoneId, Turn turn)
    {
        var choices = ZoneCatalog.NearestFirst([zoneId, turn.Message.User.TimeZoneId], turn.NowUtc).Select(z => ZoneChoices.Of(z, turn.NowUtc)).ToList();
        return new FieldView(id, label, FieldInputKind.TimeZone, ZoneCatalog.Of(zoneId)?.Key ?? zoneId, Required: true, Choices: choices);
    }

}
