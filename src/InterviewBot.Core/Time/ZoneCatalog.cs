using System.Globalization;
using System.Text;

namespace InterviewBot.Core;

/// <summary>A time zone as people pick it: by its city ("Port of Spain" for America/Port_of_Spain).</summary>
/// <param name="Key">
/// What a card sends back when the zone is picked: the id's last part ("Port_of_Spain"), which no other
/// zone shares, so a list of every zone stays small enough for a Teams card; the whole id where it is shared.
/// </param>
public sealed record CityZone(string Id, string City, string Key)
{
    /// <summary>
    /// "Lisbon (UTC+0)" with today's offset, so daylight saving is right whatever the season (a picker's
    /// label says the offsets are today's: "now" on each of hundreds of zones would not fit a Teams card).
    /// </summary>
    public string Label(DateTime nowUtc) => $"{City} ({ZoneCatalog.Offset(Id, nowUtc)})";

    /// <summary>The shortest text that finds this zone again: its city, or its id where another zone has the same city.</summary>
    public string Name => Key == Id && Id.Contains('/', StringComparison.Ordinal) ? Id : City;

    /// <summary>"Lisbon (Europe/Lisbon, UTC+0 now)", where the id tells zones of similar cities apart.</summary>
    public string LongLabel(DateTime nowUtc) => $"{City} ({Id}, {ZoneCatalog.Offset(Id, nowUtc)} now)";
}

/// <summary>What a typed zone (a city or an IANA id) turned out to be.</summary>
/// <param name="Id">The zone's IANA id when exactly one matched.</param>
/// <param name="Candidates">The zones it could be when several matched (at most <see cref="ZoneCatalog.MaxCandidates"/>).</param>
public sealed record ZoneMatch(string? Id, IReadOnlyList<CityZone> Candidates);

/// <summary>
/// Every IANA zone of the system, named by its city: the list behind the zone pickers of cards, and
/// the reading of a zone typed in chat ("lisbon", "new york", "Europe/Lisbon", even the old "Kiev").
/// </summary>
public static class ZoneCatalog
{
    public const int MaxCandidates = 8;

    /// <summary>The regions of the zone database, for names it keeps only as links ("Europe/Kiev").</summary>
    private static readonly string[] Regions = ["Europe", "America", "Asia", "Africa", "Australia", "Pacific", "Atlantic", "Indian", "Antarctica", "Arctic"];

    private static readonly Lazy<IReadOnlyList<CityZone>> Zones = new(Load);

    /// <summary>Every zone, A–Z by city.</summary>
    public static IReadOnlyList<CityZone> All => Zones.Value;

    /// <summary>The zone of an IANA id the system knows (a link such as "Europe/Kiev" included), else null.</summary>
    public static CityZone? Of(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return null;
        id = id.Trim();
        var listed = All.FirstOrDefault(z => z.Id.Equals(id, StringComparison.OrdinalIgnoreCase) || z.Key == id);
        if (listed is not null) return listed;
        return InterviewBot.Core.Zones.TryFind(id, out var zone) ? new CityZone(zone.Id, CityOf(zone.Id), zone.Id) : null;
    }

    /// <summary>"UTC+2", "UTC-3", "UTC+5:30", "UTC+0": the zone's offset at <paramref name="nowUtc"/>.</summary>
    public static string Offset(string id, DateTime nowUtc)
    {
        var offset = OffsetOf(id, nowUtc);
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var abs = offset.Duration();
        return abs.Minutes == 0
            ? string.Create(CultureInfo.InvariantCulture, $"UTC{sign}{(int)abs.TotalHours}")
            : string.Create(CultureInfo.InvariantCulture, $"UTC{sign}{(int)abs.TotalHours}:{abs.Minutes:00}");
    }

    /// <summary>
    /// Reads a zone as typed: an IANA id, a card's key, a city ("lisbon", "São Paulo", "st. john's"),
    /// the start of a city's name, or an old name the database keeps as a link ("Kiev"). One match
    /// gives its id; several give the candidates; none gives neither.
    /// </summary>
    public static ZoneMatch Find(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return new(null, []);
        if (Of(typed) is { } exact) return new(exact.Id, []);
        var query = Normalize(typed);
        if (query.Length == 0) return new(null, []);

        var sameCity = All.Where(z => Normalize(z.City) == query).ToList();
        if (sameCity.Count == 1) return new(sameCity[0].Id, []);
        var matches = sameCity.Count > 1 ? sameCity : Search(query, int.MaxValue);
        if (matches.Count == 1) return new(matches[0].Id, []);
        if (matches.Count > 1) return new(null, matches.Take(MaxCandidates).ToList());
        return Linked(typed) is { } linked ? new(linked, []) : new(null, []);
    }

