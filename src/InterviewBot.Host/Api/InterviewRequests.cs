using System.Globalization;
using InterviewBot.Core;
using InterviewBot.Core.Domain;

namespace InterviewBot.Host.Api;

/// <summary>
/// One side of a booking. <see cref="TimeZone"/> and the working hours describe someone the bot has not
/// talked to yet; they never replace a zone or hours the person gave the bot themselves.
/// </summary>
public sealed record PartyRequest(string? PlatformUserId, string? Name, string? Email,
    string? TimeZone = null, string? WorkdayStart = null, string? WorkdayEnd = null, string[]? WorkingDays = null);

/// <summary>A zone and working hours given with a booking, each null when not given.</summary>
public sealed record GivenWorkingTime(string? TimeZone, TimeOnly? WorkdayStart, TimeOnly? WorkdayEnd, WorkingDays? WorkingDays);

/// <summary>
/// <c>POST /api/interviews</c>. Start and end are wall-clock times in <see cref="TimeZone"/>
/// ("2026-12-03T14:00"), or instants with an offset ("2026-12-03T13:00:00Z").
/// </summary>
/// <param name="EmailInvitation">E-mail the candidate the invitation with an .ics (needs <c>candidate.email</c> and e-mail set up); replies go to <c>recruiter.email</c>.</param>
public sealed record CreateInterviewRequest(PartyRequest? Recruiter, PartyRequest? Candidate, string? Role, string? Company,
    string? Start, string? End, string? TimeZone, PartyRequest? HiringManager = null, bool? EmailInvitation = null);

