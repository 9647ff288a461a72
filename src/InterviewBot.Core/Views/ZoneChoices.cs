namespace InterviewBot.Core.Views;

/// <summary>
/// Time zones as a picker's choices: the city with today's offset as the title, the city key as the
/// value. A view, so a channel answering its own menu search (Slack's block_suggestion) can ask for
/// them without reaching into the engine.
/// </summary>
public static class ZoneChoices
{
    /// <summary>How many zones a Slack menu shows for what was typed (Slack's limit).</summary>
    public const int MaxSuggestions = 100;

    /// <summary>A picker's options for what the person typed so far, their chat client's zone first (see <see cref="ZoneCatalog.Suggest"/>).</summary>
    public static IReadOnlyList<Choice> Suggestions(string? typed, string? detectedZoneId, DateTime nowUtc) =>
        ZoneCatalog.Suggest(typed, detectedZoneId, nowUtc, MaxSuggestions).Select(z => Of(z, nowUtc)).ToList();

    /// <summary>One zone as a choice.</summary>
    public static Choice Of(CityZone zone, DateTime nowUtc) => new(zone.Label(nowUtc), zone.Key);
}
