using InterviewBot.Core.Domain;

namespace InterviewBot.Testing;

/// <summary>Small builders for records the tests store directly, without the engine.</summary>
public static class Seed
{
    public static async Task<(Workspace Workspace, Person Person)> WorkspaceWithPersonAsync(
        TestDatabase database, string externalId = "T-ACME", string userId = "U-RITA", string name = "Rita Recruiter")
    {
        await using var db = database.NewContext();
        var workspace = new Workspace(Platforms.Slack, externalId, database.NowUtc);
        var person = new Person(workspace.Id, userId, name, database.NowUtc);
        db.Workspaces.Add(workspace);
        db.People.Add(person);
        await db.SaveChangesAsync();
        return (workspace, person);
    }

    public static async Task<Person> PersonAsync(TestDatabase database, Workspace workspace, string userId, string name)
    {
        await using var db = database.NewContext();
        var person = new Person(workspace.Id, userId, name, database.NowUtc);
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person;
    }

    /// <summary>A 30-minute screen booked by <paramref name="recruiter"/>, starting <paramref name="startsIn"/> from now.</summary>
    public static Interview Screen(TestDatabase database, Workspace workspace, Person recruiter, string candidate, TimeSpan startsIn,
        Guid? candidatePersonId = null)
    {
        var start = database.NowUtc + startsIn;
        return new Interview(workspace.Id, recruiter.Id, Audience.Recruiter,
            new Party(recruiter.DisplayName, "rita@acme.example", recruiter.Id), new Party(candidate, null, candidatePersonId),
            "Backend engineer", null, start, start.AddMinutes(30), "Europe/Berlin", database.NowUtc);
    }

    public static async Task<Interview> SavedScreenAsync(TestDatabase database, Workspace workspace, Person recruiter, string candidate,
        TimeSpan startsIn, Guid? candidatePersonId = null)
    {
        await using var db = database.NewContext();
        var interview = Screen(database, workspace, recruiter, candidate, startsIn, candidatePersonId);
        db.Interviews.Add(interview);
        await db.SaveChangesAsync();
        return interview;
    }
}