/// <summary>A valid request, in the domain's terms.</summary>
public sealed record ValidInterview(string RecruiterId, string? RecruiterName, Party Candidate, string Role, string? Company,
    DateTime StartUtc, DateTime EndUtc, string TimeZone, GivenWorkingTime RecruiterTime, HiringManager? HiringManager = null)
{
    /// <summary>Send the candidate the invitation by e-mail once booked.</summary>
    public bool EmailInvitation { get; init; }

    /// <summary>The recruiter's own address, where the candidate's replies go.</summary>
    public string? RecruiterEmail { get; init; }

    /// <summary>The candidate's chat user id in the key's workspace: they are asked to confirm, and linked only if they do.</summary>
    public string? CandidateUserId { get; init; }
}

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
        var candidateId = request.Candidate?.PlatformUserId?.Trim();
        if (candidateId?.Length > 200) Fail("candidate.platformUserId", "The candidate's user id is too long.");
        else if (candidateId is { Length: > 0 } && candidateId == recruiterId) Fail("candidate.platformUserId", "That is the recruiter's own user id; give the candidate's.");
        var email = Line(request.Candidate?.Email);
        if (!string.IsNullOrEmpty(email) && (!email.Contains('@', StringComparison.Ordinal) || email.Length > 200)) Fail("candidate.email", "That is not an e-mail address.");
        var role = Line(request.Role);
        if (string.IsNullOrEmpty(role)) Fail("role", "The role is required.");
        else if (role.Length > Interview.MaxRoleLength) Fail("role", $"The role can be up to {Interview.MaxRoleLength} characters.");
        var company = Line(request.Company);
        if (company?.Length > 120) Fail("company", "The company can be up to 120 characters.");
        var recruiterTime = WorkingTimeOf(request.Recruiter, "recruiter", Fail);
        // Checked like the recruiter's, so a typo is caught; it plans nothing: a candidate booked here gets no messages from the bot.
        WorkingTimeOf(request.Candidate, "candidate", Fail);

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

        var manager = HiringManagerOf(request.HiringManager, Fail);
        var recruiterEmail = Line(request.Recruiter?.Email);
        if (!string.IsNullOrEmpty(recruiterEmail) && (!recruiterEmail.Contains('@', StringComparison.Ordinal) || recruiterEmail.Length > 200))
            Fail("recruiter.email", "That is not an e-mail address.");
        if (request.EmailInvitation == true && string.IsNullOrEmpty(email) && !errors.ContainsKey("candidate.email"))
            Fail("emailInvitation", "The invitation can only be e-mailed with the candidate's e-mail address (candidate.email).");

        if (errors.Count > 0) return (null, errors);
        var recruiterName = Line(request.Recruiter?.Name);
        return (new ValidInterview(recruiterId!, string.IsNullOrEmpty(recruiterName) ? null : recruiterName, new Party(candidateName!, string.IsNullOrEmpty(email) ? null : email),
            role!, string.IsNullOrEmpty(company) ? null : company, start!.Value, end!.Value, request.TimeZone!.Trim(), recruiterTime, manager)
        {
            EmailInvitation = request.EmailInvitation == true,
            RecruiterEmail = string.IsNullOrEmpty(recruiterEmail) ? null : recruiterEmail,
            CandidateUserId = string.IsNullOrEmpty(candidateId) ? null : candidateId,
        }, errors);
    }

    /// <summary><c>hiringManager: {platformUserId?, email?, name, timeZone?}</c>, checked field by field; null when not given.</summary>
    private static HiringManager? HiringManagerOf(PartyRequest? party, Action<string, string> fail)
    {
        if (party is null) return null;
        var before = 0;
        void Fail(string field, string message) { before++; fail(field, message); }
        var name = party.Name is null ? "" : UserText.SingleLine(party.Name).Trim();
        if (name.Length == 0) Fail("hiringManager.name", "The hiring manager's name is required.");
        else if (name.Length > Party.MaxNameLength) Fail("hiringManager.name", $"The hiring manager's name can be up to {Party.MaxNameLength} characters.");
        var email = party.Email is null ? null : UserText.SingleLine(party.Email).Trim();
        if (!string.IsNullOrEmpty(email) && (!email.Contains('@', StringComparison.Ordinal) || email.Length > 200)) Fail("hiringManager.email", "That is not an e-mail address.");
        var userId = party.PlatformUserId?.Trim();
        if (userId?.Length > HiringManager.MaxUserIdLength) Fail("hiringManager.platformUserId", "The hiring manager's user id is too long.");
        if (party.TimeZone is { } zone && !Zones.TryFind(zone, out _))
            Fail("hiringManager.timeZone", $"Unknown time zone \"{zone}\"; use an IANA name such as America/New_York.");
        if (party.WorkdayStart is not null || party.WorkdayEnd is not null || party.WorkingDays is not null)
            Fail("hiringManager", "Give the hiring manager's platformUserId, email, name and timeZone; their working hours are their own to set.");
        return before > 0 ? null : new HiringManager(name, string.IsNullOrEmpty(email) ? null : email, string.IsNullOrEmpty(userId) ? null : userId,
            party.TimeZone?.Trim());
    }

    private static GivenWorkingTime WorkingTimeOf(PartyRequest? party, string side, Action<string, string> fail)
    {
        string? zone = null;
        if (party?.TimeZone is { } givenZone)
        {
            if (Zones.TryFind(givenZone, out _)) zone = givenZone.Trim();
            else fail($"{side}.timeZone", $"Unknown time zone \"{givenZone}\"; use an IANA name such as America/New_York.");
        }
        var start = Time(party?.WorkdayStart, $"{side}.workdayStart", fail);
        var end = Time(party?.WorkdayEnd, $"{side}.workdayEnd", fail);
        if (party?.WorkdayStart is null != party?.WorkdayEnd is null)
            fail(party?.WorkdayStart is null ? $"{side}.workdayStart" : $"{side}.workdayEnd", "Give workdayStart and workdayEnd together, e.g. \"09:00\" and \"17:30\".");
        else if (start is { } s && end is { } e && e <= s)
            fail($"{side}.workdayEnd", "The working day must end after it starts.");

        WorkingDays? days = null;
        if (party?.WorkingDays is { } names)
        {
            days = Core.Domain.WorkingDays.None;
            foreach (var name in names)
            {
                if (DayOf(name) is { } day) days |= day.ToFlag();
                else
                {
                    fail($"{side}.workingDays", $"\"{name}\" is not a day of the week; use English names such as Monday.");
                    return new(zone, start, end, null);
                }
            }
            if (days == Core.Domain.WorkingDays.None) fail($"{side}.workingDays", "Give at least one working day, e.g. [\"Monday\", \"Tuesday\"].");
        }
        return new(zone, start, end, days);
    }

    private static TimeOnly? Time(string? text, string field, Action<string, string> fail)
    {
        if (text is null) return null;
        if (TimeOnly.TryParseExact(text.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)) return time;
        fail(field, $"\"{text}\" is not a time of day; use 24-hour HH:mm, e.g. \"09:00\".");
        return null;
    }

    /// <summary>An English day name or its first three letters, in any case ("Monday", "mon").</summary>
    private static DayOfWeek? DayOf(string? name)
    {
        var text = name?.Trim() ?? "";
        if (text.Length < 3 || !text.All(char.IsAsciiLetter)) return null;
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            var full = day.ToString();
            if (full.Equals(text, StringComparison.OrdinalIgnoreCase) || (text.Length == 3 && full.StartsWith(text, StringComparison.OrdinalIgnoreCase))) return day;
        }
        return null;
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