    /// <summary>
    /// The zones a picker offers for what the person typed so far, best first: the city itself, cities
    /// that start with it, cities with a word that starts with it, then any city or id that holds it
    /// ("europe" lists Europe's zones).
    /// </summary>
    public static IReadOnlyList<CityZone> Search(string? typed, int max)
    {
        var query = Normalize(typed);
        if (query.Length == 0) return All.Take(max).ToList();
        return All
            .Select(z => (Zone: z, Rank: Rank(z, query)))
            .Where(r => r.Rank > 0)
            .OrderBy(r => r.Rank).ThenBy(r => r.Zone.City, StringComparer.OrdinalIgnoreCase)
            .Take(max)
            .Select(r => r.Zone)
            .ToList();
    }

    /// <summary>
    /// What a picker offers: the zones matching <paramref name="typed"/>, with <paramref name="own"/> (the
    /// zone the person's chat client reports) first when it matches; with nothing typed, every zone
    /// <see cref="NearestFirst">nearest theirs first</see>.
    /// </summary>
    public static IReadOnlyList<CityZone> Suggest(string? typed, string? own, DateTime nowUtc, int max)
    {
        if (Normalize(typed).Length == 0) return NearestFirst([own], nowUtc).Take(max).ToList();
        var mine = Of(own);
        var found = Search(typed, max + 1);
        return (mine is not null && found.Contains(mine) ? found.Where(z => z != mine).Prepend(mine) : found).Take(max).ToList();
    }

    /// <summary>
    /// Every zone: <paramref name="first"/> (the ones known), then the others by how far their offset
    /// today is from the first one's, A–Z within an offset. A list cut short keeps the person's part of the world.
    /// </summary>
    public static IReadOnlyList<CityZone> NearestFirst(IEnumerable<string?> first, DateTime nowUtc)
    {
        var lead = first.Select(Of).OfType<CityZone>().Distinct().ToList();
        if (lead.Count == 0) return All;
        var offset = OffsetOf(lead[0].Id, nowUtc);
        return lead.Concat(All.Except(lead)
                .OrderBy(z => (OffsetOf(z.Id, nowUtc) - offset).Duration())
                .ThenBy(z => OffsetOf(z.Id, nowUtc))
                .ThenBy(z => z.City, StringComparer.OrdinalIgnoreCase))
            .ToList();
    }

    private static TimeSpan OffsetOf(string id, DateTime nowUtc) =>
        InterviewBot.Core.Zones.TryFind(id, out var zone) ? zone.GetUtcOffset(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc)) : TimeSpan.Zero;

    private static int Rank(CityZone zone, string query)
    {
        var city = Normalize(zone.City);
        if (city == query) return 1;
        if (city.StartsWith(query, StringComparison.Ordinal)) return 2;
        if (city.Split(' ').Any(w => w.StartsWith(query, StringComparison.Ordinal))) return 3;
        if (city.Contains(query, StringComparison.Ordinal) || Normalize(zone.Id.Replace('/', ' ')).Contains(query, StringComparison.Ordinal)) return 4;
        return 0;
    }

    /// <summary>An old or alternative name the database keeps only as a link to a zone ("Kiev", "Calcutta").</summary>
    private static string? Linked(string typed)
    {
        var city = string.Join('_', typed.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
        if (city.Length == 0 || city.Contains('/', StringComparison.Ordinal) || !city.All(c => char.IsAsciiLetter(c) || c == '_')) return null;
        foreach (var region in Regions)
        {
            if (InterviewBot.Core.Zones.TryFind($"{region}/{city}", out var zone)) return zone.Id;
        }
        return null;
    }

    /// <summary>Lower case, without accents, apostrophes or dots, with one space between words ("st. john's" → "st johns").</summary>
    internal static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var plain = new StringBuilder(text.Length);
        foreach (var c in text.Trim().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’' or '.') continue;
            plain.Append(c is '_' or '-' or ',' ? ' ' : char.ToLowerInvariant(c));
        }
        return string.Join(' ', plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static List<CityZone> Load()
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var zone in TimeZoneInfo.GetSystemTimeZones())
        {
            // Windows names its zones its own way; each has an IANA twin the rest of the bot understands.
            var id = zone.HasIanaId ? zone.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : null;
            if (id is not null && (id.Contains('/', StringComparison.Ordinal) || id == "UTC") && !id.StartsWith("Etc/", StringComparison.Ordinal)) ids.Add(id);
        }
        var keys = ids.GroupBy(LastPart).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return ids
            .Select(id => new CityZone(id, CityOf(id), keys[LastPart(id)] == 1 ? LastPart(id) : id))
            .OrderBy(z => z.City, StringComparer.OrdinalIgnoreCase).ThenBy(z => z.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static string LastPart(string id) => id[(id.LastIndexOf('/') + 1)..];

    private static string CityOf(string id) => LastPart(id).Replace('_', ' ');
}
