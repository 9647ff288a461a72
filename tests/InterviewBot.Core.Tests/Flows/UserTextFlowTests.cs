using Microsoft.EntityFrameworkCore;

namespace InterviewBot.Core.Tests.Flows;

/// <summary>
/// Control and direction characters never reach the database or anyone's screen: "Bob \u202Egpj.exe"
/// would read as "Bob exe.jpg", and NUL, BEL or ESC can break logs, terminals and exports.
/// </summary>
public sealed class UserTextFlowTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Names_and_roles_are_stored_without_control_or_direction_characters()
    {
        var rita = new Chat(_database, "T-ACME", "U-RITA", "Rita\u0007 \u202ERecruiter\u202C\u0000");

        await rita.TapAsync(Verbs.CreateInterview, Guid.NewGuid(), Booking.Interview(
            ("candidate", "Bob \u202Egpj.exe\u2066"), ("role", "Back\u0000end\u001B[31m engineer\u0085\tlead"), ("candidateEmail", "bob\u200F@example.com\u2069")));

        await using var db = _database.NewContext();
        var stored = await db.Interviews.SingleAsync();
        Assert.Equal("Bob gpj.exe", stored.Candidate.Name);
        Assert.Equal("Backend[31m engineer  lead", stored.Role);
        Assert.Equal("bob\u200F@example.com", stored.Candidate.Email); // a right-to-left mark is not an override: kept
        Assert.Equal("Rita Recruiter", (await db.People.SingleAsync()).DisplayName);
        Assert.Equal("Rita Recruiter", stored.Recruiter.Name);
    }

    [Fact]
    public async Task A_note_keeps_its_lines_and_tabs_and_loses_the_rest()
    {
        var rita = new Chat(_database, "T-ACME", "U-RITA", "Rita Recruiter");
        await rita.TapAsync(Verbs.CreateInterview, Guid.NewGuid(), Booking.Interview());

        await rita.SayAsync("note first\u0007 line\r\nsecond\tline\u202E reversed\u001B\rthird\u2028fourth");

        await using var db = _database.NewContext();
        var note = (await db.Interviews.Include(i => i.Notes).SingleAsync()).Notes.Single();
        Assert.Equal("first line\nsecond\tline reversed\nthird\nfourth", note.Text);
    }
}
