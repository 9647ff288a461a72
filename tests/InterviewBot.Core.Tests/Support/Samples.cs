namespace InterviewBot.Core.Tests.Support;

/// <summary>The people and interviews the tests talk about, built from real domain objects.</summary>
internal static class Samples
{
    /// <summary>"Now" for every test: Monday 1 March 2027, 09:00 in Berlin.</summary>
    public static readonly DateTime Now = new(2027, 3, 1, 8, 0, 0, DateTimeKind.Utc);

    /// <summary>The call: Wednesday 10 March 2027, 14:00–14:30 in Berlin.</summary>
    public static readonly DateTime CallStartUtc = new(2027, 3, 10, 13, 0, 0, DateTimeKind.Utc);

    public const string CallZone = "Europe/Berlin";

    public static readonly Workspace Workspace = new(Platforms.Slack, "T0001", Now);

    public static Person Person(string name, string zone = CallZone)
    {
        var person = new Person(Workspace.Id, "U-" + name.Replace(' ', '-'), name, Now);
        person.AdoptDetectedTimeZone(zone);
        return person;
    }

    /// <summary>A recruiter books a screen; the candidate is only a name unless <paramref name="candidatePerson"/> uses the bot too.</summary>
    public static Interview Screen(Person recruiter, string candidate = "Zoë Müller", string role = "Backend engineer", Person? candidatePerson = null) =>
        new(Workspace.Id, recruiter.Id, Audience.Recruiter,
            new Party(recruiter.DisplayName, null, recruiter.Id),
            new Party(candidate, "zoe@example.com", candidatePerson?.Id),
            role, null, CallStartUtc, CallStartUtc.AddMinutes(30), CallZone, Now);

    /// <summary>A candidate prepares for a screen with a company; the interviewer is only a name.</summary>
    public static Interview Prep(Person candidate, string interviewer = "Sam Rivera", string company = "Acme & Sons", string role = "Data engineer") =>
        new(Workspace.Id, candidate.Id, Audience.Candidate,
            new Party(interviewer),
            new Party(candidate.DisplayName, null, candidate.Id),
            role, company, CallStartUtc, CallStartUtc.AddMinutes(30), CallZone, Now);
}
