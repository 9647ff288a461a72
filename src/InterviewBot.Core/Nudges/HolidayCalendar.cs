using System.Collections.Concurrent;
using System.Collections.Frozen;
using PublicHoliday;

namespace InterviewBot.Core.Nudges;

/// <summary>
/// National public holidays by ISO 3166-1 alpha-2 country code, from the PublicHoliday package.
/// Only nation-wide days are known (no German Land, US state or Swiss canton days). An unknown
/// code means "no holidays", never an exception: a nudge is better a day early than not sent.
/// Settings screens use <see cref="IsSupported"/> to tell the person their country is not known.
/// </summary>
public static class HolidayCalendar
{
    // The package's own country enum uses ISO codes, except Po, an old alias of Pl (Poland) that
    // is not an ISO code; the United Kingdom is also known by its common "UK". Great Britain uses
    // the package's default, the bank holidays of England and Wales.
    private static readonly FrozenDictionary<string, PublicHolidayCountryCode> Countries =
        Enum.GetValues<PublicHolidayCountryCode>()
            .Where(c => c != PublicHolidayCountryCode.Po)
            .Select(c => KeyValuePair.Create(c.ToString().ToUpperInvariant(), c))
            .Append(KeyValuePair.Create("UK", PublicHolidayCountryCode.Gb))
            .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // The package's own cache is not documented as thread-safe; the scheduler asks from many
    // threads, so each country-year is computed once into an immutable set.
    private static readonly ConcurrentDictionary<(PublicHolidayCountryCode Country, int Year), FrozenSet<DateOnly>> Years = new();

    /// <summary>The codes that have holidays, upper case, sorted.</summary>
    public static IReadOnlyList<string> SupportedCountries { get; } = [.. Countries.Keys.Order(StringComparer.Ordinal)];

    public static bool IsSupported(string? country) => Find(country) is not null;

    /// <summary>
    /// True when <paramref name="date"/> is a public holiday in <paramref name="country"/>: the day
    /// itself or the weekday it is observed on when it falls on a weekend (both are days off for
    /// someone who works on them). False for an unknown or missing country.
    /// </summary>
    public static bool IsHoliday(string? country, DateOnly date)
    {
        if (Find(country) is not { } code) return false;
        // An observed day can fall in the neighbouring year (1 January on a Saturday is observed
        // on 31 December in the US), so the years either side are asked too.
        return HolidaysOf(code, date.Year).Contains(date)
            || HolidaysOf(code, date.Year + 1).Contains(date)
            || HolidaysOf(code, date.Year - 1).Contains(date);
    }

    /// <summary>The holidays (and observed days) of one year, for display in settings.</summary>
    public static IReadOnlyCollection<DateOnly> HolidaysIn(string? country, int year) =>
        Find(country) is { } code ? HolidaysOf(code, year) : FrozenSet<DateOnly>.Empty;

    private static PublicHolidayCountryCode? Find(string? country) =>
        country is not null && Countries.TryGetValue(country.Trim(), out var code) ? code : null;

    private static FrozenSet<DateOnly> HolidaysOf(PublicHolidayCountryCode code, int year) =>
        Years.GetOrAdd((code, year), static key => Compute(key.Country, key.Year));

    private static FrozenSet<DateOnly> Compute(PublicHolidayCountryCode code, int year)
    {
        if (year is < 1900 or > 2200) return FrozenSet<DateOnly>.Empty;
        try
        {
            return PublicHolidayFactory.GetPublicHolidayForCountry(code)
                .PublicHolidaysInformation(year)
                .Where(h => h.IsPublic)
                .SelectMany(h => new[] { DateOnly.FromDateTime(h.HolidayDate), DateOnly.FromDateTime(h.ObservedDate) })
                .ToFrozenSet();
        }
#pragma warning disable CA1031 // A calendar bug in the package must not stop a nudge; the day is then treated as a working day.
        catch (Exception)
#pragma warning restore CA1031
        {
            return FrozenSet<DateOnly>.Empty;
        }
    }
}
