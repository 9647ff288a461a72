using Microsoft.EntityFrameworkCore;

namespace InterviewBot.Core.Tests.Flows;

/// <summary>
/// The real conversation router on the real stores and a real SQLite file: booking a call and preparing
/// for one, as a recruiter and a candidate would in their 1:1 chat.
/// </summary>
public sealed class EngineFlowTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly Chat _rita;

    public EngineFlowTests() => _rita = new Chat(_database, "T-ACME", "U-RITA", "Rita Recruiter");

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Help_shows_the_help_card_in_the_persons_zone()
    {
        var result = await _rita.SayAsync("help");

        var card = Assert.IsType<SummaryView>(Assert.Single(result.Replies).Card);
        Assert.Equal("How I can help", card.Title);
        Assert.Contains("Europe/Berlin", card.Subtitle, StringComparison.Ordinal);
        Assert.Contains(card.Buttons, b => b.Verb == Verbs.NewInterview);
    }

    [Fact]
    public async Task New_interview_shows_the_booking_form()
    {
        var result = await _rita.SayAsync("new interview");

        var form = Assert.IsType<FormView>(Assert.Single(result.Replies).Card);
        Assert.Equal(Verbs.CreateInterview, form.Submit.Verb);
        Assert.Equal(["candidate", "candidateEmail", "role", "date", "time", "minutes", "timeZone", "hiringManager", "hiringManagerEmail", "briefAbout", "briefSalary"],
            form.Fields.Select(f => f.Id));
        Assert.Equal("Berlin", form.Fields.Single(f => f.Id == "timeZone").Value); // Europe/Berlin, by its city
    }

    [Fact]
    public async Task Booking_a_call_stores_it_and_shows_the_before_checklist_at_zero_of_three()
    {
        var formId = (await _rita.SayAsync("new interview")).Replies[0].CardId;

        var result = await _rita.TapAsync(Verbs.CreateInterview, formId, Booking.Interview());

        var confirmation = result.Replies[0];
        Assert.True(confirmation.ReplacesCard);
        Assert.Equal(formId, confirmation.CardId);
        Assert.Equal("Phone screen with Jordan Lee booked ✓", confirmation.Card!.Title);
        var (checklist, reply) = Booking.Checklist(result);
        Assert.False(reply.ReplacesCard);
        Assert.Equal((0, 3), (checklist.Done, checklist.Total));
        Assert.StartsWith("Before the call: Jordan Lee – Backend engineer", checklist.Title, StringComparison.Ordinal);

        await using var db = _database.NewContext();
        var stored = await db.Interviews.SingleAsync();
        var rita = await db.People.SingleAsync();
        Assert.Equal(new Party("Jordan Lee", "jordan@example.com"), stored.Candidate);
        Assert.Equal(rita.Id, stored.Recruiter.PersonId);
        // 14:00 in Berlin in winter is 13:00 UTC.
        Assert.Equal((new DateTime(2027, 3, 2, 13, 0, 0, DateTimeKind.Utc), new DateTime(2027, 3, 2, 13, 45, 0, DateTimeKind.Utc)),
            (stored.StartUtc, stored.EndUtc));
        Assert.Equal(stored.Id, rita.ActiveInterviewId);
        Assert.Equal("before", (await db.Sessions.SingleAsync()).PhaseId);
    }

    [Fact]
    public async Task Booking_with_a_role_brief_stores_the_brief_and_leaves_know_the_role_open_until_the_daily_tasks_are_in()
    {
        var result = await _rita.TapAsync(Verbs.CreateInterview, Guid.NewGuid(),
            Booking.Interview(("briefAbout", "Payments platform for 2,000 shops"), ("briefSalary", "85,000–95,000 EUR")));

        // The booking form starts the brief (product and salary); the step counts once the daily tasks are in too.
        var (checklist, _) = Booking.Checklist(result);
        Assert.Equal((0, 3), (checklist.Done, checklist.Total));
        Assert.False(checklist.Items.Single(i => i.StepId == "know-the-role").Done);

        await using var db = _database.NewContext();
        var brief = await db.RoleBriefs.SingleAsync();
        Assert.Equal("BACKEND ENGINEER", brief.RoleKey);
        Assert.Equal(("Payments platform for 2,000 shops", "85,000–95,000 EUR"), (brief["product"], brief["salary"]));
    }

    public static TheoryData<string, string, string, string> InvalidBookings => new()
    {
        // field changed, value typed, field that shows the error, what the error says
        { "candidate", "", "candidate", "Candidate name is required." },
        { "date", "31.02.2027", "date", "is not a date" },
        { "date", "2027-02-27", "date", "already passed" },
        { "timeZone", "Mars/Olympus_Mons", "timeZone", "I don't know the time zone" },
        // Clocks in Berlin jump from 02:00 to 03:00 on 28 March 2027: 02:30 never happens.
        { "date", "2027-03-28", "time", "does not exist" },
    };

    [Theory]
    [MemberData(nameof(InvalidBookings))]
    public async Task An_invalid_booking_comes_back_in_place_with_the_error_on_its_field_and_the_typed_values_kept(
        string field, string value, string errorField, string error)
    {
        var formId = Guid.NewGuid();
        var values = Booking.Interview((field, value));
        if (errorField == "time") values["time"] = "02:30";

        var result = await _rita.TapAsync(Verbs.CreateInterview, formId, values);

        var reply = Assert.Single(result.Replies);
        Assert.True(reply.ReplacesCard);
        Assert.Equal(formId, reply.CardId);
        var form = Assert.IsType<FormView>(reply.Card);
        Assert.Contains(error, form.Fields.Single(f => f.Id == errorField).Error, StringComparison.Ordinal);
        Assert.Equal("Backend engineer", form.Fields.Single(f => f.Id == "role").Value);
        Assert.Equal("jordan@example.com", form.Fields.Single(f => f.Id == "candidateEmail").Value);
        Assert.Equal(values["time"], form.Fields.Single(f => f.Id == "time").Value);
        await using var db = _database.NewContext();
        Assert.False(await db.Interviews.AnyAsync());
    }

    [Fact]
    public async Task Text_the_bot_does_not_understand_gets_the_commands_it_does()
    {
        var result = await _rita.SayAsync("what's the weather like");

        var reply = Assert.Single(result.Replies);
        Assert.Contains("I'm not sure what you mean by \"what's the weather like\"", reply.Text, StringComparison.Ordinal);
        var card = Assert.IsType<SummaryView>(reply.Card);
        Assert.Contains(card.Buttons, b => b.Verb == Verbs.NewInterview);
    }

    [Fact]
    public async Task A_candidate_preparing_for_a_call_gets_their_before_checklist_at_zero_of_four()
    {
        var cara = new Chat(_database, "T-ACME", "U-CARA", "Cara Candidate");
        var form = Assert.IsType<FormView>(Assert.Single((await cara.SayAsync("prep")).Replies).Card);
        Assert.Equal(Verbs.CreatePrep, form.Submit.Verb);

        var result = await cara.TapAsync(Verbs.CreatePrep, Guid.NewGuid(), Booking.Prep());

        var (checklist, _) = Booking.Checklist(result);
        Assert.Equal((0, 4), (checklist.Done, checklist.Total));
        Assert.StartsWith("Before the call: Backend engineer at Globex", checklist.Title, StringComparison.Ordinal);
        await using var db = _database.NewContext();
        var prep = await db.Interviews.SingleAsync();
        var person = await db.People.SingleAsync();
        Assert.Equal((Audience.Candidate, person.Id, "Hank Scorpio", "Globex"),
            (prep.OwnerSide, prep.Candidate.PersonId, prep.Recruiter.Name, prep.Company));
    }

    [Fact]
    public async Task My_interviews_lists_the_booked_call_and_open_1_shows_its_checklist()
    {
        await _rita.TapAsync(Verbs.CreateInterview, Guid.NewGuid(), Booking.Interview());

        var list = Assert.IsType<SummaryView>(Assert.Single((await _rita.SayAsync("my interviews")).Replies).Card);
        var opened = await _rita.SayAsync("open 1");

        Assert.Equal($"{Markup.Bold("1.")} Tue 2 Mar 14:00 – Jordan Lee – Backend engineer (scheduled)", Assert.Single(Assert.Single(list.Sections).Lines));
        Assert.Equal(3, Booking.Checklist(opened).Card.Total);
    }

    [Fact]
    public async Task Open_2_with_one_interview_names_the_one_there_is_instead_of_a_range_from_1_to_1()
    {
        await _rita.TapAsync(Verbs.CreateInterview, Guid.NewGuid(), Booking.Interview());

        var reply = Assert.Single((await _rita.SayAsync("open 2")).Replies).Text;

        Assert.Equal($"You have one interview: Jordan Lee – Backend engineer. Type {Markup.Italic("open 1")} to open it.", reply);
    }

    [Fact]
    public async Task Help_adds_what_the_welcome_does_not_say_open_a_number_and_cancel()
    {
        var result = await _rita.SayAsync("help");

        var help = Assert.IsType<SummaryView>(Assert.Single(result.Replies).Card);
        var welcome = HelpCards.Welcome(new Person(Guid.NewGuid(), "U-RITA", "Rita Recruiter", DateTime.UtcNow));
        var helpLines = help.Sections.SelectMany(s => s.Lines).ToList();
        var welcomeLines = welcome.Sections.SelectMany(s => s.Lines).ToHashSet();
        Assert.Contains(helpLines, l => l.Contains(Markup.Bold("open 2"), StringComparison.Ordinal));
        Assert.Contains(helpLines, l => l.Contains(Markup.Bold("cancel"), StringComparison.Ordinal));
        Assert.True(helpLines.Count(l => !welcomeLines.Contains(l)) >= helpLines.Count / 2, "Most of the help card repeats the welcome card.");
    }
}
