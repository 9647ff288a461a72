using System.Globalization;
using InterviewBot.Core.Conversations;

namespace InterviewBot.Core.Engine;

/// <summary>
/// Reads submitted form values and collects one clear error per field, so a bad form comes back
/// with everything the user typed still in it.
/// </summary>
public sealed class FormReader(CardSubmit? submit)
{
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public IReadOnlyDictionary<string, string> Errors => _errors;

    public string? Raw(string id)
    {
        var value = submit?.Value(id)?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public string? Text(string id, string label, bool required, int maxLength)
    {
        var value = Raw(id);
        if (value is null)
        {
            if (required) Fail(id, $"{label} is required.");
            return null;
        }
        if (value.Length > maxLength) Fail(id, $"{label} can be up to {maxLength} characters (you have {value.Length}).");
        return value;
    }

    /// <summary>A single-line text (a name, a role): line breaks and tabs become spaces.</summary>
    public string? Line(string id, string label, bool required, int maxLength)
    {
        var value = Text(id, label, required: false, int.MaxValue);
        value = value is null ? null : Domain.UserText.SingleLine(value).Trim();
        if (string.IsNullOrEmpty(value))
        {
            if (required) Fail(id, $"{label} is required.");
            return null;
        }
        if (value.Length > maxLength) Fail(id, $"{label} can be up to {maxLength} characters (you have {value.Length}).");
        return value;
    }

    public DateOnly? Date(string id, string label, bool required)
    {
        var value = Raw(id);
        if (value is null)
        {
            if (required) Fail(id, $"{label} is required.");
            return null;
        }
        string[] formats = ["yyyy-MM-dd", "yyyy-M-d", "d.M.yyyy", "dd.MM.yyyy", "d/M/yyyy"];
        if (DateOnly.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Fail(id, $"{label}: \"{value}\" is not a date. Use the date picker or YYYY-MM-DD.");
        return null;
    }

    public TimeOnly? Time(string id, string label, bool required)
    {
        var value = Raw(id);
        if (value is null)
        {
            if (required) Fail(id, $"{label} is required.");
            return null;
        }
        string[] formats = ["HH:mm", "H:mm", "HH:mm:ss", "h:mm tt", "h:mmtt", "htt", "h tt"];
        if (TimeOnly.TryParseExact(value.ToUpperInvariant(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)) return time;
        Fail(id, $"{label}: \"{value}\" is not a time. Use the time picker or HH:MM, for example 14:30.");
        return null;
    }

    public int? Number(string id, string label, int min, int max, bool required)
    {
        var value = Raw(id);
        if (value is null)
        {
            if (required) Fail(id, $"{label} is required.");
            return null;
        }
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
        Fail(id, $"{label} must be a whole number from {min} to {max}.");
        return null;
    }

    /// <summary>The IANA id of the zone picked (a picker sends its key) or typed (a city or an id, where a client shows a text box).</summary>
    public string? TimeZone(string id, string label)
    {
        var value = Raw(id);
        if (value is null)
        {
            Fail(id, $"{label} is required.");
            return null;
        }
        var match = ZoneCatalog.Find(value);
        if (match.Id is not null) return match.Id;
        Fail(id, match.Candidates.Count > 0
            ? $"\"{value}\" could be {string.Join(", ", match.Candidates.Select(z => z.City))}. Pick one from the list."
            : $"I don't know the time zone \"{value}\". Type a city in your zone, such as London or Chicago.");
        return null;
    }

    public void Fail(string id, string message) => _errors.TryAdd(id, message);

    /// <summary>The fields again, holding what the user sent and the error for each.</summary>
    public IReadOnlyList<FieldView> Echo(IEnumerable<FieldView> fields) =>
        fields.Select(f => f with
        {
            Value = submit is null ? f.Value : Sent(f) ?? (f.Kind is FieldInputKind.Choice ? f.Value : null),
            Error = _errors.GetValueOrDefault(f.Id),
        }).ToList();

    /// <summary>What was sent for a field; a zone as the picker's own key, so the picker shows it chosen.</summary>
    private string? Sent(FieldView field) =>
        field.Kind == FieldInputKind.TimeZone && ZoneCatalog.Find(Raw(field.Id)).Id is { } zone ? ZoneCatalog.Of(zone)?.Key ?? Raw(field.Id) : Raw(field.Id);
}
