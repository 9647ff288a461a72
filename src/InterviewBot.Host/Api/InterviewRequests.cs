using System.Globalization;
using InterviewBot.Core;
using InterviewBot.Core.Domain;

namespace InterviewBot.Host.Api;

public sealed record PartyRequest(string? PlatformUserId, string? Name, string? Email);

/// <summary>
/// <c>POST /api/interviews</c>. Start and end are wall-clock times in <see cref="TimeZone"/>
/// ("2026-12-03T14:00"), or instants with an offset ("2026-12-03T13:00:00Z").
/// </summary>
public sealed record CreateInterviewRequest(PartyRequest? Recruiter, PartyRequest? Candidate, string? Role, string? Company,
    string? Start, string? End, string? TimeZone);

/// <summary>A valid request, in the domain's terms.</summary>
public sealed record ValidInterview(string RecruiterId, string? RecruiterName, Party Candidate, string Role, string? Company,
    DateTime StartUtc, DateTime EndUtc, string TimeZone);

public static class InterviewRequestValidation
{
    /// <summary>Either a valid interview or the errors by field name (JSON paths as the client sent them).</summary>
    public static (ValidInterview? Valid, Dictionary<string, string[]> Errors) Validate(CreateInterviewRequest? request, DateTime nowUtc)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];
        if (request is null)
        {
            Fail("body", "Send a JSON object with recruiter, candidate, role, start, end and timeZone.");
            return (null, errors);
        }

        var recruiterId = request.Recruiter?.PlatformUserId?.Trim();
        if (string.IsNullOrEmpty(recruiterId)) Fail("recruiter.platformUserId", "The recruiter's chat user id is required (the id Teams or Slack uses).");
        else if (recruiterId.Length > 200) Fail("recruiter.platformUserId", "The recruiter's user id is too long.");
        // Read as the domain stores them (control and direction characters gone), so a role of only such
        // characters is a missing role here, with its field named, not an error on the way to the database.
        static string? Line(string? text) => text is null ? null : UserText.SingleLine(text).Trim();
        var candidateName = Line(request.Candidate?.Name);
        if (string.IsNullOrEmpty(candidateName)) Fail("candidate.name", "The candidate's name is required.");
        else if (candidateName.Length > Party.MaxNameLength) Fail("candidate.name", $"The candidate's name can be up to {Party.MaxNameLength} characters.");
        var email = Line(request.Candidate?.Email);
        if (!string.IsNullOrEmpty(email) && (!email.Contains('@', StringComparison.Ordinal) || email.Length > 200)) Fail("candidate.email", "That is not an e-mail address.");
        var role = Line(request.Role);
        if (string.IsNullOrEmpty(role)) Fail("role", "The role is required.");
        else if (role.Length > Interview.MaxRoleLength) Fail("role", $"The role can be up to {Interview.MaxRoleLength} characters.");
        var company = Line(request.Company);
        if (company?.Length > 120) Fail("company", "The company can be up to 120 characters.");

        TimeZoneInfo? zone = null;
        if (string.IsNullOrWhiteSpace(request.TimeZone)) Fail("timeZone", "The time zone is required (an IANA name such as Europe/Berlin).");
        else if (!Zones.TryFind(request.TimeZone, out zone)) Fail("timeZone", $"Unknown time zone \"{request.TimeZone}\"; use an IANA name such as Europe/Berlin.");
        var start = zone is null ? null : Instant(request.Start, zone, "start", Fail);
        var end = zone is null ? null : Instant(request.End, zone, "end", Fail);
        if (start is { } s && end is { } e)
        {
            if (e <= s) Fail("end", "The call must end after it starts.");
            else if (e - s > TimeSpan.FromHours(8)) Fail("end", "A phone screen longer than 8 hours is probably a typo.");
            if (s < nowUtc.AddHours(-1)) Fail("start", "That time has already passed.");
            if (s > nowUtc.AddYears(1)) Fail("start", "That is more than a year away.");
        }

        if (errors.Count > 0) return (null, errors);
        var recruiterName = Line(request.Recruiter?.Name);
        return (new ValidInterview(recruiterId!, string.IsNullOrEmpty(recruiterName) ? null : recruiterName, new Party(candidateName!, string.IsNullOrEmpty(email) ? null : email),
            role!, string.IsNullOrEmpty(company) ? null : company, start!.Value, end!.Value, request.TimeZone!.Trim()), errors);
    }

    private static DateTime? Instant(string? text, TimeZoneInfo zone, string field, Action<string, string> fail)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            fail(field, $"The {field} time is required, e.g. \"2026-12-03T14:00\".");
            return null;
        }
        if (DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"], CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var withOffset) && (text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > 10))
            return withOffset.UtcDateTime;
        if (DateTime.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            if (Zones.TryToUtc(local, zone, out var utc)) return utc;
            fail(field, $"{text} does not exist in {zone.Id}: the clocks go forward then.");
            return null;
        }
        fail(field, $"\"{text}\" is not a date and time; use ISO 8601, e.g. \"2026-12-03T14:00\".");
        return null;
    }
}
