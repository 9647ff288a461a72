using System.Diagnostics.CodeAnalysis;

namespace InterviewBot.Core;

/// <summary>IANA time zone look-up and local ↔ UTC conversion that is explicit about clock changes.</summary>
public static class Zones
{
    public static bool TryFind(string? ianaId, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        if (string.IsNullOrWhiteSpace(ianaId)) return false;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(ianaId.Trim());
            return true;
        }
        catch (TimeZoneNotFoundException) { return false; }
        catch (InvalidTimeZoneException) { return false; }
        // On Linux a region name such as "Europe" is a folder of the zone database, and reading it
        // fails with these rather than with "not found".
        catch (System.Security.SecurityException) { return false; }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }

    public static TimeZoneInfo Find(string ianaId) =>
        TryFind(ianaId, out var zone) ? zone : throw new ArgumentException($"Unknown time zone {ianaId}", nameof(ianaId));

    /// <summary>
    /// Converts a wall-clock time in <paramref name="zone"/> to UTC. A time skipped by a
    /// spring-forward change does not exist and returns false; an ambiguous autumn time takes the
    /// earlier (daylight) instant, which is what people mean when they book "01:30".
    /// </summary>
    public static bool TryToUtc(DateTime local, TimeZoneInfo zone, out DateTime utc)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        utc = default;
        if (zone.IsInvalidTime(local)) return false;
        if (zone.IsAmbiguousTime(local))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(local);
            var largest = offsets.Max();
            utc = DateTime.SpecifyKind(local - largest, DateTimeKind.Utc);
            return true;
        }
        utc = TimeZoneInfo.ConvertTimeToUtc(local, zone);
        return true;
    }

    public static DateTime ToLocal(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    public static DateTime ToLocal(DateTime utc, string ianaId) =>
        TryFind(ianaId, out var zone) ? ToLocal(utc, zone) : DateTime.SpecifyKind(utc, DateTimeKind.Unspecified);
}
